import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { HandlesJob, type JobHandler } from '@app/jobs/job-handler';
import { JobName } from '@app/jobs/job.catalogue';

/** A job of the catalogue that no module handles: the worker refuses to start (as immich's job repository does). */
export class MissingJobHandlerError extends Error {
  constructor(readonly jobNames: string[]) {
    super(`no handler is registered for job ${jobNames.map((n) => `"${n}"`).join(', ')}: the worker cannot start`);
  }
}

/** Every job name of the catalogue → the one provider that handles it, checked once at start-up. */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<JobName, JobHandler>();

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders({ metadataKey: HandlesJob.KEY })) {
      const name = this.discovery.getMetadataByDecorator(HandlesJob, wrapper);
      if (!name || !wrapper.instance) continue;
      if (this.handlers.has(name)) throw new Error(`two handlers are registered for job "${name}"`);
      this.handlers.set(name, wrapper.instance as JobHandler);
    }
    const missing = Object.values(JobName).filter((n) => !this.handlers.has(n));
    if (missing.length > 0) throw new MissingJobHandlerError(missing);
  }

  get(name: string): JobHandler | undefined {
    return this.handlers.get(name as JobName);
  }

  all(): [JobName, JobHandler][] {
    return [...this.handlers];
  }
}
