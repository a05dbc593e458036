import { Module } from '@nestjs/common';
import { DocumentsService } from '@app/documents/documents.service';

/** The document pipeline (API side: request, status, download, re-render; worker side: render, sweep). */
@Module({ providers: [DocumentsService], exports: [DocumentsService] })
export class DocumentsModule {}
