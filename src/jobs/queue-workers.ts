import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Job } from 'bullmq';
import { APP_CONFIG, loadConfig } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { JobHandlerRegistry } from '@app/jobs/job-handler.registry';
import { JobOutcome, QUEUE_OF, QueueName } from '@app/jobs/job.catalogue';
import { JobQueue } from '@app/jobs/job-queue.service';

/** Dispatches a queue's jobs to the handlers the modules registered. Runs only in the worker process. */
abstract class QueueWorker extends WorkerHost implements BeforeApplicationShutdown {
  protected abstract readonly queueName: QueueName;
  protected readonly logger = new Logger(this.constructor.name);

  constructor(protected readonly handlers: JobHandlerRegistry) {
    super();
  }

  async process(job: Job): Promise<JobOutcome> {
    const handler = this.handlers.get(job.name);
    if (!handler || QUEUE_OF[job.name as keyof typeof QUEUE_OF] !== this.queueName) {
      this.logger.error({ name: job.name, queue: this.queueName }, 'job with no handler on this queue');
      return JobOutcome.Abandoned;
    }
    return handler.handle(job.data as never, job);
  }

  /**
   * The last attempt failed: let the handler record it. Its own write may fail too (PostgreSQL down is often why the
   * job failed): that is logged, never thrown, since an unhandled rejection here ended the worker process (issue 12,
   * finding 2). Nothing is lost: the document is still pending and the sweeper queues it again.
   */
  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, error: Error): Promise<void> {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    try {
      await this.handlers.get(job.name)?.onFinalFailure?.(job.data as never, error);
    } catch (e) {
      this.logger.error({ job: job.id, err: e instanceof Error ? e.message : String(e) }, 'could not record the failed job; the sweeper will retry it');
    }
  }

  /** Connection errors (Redis restarting) surface here; BullMQ reconnects by itself. Without a listener they would throw. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.logger.warn({ queue: this.queueName, err: error.message }, 'queue worker error');
  }

  /**
   * Graceful shutdown: stop taking jobs and let the running one finish while the database is still open
   * (Nest closes TypeORM and BullMQ in the same later phase, in no guaranteed order).
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}

/** Read when the module is loaded: BullMQ fixes lock timings when the Worker is built. */
function documentWorkerOptions(): { lockDuration: number; stalledInterval: number } {
  const lock = loadConfig().WORKER_LOCK_SECONDS * 1000;
  return { lockDuration: lock, stalledInterval: lock };
}

/** Renders documents (pdfkit's CPU work never blocks HTTP). */
@Processor(QueueName.Documents, documentWorkerOptions())
export class DocumentsQueueWorker extends QueueWorker implements OnModuleInit {
  protected readonly queueName = QueueName.Documents;

  constructor(
    handlers: JobHandlerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(handlers);
  }

  onModuleInit(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }
}

/**
 * Housekeeping on schedules: registers every handler's schedules once the handlers are known, then re-asserts them
 * every SCHEDULE_CHECK_SECONDS. The schedules live in Redis: a restart without persistence loses them, and the
 * sweeper with them (issue 12, finding 5). Upserting is idempotent (scheduler ids), so re-asserting costs one call each.
 */
@Processor(QueueName.Maintenance)
export class MaintenanceQueueWorker extends QueueWorker implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly queueName = QueueName.Maintenance;
  private timer?: NodeJS.Timeout;

  constructor(
    handlers: JobHandlerRegistry,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super(handlers);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.assertSchedules();
    this.timer = setInterval(() => void this.assertSchedules().catch((e: unknown) => this.logger.warn({ err: String(e) }, 'could not re-assert the job schedules')), this.config.SCHEDULE_CHECK_SECONDS * 1000);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private async assertSchedules(): Promise<void> {
    for (const [name, handler] of this.handlers.all()) {
      for (const s of handler.schedules?.() ?? []) {
        await this.jobs.queue(QUEUE_OF[name]).upsertJobScheduler(s.id, s.repeat, { name, data: {} });
      }
    }
  }
}
