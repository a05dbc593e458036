import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { DocumentsService } from '@app/documents/documents.service';
import { HandlesJob, type JobHandler, type JobSchedule } from '@app/jobs/job-handler';
import { JobData, JobName, JobOutcome } from '@app/jobs/job.catalogue';
import { DocumentInputError } from '@libs/pdf';

/** Renders one document from its frozen input. */
@Injectable()
@HandlesJob(JobName.DocumentRender)
export class DocumentRenderHandler implements JobHandler<JobName.DocumentRender> {
  constructor(private readonly documents: DocumentsService) {}

  async handle({ documentId }: JobData<JobName.DocumentRender>): Promise<JobOutcome> {
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

  async onFinalFailure({ documentId }: JobData<JobName.DocumentRender>, error: Error): Promise<void> {
    await this.documents.markFailed(documentId, error.message);
  }
}

/** The sweeper: re-queues documents still pending after a delay (Redis down at issue time, a crash before enqueue). */
@Injectable()
@HandlesJob(JobName.PendingDocumentsSweep)
export class PendingDocumentsSweepHandler implements JobHandler<JobName.PendingDocumentsSweep>, OnApplicationBootstrap {
  private readonly logger = new Logger(PendingDocumentsSweepHandler.name);

  constructor(
    private readonly documents: DocumentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(): Promise<JobOutcome> {
    const count = await this.documents.sweepPending();
    if (count > 0) this.logger.log({ count }, 're-queued pending documents');
    return count === 0 ? JobOutcome.Skipped : JobOutcome.Done;
  }

  schedules(): JobSchedule[] {
    if (!this.config.SWEEPER_ENABLED) return [];
    return [{ id: 'pending-documents', repeat: { every: Math.max(1_000, Math.floor((this.config.DOCUMENT_SWEEP_AFTER_SECONDS * 1000) / 2)) } }];
  }

  /** A restarted worker catches up at once instead of waiting for the next tick. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.config.SWEEPER_ENABLED) await this.documents.sweepPending().catch((e: unknown) => this.logger.warn({ err: String(e) }, 'start-up sweep failed'));
  }
}
