import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { createPostgresBackend, setDefaultBackendFactory, type ConnectionOptions, type QueueOptions } from 'bullmq';
import { APP_CONFIG } from '@app/config/config.module';
import { queueDatabaseUrl, type AppConfig } from '@app/config/env.schema';
import { ALL_QUEUES } from '@app/jobs/job.catalogue';
import { JobQueue } from '@app/jobs/job-queue.service';
import { redisOptionsFromUrl } from '@app/jobs/redis-options';

/** The PostgreSQL schema that holds the jobs when QUEUE_BACKEND=postgres (BullMQ's default name). */
export const QUEUE_SCHEMA = 'bullmq';

/**
 * Where BullMQ keeps the jobs. @nestjs/bullmq builds its Queues and Workers without a backend argument, so the backend
 * is chosen process-wide (setDefaultBackendFactory, which BullMQ documents for exactly this) before any is built; set
 * each time, because tests boot apps on both backends in one process.
 */
export function queueConnection(config: AppConfig): ConnectionOptions {
  if (config.QUEUE_BACKEND === 'redis') {
    setDefaultBackendFactory(undefined);
    return redisOptionsFromUrl(config.REDIS_URL) as ConnectionOptions;
  }
  setDefaultBackendFactory(createPostgresBackend);
  return {
    connectionString: queueDatabaseUrl(config),
    schema: QUEUE_SCHEMA,
    // Each Queue and Worker owns a pool (plus one LISTEN connection): four queries at once is plenty for two queues,
    // and keeps an installation within PostgreSQL's 100 connections next to the application's own pool.
    max: 4,
    // Fail within the enqueue time limit instead of waiting for a server that does not answer.
    connectionTimeoutMillis: 2_000,
    // Creates or upgrades BullMQ's tables on first connect; idempotent, serialised by an advisory lock across processes.
    migrate: true,
    application_name: 'press-inspect:queue',
  } as unknown as ConnectionOptions;
}

export const queueOptions = (config: AppConfig): QueueOptions => ({
  connection: queueConnection(config),
  // A key prefix on Redis; the PostgreSQL backend ignores it (the schema is its namespace).
  prefix: config.QUEUE_PREFIX,
  defaultJobOptions: {
    attempts: config.JOB_ATTEMPTS,
    backoff: { type: 'exponential', delay: config.JOB_BACKOFF_MS },
    removeOnComplete: { age: 24 * 3600, count: 1_000 },
    // Failed jobs stay for inspection in the dashboard.
    removeOnFail: false,
  },
});

/** Registers the queues (both processes) with one retry and retention policy. Processors live in the worker. */
@Global()
@Module({
  imports: [BullModule.forRootAsync({ inject: [APP_CONFIG], useFactory: queueOptions }), BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name })))],
  providers: [JobQueue],
  exports: [JobQueue, BullModule],
})
export class JobsModule {}
