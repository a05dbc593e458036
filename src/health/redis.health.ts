import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import type Redis from 'ioredis';
import { JobQueue } from '@app/jobs/job-queue.service';

/** Redis is reachable through the queue's own connection (the one jobs are enqueued on). */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    private readonly jobs: JobQueue,
  ) {}

  async check(key: 'redis', timeoutMs = 1500): Promise<HealthIndicatorResult<'redis'>> {
    const session = this.health.check(key);
    try {
      const client = (await this.jobs.all()[0].client) as unknown as Redis;
      const pong = await Promise.race([
        client.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs).unref()),
      ]);
      return pong === 'PONG' ? session.up() : session.down({ message: `unexpected reply ${pong}` });
    } catch (e) {
      return session.down({ message: e instanceof Error ? e.message : String(e) });
    }
  }
}
