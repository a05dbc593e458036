import { DiscoveryService } from '@nestjs/core';
import type { Job, RepeatOptions } from 'bullmq';
import type { JobData, JobName, JobOutcome } from '@app/jobs/job.catalogue';

/** A repeatable schedule a handler asks for; its id makes registration idempotent across workers and restarts. */
export interface JobSchedule {
  id: string;
  repeat: Omit<RepeatOptions, 'key'>;
}

/**
 * What a module provides for one job of the catalogue. The module that owns the data owns the handler;
 * the worker's queue processors (src/jobs/queue-workers.ts) only dispatch by name.
 */
export interface JobHandler<N extends JobName = JobName> {
  /** Throw for transient failures (BullMQ retries with backoff); return Abandoned for permanent ones. */
  handle(data: JobData<N>, job: Job): Promise<JobOutcome>;
  /** Called once, after the last attempt failed. */
  onFinalFailure?(data: JobData<N>, error: Error): Promise<void>;
  /** Repeatable schedules for this job, registered by the worker (none: only enqueued on demand). */
  schedules?(): JobSchedule[];
}

/** Marks a provider as the handler of one job name; the worker finds it at start-up. */
export const HandlesJob = DiscoveryService.createDecorator<JobName>();
