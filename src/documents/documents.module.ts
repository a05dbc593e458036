import { Module } from '@nestjs/common';
import { DocumentsService } from '@app/documents/documents.service';
import { StorageModule } from '@app/storage/storage.module';

/** The document pipeline (API side: request, status, download, re-render; worker side: render, sweep). */
@Module({ imports: [StorageModule], providers: [DocumentsService], exports: [DocumentsService] })
export class DocumentsModule {}
