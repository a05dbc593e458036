import { Module } from '@nestjs/common';
import { CoreModule } from '@app/core.module';
import { DocumentsModule } from '@app/documents/documents.module';
import { DocumentsProcessor } from '@app/documents/documents.processor';
import { MaintenanceProcessor } from '@app/jobs/maintenance.processor';
import { LegalModule } from '@app/legal/legal.module';
import { RegistryModule } from '@app/registry/registry.module';
import { StorageModule } from '@app/storage/storage.module';

/** The worker process: BullMQ processors, no HTTP listener. */
@Module({
  imports: [CoreModule, RegistryModule, LegalModule, StorageModule, DocumentsModule],
  providers: [MaintenanceProcessor, DocumentsProcessor],
})
export class WorkerModule {}
