import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type { PostgresQueueBackend, Queue } from 'bullmq';
import type Redis from 'ioredis';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { JobQueue } from '@app/jobs/job-queue.service';

/**
 * The queue's store answers, through the connection jobs are enqueued on: Redis (reported as `redis`) or, with
 * QUEUE_BACKEND=postgres, the queue's PostgreSQL pool (reported as `queue`).
 */
@Injectable()
export class QueueStoreHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async check(timeoutMs = 1500): Promise<HealthIndicatorResult> {
    const postgres = this.config.QUEUE_BACKEND === 'postgres';
    const session = this.health.check(postgres ? 'queue' : 'redis');
    const queue = this.jobs.all()[0];
    try {
      const answer = await Promise.race([
        postgres ? this.selectOne(queue) : this.ping(queue),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
      ]);
      if (answer !== true) return session.down({ message: `unexpected reply ${answer}` });
      return postgres ? session.up({ backend: 'postgres' }) : session.up();
    } catch (e) {
      return session.down({ message: e instanceof Error ? e.message : String(e) });
    }
  }

  private async ping(queue: Queue): Promise<true | string> {
    const client = (await queue.getBackend().client) as unknown as Redis;
    const pong = await client.ping();
    return pong === 'PONG' ? true : pong;
  }

  private async selectOne(queue: Queue): Promise<true | string> {
    const backend = queue.getBackend() as unknown as PostgresQueueBackend;
    const { rows } = await backend.connection.pool.query<{ one: number }>('select 1 as one');
    return rows[0]?.one === 1 ? true : JSON.stringify(rows);
  }
}
