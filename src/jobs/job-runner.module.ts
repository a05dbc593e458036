import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { JobHandlerRegistry } from '@app/jobs/job-handler.registry';
import { DocumentsQueueWorker, MaintenanceQueueWorker } from '@app/jobs/queue-workers';

/** The worker side of the queues: one processor per queue, dispatching to the modules' handlers. */
@Module({
  imports: [DiscoveryModule],
  providers: [JobHandlerRegistry, DocumentsQueueWorker, MaintenanceQueueWorker],
})
export class JobRunnerModule {}
