import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { CASE_READERS, CASE_STAFF, DECISION_PREPARERS } from '@app/cases/case-access';
import { DecisionPdfsService, type PdfFile } from '@app/decisions/decision-pdfs.service';
import { DocumentRerenderDto, DocumentStatusDto, RecordDocumentRequestDto } from '@app/decisions/dto/document.dto';

const PDF_RESPONSE = { content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } };

function send(reply: FastifyReply, pdf: PdfFile): StreamableFile {
  void reply
    .header('content-type', 'application/pdf')
    .header('x-content-sha256', pdf.sha256)
    .header('content-disposition', `inline; filename="${pdf.fileName}"`);
  return new StreamableFile(pdf.bytes);
}

@ApiTags('decisions')
@ApiBearerAuth()
@Controller()
export class DecisionPdfsController {
  constructor(private readonly documents: DecisionPdfsService) {}

  @Get('decisions/:id/document')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Trạng thái bản in quyết định: pending, ready (with SHA-256) or failed (with the error)' })
  @ApiOkResponse({ type: DocumentStatusDto })
  decisionStatus(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<DocumentStatusDto> {
    return this.documents.decisionStatus(actor, id);
  }

  @Get('decisions/:id/pdf')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Tải quyết định (PDF), verified against its SHA-256 (x-content-sha256); 409 while pending or failed' })
  @ApiOkResponse(PDF_RESPONSE)
  async decisionPdf(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return send(reply, await this.documents.decisionPdf(actor, id));
  }

  @Post('decisions/:id/document/rerender')
  @HttpCode(200)
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'In lại quyết định: render a failed document again from the same frozen input' })
  @ApiOkResponse({ type: DocumentStatusDto })
  rerenderDecision(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: DocumentRerenderDto): Promise<DocumentStatusDto> {
    return this.documents.rerenderDecision(actor, id, dto.note);
  }

  @Get('cases/:id/violation-record/document')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Trạng thái bản in biên bản vi phạm hành chính (MBB01)' })
  @ApiOkResponse({ type: DocumentStatusDto })
  recordStatus(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<DocumentStatusDto> {
    return this.documents.recordStatus(actor, id);
  }

  @Get('cases/:id/violation-record/pdf')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Tải biên bản vi phạm hành chính (PDF, MBB01); 409 while pending or failed' })
  @ApiOkResponse(PDF_RESPONSE)
  async recordPdf(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    return send(reply, await this.documents.recordPdf(actor, id));
  }

  @Post('cases/:id/violation-record/document')
  @Roles(...CASE_STAFF)
  @ApiOperation({ summary: 'In biên bản: request the PDF of a record signed before the subject identity was complete' })
  @ApiCreatedResponse({ type: DocumentStatusDto })
  requestRecord(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: RecordDocumentRequestDto): Promise<DocumentStatusDto> {
    return this.documents.requestRecord(actor, id, dto);
  }

  @Post('cases/:id/violation-record/document/rerender')
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  @ApiOperation({ summary: 'In lại biên bản: render a failed record document again from the same frozen input' })
  @ApiOkResponse({ type: DocumentStatusDto })
  rerenderRecord(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: DocumentRerenderDto): Promise<DocumentStatusDto> {
    return this.documents.rerenderRecord(actor, id, dto.note);
  }
}
