import { Injectable, Logger, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { HandlesJob, type JobHandler, type JobSchedule } from '@app/jobs/job-handler';
import { JobData, JobName, JobOutcome } from '@app/jobs/job.catalogue';
import { ExecutionModule } from '@app/execution/execution.module';
import { RemindersService } from '@app/execution/reminders.service';

/**
 * Daily: each user's due and overdue items, sent as one digest per user and day when SMTP is configured. `asOf` lets a
 * test run the job for a chosen day, as the licence sweep does; a second run the same day sends nothing.
 */
@Injectable()
@HandlesJob(JobName.ExecutionReminders)
export class ExecutionRemindersHandler implements JobHandler<JobName.ExecutionReminders> {
  private readonly logger = new Logger(ExecutionRemindersHandler.name);

  constructor(private readonly reminders: RemindersService) {}

  async handle(data: JobData<JobName.ExecutionReminders>): Promise<JobOutcome> {
    const result = await this.reminders.sendDigests(data.asOf);
    this.logger.log(result, 'execution reminders');
    return result.sent === 0 ? JobOutcome.Skipped : JobOutcome.Done;
  }

  schedules(): JobSchedule[] {
    // 06:30 in Vietnam, before the working day starts.
    return [{ id: 'execution-reminders-daily', repeat: { pattern: '30 6 * * *', tz: 'Asia/Ho_Chi_Minh' } }];
  }
}

/**
 * The execution module's job handlers; loaded by the worker process only. The reminders read the cases and the legal
 * catalogue, whose modules also declare the API's controllers; one of those (fine preview) is rate limited, and its
 * guard cannot be built without the throttler's options. The worker serves no HTTP, so an empty throttler satisfies it.
 */
@Module({ imports: [ExecutionModule, ThrottlerModule.forRoot([])], providers: [ExecutionRemindersHandler] })
export class ExecutionJobsModule {}
