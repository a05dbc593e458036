import { Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { DocumentsService } from '@app/documents/documents.service';
import { JobData, JobName, JobOutcome, QueueName } from '@app/jobs/job.catalogue';
import { JobQueue } from '@app/jobs/job-queue.service';
import { LicencesService } from '@app/registry/licences.service';

/** Housekeeping jobs on schedules. Runs only in the worker process. */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost implements OnModuleInit, BeforeApplicationShutdown, OnApplicationBootstrap {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly licences: LicencesService,
    private readonly documents: DocumentsService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    const queue = this.jobs.queue(QueueName.Maintenance);
    // Scheduler ids make these idempotent across workers and restarts.
    await queue.upsertJobScheduler('licence-expiry-nightly', { pattern: '5 0 * * *', tz: 'Asia/Ho_Chi_Minh' }, { name: JobName.LicenceExpirySweep, data: {} });
    if (this.config.SWEEPER_ENABLED) {
      const every = Math.max(1_000, Math.floor((this.config.DOCUMENT_SWEEP_AFTER_SECONDS * 1000) / 2));
      await queue.upsertJobScheduler('pending-documents', { every }, { name: JobName.PendingDocumentsSweep, data: {} });
    }
  }

  /** A restarted worker catches up at once instead of waiting for the next tick. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SWEEPER_ENABLED) await this.documents.sweepPending().catch((e: unknown) => this.logger.warn({ err: String(e) }, 'start-up sweep failed'));
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
      case JobName.LicenceExpirySweep: {
        const data = job.data as JobData<JobName.LicenceExpirySweep>;
        const count = await this.licences.expireLapsed(data.asOf);
        this.logger.log({ count }, 'licence expiry sweep');
        return count === 0 ? JobOutcome.Skipped : JobOutcome.Done;
      }
      case JobName.PendingDocumentsSweep: {
        const count = await this.documents.sweepPending();
        if (count > 0) this.logger.log({ count }, 're-queued pending documents');
        return count === 0 ? JobOutcome.Skipped : JobOutcome.Done;
      }
      case JobName.DocumentRender:
        break;
    }
    this.logger.error({ name: job.name }, 'job sent to the wrong queue');
    return JobOutcome.Abandoned;
  }
}
