import { Module } from '@nestjs/common';
import { CoreModule } from '@app/app/core.module';
import { MaintenanceProcessor } from '@app/jobs/maintenance.processor';
import { RegistryModule } from '@app/registry/registry.module';

/** The worker process: BullMQ processors, no HTTP listener. */
@Module({
  imports: [CoreModule, RegistryModule],
  providers: [MaintenanceProcessor],
})
export class WorkerModule {}
