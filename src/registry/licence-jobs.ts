import { Injectable, Logger, Module } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobSchedule } from '@app/jobs/job-handler';
import { JobData, JobName, JobOutcome } from '@app/jobs/job.catalogue';
import { LicencesService } from '@app/registry/licences.service';
import { RegistryModule } from '@app/registry/registry.module';

/** Nightly: marks licences whose term has ended as expired and writes their history event. */
@Injectable()
@HandlesJob(JobName.LicenceExpirySweep)
export class LicenceExpiryHandler implements JobHandler<JobName.LicenceExpirySweep> {
  private readonly logger = new Logger(LicenceExpiryHandler.name);

  constructor(private readonly licences: LicencesService) {}

  async handle(data: JobData<JobName.LicenceExpirySweep>): Promise<JobOutcome> {
    const count = await this.licences.expireLapsed(data.asOf);
    this.logger.log({ count }, 'licence expiry sweep');
    return count === 0 ? JobOutcome.Skipped : JobOutcome.Done;
  }

  schedules(): JobSchedule[] {
    // Five past midnight in Vietnam: a licence ends at the end of its last day.
    return [{ id: 'licence-expiry-nightly', repeat: { pattern: '5 0 * * *', tz: 'Asia/Ho_Chi_Minh' } }];
  }
}

/** The registry's job handlers; loaded by the worker process only. */
@Module({ imports: [RegistryModule], providers: [LicenceExpiryHandler] })
export class RegistryJobsModule {}
