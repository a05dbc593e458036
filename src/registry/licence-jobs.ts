import { Injectable, Logger, Module } from '@nestjs/common';
import { HandlesJob, type JobHandler, type JobSchedule } from '@app/jobs/job-handler';
import { JobData, JobName, JobOutcome } from '@app/jobs/job.catalogue';
import { LicencesService } from '@app/registry/licences.service';
import { LicenceSuspensionsService } from '@app/registry/licence-suspensions.service';
import { RegistryModule } from '@app/registry/registry.module';
import { todayInVietnam } from '@libs/vn';

/**
 * Nightly: starts and ends the suspensions sanction decisions imposed (LXLVPHC Đ25 k2), then marks licences whose term
 * has ended as expired; each change writes its history event. `asOf` runs it for a chosen day (tests, catch-up).
 */
@Injectable()
@HandlesJob(JobName.LicenceExpirySweep)
export class LicenceExpiryHandler implements JobHandler<JobName.LicenceExpirySweep> {
  private readonly logger = new Logger(LicenceExpiryHandler.name);

  constructor(
    private readonly licences: LicencesService,
    private readonly suspensions: LicenceSuspensionsService,
  ) {}

  async handle(data: JobData<JobName.LicenceExpirySweep>): Promise<JobOutcome> {
    const asOf = data.asOf ?? todayInVietnam();
    // Suspensions first: a licence reinstated today whose term has also ended is then expired by the same run.
    const { started, served } = await this.suspensions.sweep(asOf);
    const count = await this.licences.expireLapsed(asOf);
    this.logger.log({ count, started, served }, 'licence expiry sweep');
    return count + started + served === 0 ? JobOutcome.Skipped : JobOutcome.Done;
  }

  schedules(): JobSchedule[] {
    // Five past midnight in Vietnam: a licence ends at the end of its last day.
    return [{ id: 'licence-expiry-nightly', repeat: { pattern: '5 0 * * *', tz: 'Asia/Ho_Chi_Minh' } }];
  }
}

/** The registry's job handlers; loaded by the worker process only. */
@Module({ imports: [RegistryModule], providers: [LicenceExpiryHandler] })
export class RegistryJobsModule {}
