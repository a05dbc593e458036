import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { JobData, JobName, JobOutcome, QueueName } from '@app/jobs/job.catalogue';
import { JobQueue } from '@app/jobs/job-queue.service';
import { LicencesService } from '@app/registry/licences.service';

/** Housekeeping jobs. Runs only in the worker process. */
@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger(MaintenanceProcessor.name);

  constructor(
    private readonly licences: LicencesService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async onModuleInit(): Promise<void> {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
    // Nightly at 00:05 Vietnam time; the scheduler id makes this idempotent across workers and restarts.
    await this.jobs.queue(QueueName.Maintenance).upsertJobScheduler(
      'licence-expiry-nightly',
      { pattern: '5 0 * * *', tz: 'Asia/Ho_Chi_Minh' },
      { name: JobName.LicenceExpirySweep, data: {} },
    );
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
    }
    // A job name this build does not know: retrying cannot help.
    this.logger.error({ name: job.name }, 'unknown job');
    return JobOutcome.Abandoned;
  }
}
