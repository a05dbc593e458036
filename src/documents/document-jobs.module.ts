import { Module } from '@nestjs/common';
import { DocumentRenderHandler, PendingDocumentsSweepHandler } from '@app/documents/document-jobs';
import { DocumentsModule } from '@app/documents/documents.module';

/** The document pipeline's job handlers; loaded by the worker process only. */
@Module({ imports: [DocumentsModule], providers: [DocumentRenderHandler, PendingDocumentsSweepHandler] })
export class DocumentJobsModule {}
