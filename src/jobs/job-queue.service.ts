import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { JobItem, jobIdOf, QUEUE_OF, QueueName } from '@app/jobs/job.catalogue';

/** How long an enqueue may wait for the queue's store before giving up (the sweeper re-queues later). */
const ENQUEUE_TIMEOUT_MS = 2_000;

/** The one producer. Call it after the transaction that created the work has committed. */
@Injectable()
export class JobQueue {
  private readonly logger = new Logger(JobQueue.name);
  private readonly queues: Record<QueueName, Queue>;

  constructor(@InjectQueue(QueueName.Documents) documents: Queue, @InjectQueue(QueueName.Maintenance) maintenance: Queue) {
    this.queues = { [QueueName.Documents]: documents, [QueueName.Maintenance]: maintenance };
    // A queue re-emits its connection's errors; an 'error' event nobody listens to would crash the API process while
    // the queue is away. One line per outage: the client retries by itself, and enqueue() reports each lost add.
    for (const queue of this.all()) {
      let down = false;
      queue.on('error', (err: Error) => {
        if (down) return;
        down = true;
        this.logger.warn({ queue: queue.name, err: err.message }, 'the queue is unreachable; enqueues fail until it is back (the sweeper re-queues recorded work)');
        setTimeout(() => (down = false), 60_000).unref();
      });
    }
  }

  /** Adds a job; throws if the queue does not accept it in time. */
  async enqueue(item: JobItem, options: JobsOptions = {}): Promise<void> {
    const added = this.add(item, options);
    // A late rejection after the timeout must not become an unhandled rejection.
    added.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the queue (QUEUE_BACKEND) did not accept the job within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
    });
    try {
      await Promise.race([added, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * add() not addBulk(): only add() deduplicates on jobId. A finished job still holding the id (failed after its last
   * attempt, or completed while the work is asked for again) would make that a silent no-op: the sweeper "re-queued"
   * a document that never rendered (issue 12, finding 3). Such a job is removed first; a waiting, delayed or active
   * one is left alone, so a duplicate enqueue stays a no-op.
   */
  private async add(item: JobItem, options: JobsOptions): Promise<void> {
    const queue = this.queues[QUEUE_OF[item.name]];
    const jobId = jobIdOf(item);
    const existing = await queue.getJob(jobId);
    if (existing) {
      const state = await existing.getState();
      if (state !== 'failed' && state !== 'completed') return;
      await existing.remove();
    }
    await queue.add(item.name, item.data, { jobId, ...options });
  }

  /**
   * Adds a job whose work is already recorded in PostgreSQL: if Redis is down the work is not lost,
   * the sweeper finds it, so a failure here is logged, not thrown.
   */
  async enqueueRecorded(item: JobItem): Promise<boolean> {
    try {
      await this.enqueue(item);
      return true;
    } catch (e) {
      this.logger.warn({ job: item.name, err: e instanceof Error ? e.message : String(e) }, 'enqueue failed; the sweeper will retry');
      return false;
    }
  }

  /** Drops a finished or failed job so the same deterministic id can be queued again (re-render). */
  async forget(item: JobItem): Promise<void> {
    const job = await this.queues[QUEUE_OF[item.name]].getJob(jobIdOf(item));
    if (job && !(await job.isActive())) await job.remove();
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  all(): Queue[] {
    return Object.values(this.queues);
  }
}
