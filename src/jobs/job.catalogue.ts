/**
 * The typed job catalogue: every queue, every job, its payload and its deterministic id in one file.
 * `Record<JobName, …>` makes a job without a queue or an id a compile error; each processor's
 * exhaustive switch makes a job without a handler one too.
 */
export enum QueueName {
  Documents = 'documents',
  Maintenance = 'maintenance',
}

export enum JobName {
  /** Renders one document (decision, violation record) from its frozen input and stores it. */
  DocumentRender = 'document-render',
  /** Re-queues documents still pending after a delay (Redis down at issue time, a crash before enqueue). */
  PendingDocumentsSweep = 'pending-documents-sweep',
  /** Marks licences whose term has ended as expired and writes their history event. */
  LicenceExpirySweep = 'licence-expiry-sweep',
  /** Daily: refreshes what each issued decision's execution owes and sends each user's reminder digest (issue 13). */
  ExecutionReminders = 'execution-reminders',
}

export type JobItem =
  | { name: JobName.DocumentRender; data: { documentId: string; kind: string; subjectId: string; revision: number } }
  | { name: JobName.PendingDocumentsSweep; data: Record<string, never> }
  | { name: JobName.LicenceExpirySweep; data: { asOf?: string } }
  | { name: JobName.ExecutionReminders; data: { asOf?: string } };

export type JobData<N extends JobName> = Extract<JobItem, { name: N }>['data'];

export const QUEUE_OF: Record<JobName, QueueName> = {
  [JobName.DocumentRender]: QueueName.Documents,
  [JobName.PendingDocumentsSweep]: QueueName.Maintenance,
  [JobName.LicenceExpirySweep]: QueueName.Maintenance,
  [JobName.ExecutionReminders]: QueueName.Maintenance,
};

export const ALL_QUEUES = Object.values(QueueName);

/** Same work → same id, so a duplicate enqueue while the first is still known to Redis is a no-op. */
export function jobIdOf(item: JobItem): string {
  switch (item.name) {
    case JobName.DocumentRender:
      // BullMQ ids may not contain ':' (its key separator).
      return `document-render.${item.data.kind}.${item.data.subjectId}.r${item.data.revision}`;
    case JobName.PendingDocumentsSweep:
      return 'pending-documents-sweep';
    case JobName.LicenceExpirySweep:
      return `licence-expiry-sweep.${item.data.asOf ?? 'today'}`;
    case JobName.ExecutionReminders:
      return `execution-reminders.${item.data.asOf ?? 'today'}`;
  }
}

/** What a handler reports: throw for transient failures (BullMQ retries), return Abandoned for permanent ones. */
export enum JobOutcome {
  Done = 'done',
  Skipped = 'skipped',
  Abandoned = 'abandoned',
}
