/**
 * The typed job catalogue: every queue, every job, its payload and its deterministic id in one file.
 * `Record<JobName, …>` makes a job without a queue or an id a compile error; the worker checks at
 * start that every job has exactly one handler.
 */
export enum QueueName {
  Maintenance = 'maintenance',
}

export enum JobName {
  /** Marks licences whose term has ended as expired and writes their history event. */
  LicenceExpirySweep = 'licence-expiry-sweep',
}

export type JobItem = { name: JobName.LicenceExpirySweep; data: { asOf?: string } };

export type JobData<N extends JobName> = Extract<JobItem, { name: N }>['data'];

export const QUEUE_OF: Record<JobName, QueueName> = {
  [JobName.LicenceExpirySweep]: QueueName.Maintenance,
};

export const ALL_QUEUES = Object.values(QueueName);

/** Same work → same id, so a duplicate enqueue while the first is still known to Redis is a no-op. */
export function jobIdOf(item: JobItem): string {
  switch (item.name) {
    case JobName.LicenceExpirySweep:
      return `licence-expiry-sweep:${item.data.asOf ?? 'today'}`;
  }
}

/** What a handler reports: throw for transient failures (BullMQ retries), return Abandoned for permanent ones. */
export enum JobOutcome {
  Done = 'done',
  Skipped = 'skipped',
  Abandoned = 'abandoned',
}
