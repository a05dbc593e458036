import { Module } from '@nestjs/common';
import { CoreModule } from '@app/core.module';
import { DocumentJobsModule } from '@app/documents/document-jobs.module';
import { ExecutionJobsModule } from '@app/execution/execution-jobs';
import { JobRunnerModule } from '@app/jobs/job-runner.module';
import { RegistryJobsModule } from '@app/registry/licence-jobs';

/**
 * The worker process: the queue processors and every module's job handlers, no HTTP listener.
 * Start-up fails, naming the job, when a job of the catalogue has no handler here.
 */
@Module({
  imports: [CoreModule, JobRunnerModule, DocumentJobsModule, RegistryJobsModule, ExecutionJobsModule],
})
export class WorkerModule {}
