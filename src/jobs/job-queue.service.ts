import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { JobsOptions, Queue } from 'bullmq';
import { JobItem, jobIdOf, QUEUE_OF, QueueName } from '@app/jobs/job.catalogue';

/** The one producer. Call it after the transaction that created the work has committed. */
@Injectable()
export class JobQueue {
  private readonly queues: Record<QueueName, Queue>;

  constructor(@InjectQueue(QueueName.Maintenance) maintenance: Queue) {
    this.queues = { [QueueName.Maintenance]: maintenance };
  }

  async enqueue(item: JobItem, options: JobsOptions = {}): Promise<void> {
    // add() not addBulk(): only add() deduplicates on jobId.
    await this.queues[QUEUE_OF[item.name]].add(item.name, item.data, { jobId: jobIdOf(item), ...options });
  }

  queue(name: QueueName): Queue {
    return this.queues[name];
  }

  all(): Queue[] {
    return Object.values(this.queues);
  }
}
