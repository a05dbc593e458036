import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Logger, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { APP_CONFIG, loadConfig } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { DocumentsService } from '@app/documents/documents.service';
import { JobData, JobName, JobOutcome, QueueName } from '@app/jobs/job.catalogue';
import { DocumentInputError } from '@libs/pdf';

/** Read when the worker module is loaded: BullMQ fixes lock timings when the Worker is built. */
function documentWorkerOptions(): { lockDuration: number; stalledInterval: number } {
  const lock = loadConfig().WORKER_LOCK_SECONDS * 1000;
  return { lockDuration: lock, stalledInterval: lock };
}

/** Renders documents. Runs only in the worker process (pdfkit's CPU work never blocks HTTP). */
@Processor(QueueName.Documents, documentWorkerOptions())
export class DocumentsProcessor extends WorkerHost implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger(DocumentsProcessor.name);

  constructor(
    private readonly documents: DocumentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  /**
   * Graceful shutdown: stop taking jobs and let the running one finish while the database is still open
   * (Nest closes TypeORM and BullMQ in the same later phase, in no guaranteed order).
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  async process(job: Job): Promise<JobOutcome> {
    const name = job.name as JobName;
    switch (name) {
      case JobName.DocumentRender: {
        const { documentId } = job.data as JobData<JobName.DocumentRender>;
        try {
          return await this.documents.render(documentId);
        } catch (e) {
          // Bad input will not get better by retrying: fail at once, visibly.
          if (e instanceof DocumentInputError) {
            await this.documents.markFailed(documentId, `${e.message}: ${e.problems.join('; ')}`);
            return JobOutcome.Abandoned;
          }
          throw e;
        }
      }
      case JobName.PendingDocumentsSweep:
      case JobName.LicenceExpirySweep:
        break;
    }
    this.logger.error({ name: job.name }, 'job sent to the wrong queue');
    return JobOutcome.Abandoned;
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job || job.name !== (JobName.DocumentRender as string)) return;
    const attempts = job.opts.attempts ?? 1;
    if (job.attemptsMade >= attempts) {
      await this.documents.markFailed((job.data as JobData<JobName.DocumentRender>).documentId, error.message);
    }
  }
}
