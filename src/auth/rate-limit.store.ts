import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import Redis from 'ioredis';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { redisOptionsFromUrl } from '@app/jobs/redis-options';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

// A fixed window of `ttl` ms counted in KEYS[1]; past `limit` hits, KEYS[2] blocks the key for `blockDuration` ms.
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
local blocked = redis.call('PTTL', KEYS[2])
if blocked <= 0 and hits > tonumber(ARGV[2]) and tonumber(ARGV[3]) > 0 then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  blocked = tonumber(ARGV[3])
end
return { hits, ttl, blocked }`;

// Adds one to a counter that lives `window` ms from its first hit.
const COUNT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

const NO_REDIS = new Error('no Redis in this installation');

/**
 * Counters the request limits share across every API process and every restart: the login and /verify throttles
 * (as the throttler's storage) and failed logins per address. Each answer used to live in one process's memory,
 * so a restart, or a second API process, started the count again (issue 12).
 *
 * Kept in Redis under `<QUEUE_PREFIX>:rate:`. When Redis does not answer within half a second the counters fall back
 * to this process's memory: the limits then hold per process until Redis is back, and logins keep working.
 */
@Injectable()
export class RateLimitStore implements ThrottlerStorage, OnModuleDestroy {
  private readonly logger = new Logger(RateLimitStore.name);
  /** None with QUEUE_BACKEND=postgres (no Redis in the installation): the counters are then this process's own. */
  private readonly redis: Redis | null;
  private readonly prefix: string;
  private readonly memory = new ThrottlerStorageService();
  private readonly memoryCounts = new Map<string, { n: number; until: number }>();
  private lastWarning = 0;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = `${config.QUEUE_PREFIX}:rate:`;
    if (config.QUEUE_BACKEND === 'postgres') {
      this.redis = null;
      return;
    }
    this.redis = new Redis({
      ...redisOptionsFromUrl(config.REDIS_URL),
      // Unlike BullMQ's connection, a request must not wait for Redis: fail fast and count in memory.
      maxRetriesPerRequest: 1,
      commandTimeout: 500,
      connectionName: 'press-inspect:rate-limits',
    });
    this.redis.on('error', (err: Error) => this.warn(err));
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    try {
      if (!this.redis) throw NO_REDIS;
      const [hits, ttlLeft, blockLeft] = (await this.redis.eval(INCREMENT, 2, this.prefix + key, `${this.prefix}${key}:block`, ttl, limit, blockDuration)) as [number, number, number];
      const isBlocked = blockDuration > 0 ? blockLeft > 0 : hits > limit;
      return {
        totalHits: hits,
        timeToExpire: Math.ceil(ttlLeft / 1000),
        isBlocked,
        timeToBlockExpire: isBlocked ? Math.ceil((blockDuration > 0 ? blockLeft : ttlLeft) / 1000) : 0,
      };
    } catch (err) {
      this.warn(err);
      return this.memory.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  /** Adds one to `key`, counted over `windowMs` from its first hit; the count so far. */
  async count(key: string, windowMs: number): Promise<number> {
    try {
      if (!this.redis) throw NO_REDIS;
      return (await this.redis.eval(COUNT, 1, this.prefix + key, windowMs)) as number;
    } catch (err) {
      this.warn(err);
      const now = Date.now();
      const entry = this.memoryCounts.get(key);
      const next = entry && entry.until > now ? { n: entry.n + 1, until: entry.until } : { n: 1, until: now + windowMs };
      this.memoryCounts.set(key, next);
      return next.n;
    }
  }

  /** The count of `key` without adding to it (0 when none). */
  async peek(key: string): Promise<number> {
    try {
      if (!this.redis) throw NO_REDIS;
      return Number((await this.redis.get(this.prefix + key)) ?? 0);
    } catch (err) {
      this.warn(err);
      const entry = this.memoryCounts.get(key);
      return entry && entry.until > Date.now() ? entry.n : 0;
    }
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
    this.memory.onApplicationShutdown();
  }

  /** Once a minute at most: an outage would otherwise log on every request. */
  private warn(err: unknown): void {
    if (err === NO_REDIS) return;
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn({ err }, 'Redis did not answer: request limits are counted per process until it does');
  }
}
