import { Controller, Get, Inject, Param, Post, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags, ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { attachment } from '@app/common/content-disposition';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { CASE_READERS, CASE_WORKERS } from '@app/cases/case-access';
import { EvidenceDto, EvidenceUploadDto } from '@app/cases/dto/evidence.dto';
import { evidenceDownloadName } from '@app/cases/evidence-names';
import { readEvidenceUpload } from '@app/cases/evidence-upload';
import { EvidenceService } from '@app/cases/evidence.service';
import { EvidenceParam } from '@app/cases/params.dto';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/evidence')
export class EvidenceController {
  constructor(
    private readonly evidence: EvidenceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Danh sách chứng cứ of the case, with their SHA-256' })
  @ApiOkResponse({ type: [EvidenceDto] })
  list(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<EvidenceDto[]> {
    return this.evidence.list(actor, id);
  }

  @Post()
  @Roles(...CASE_WORKERS)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: EvidenceUploadDto })
  @ApiOperation({ summary: 'Nộp chứng cứ: upload a screenshot, PDF or saved page (type recognised from its bytes, SHA-256 kept)' })
  @ApiCreatedResponse({ type: EvidenceDto })
  @ApiPayloadTooLargeResponse({ description: 'Larger than EVIDENCE_MAX_BYTES; nothing stored' })
  @ApiUnsupportedMediaTypeResponse({ description: 'Not an allowed type; nothing stored' })
  async upload(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Req() request: FastifyRequest): Promise<EvidenceDto> {
    return this.evidence.upload(actor, id, await readEvidenceUpload(request, this.config.EVIDENCE_MAX_BYTES));
  }

  @Get(':evidenceId')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Tải chứng cứ: the bytes as stored, with x-content-sha256; every download is audited' })
  @ApiOkResponse({ content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  async download(@CurrentActor() actor: Actor, @Param() p: EvidenceParam, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { evidence, bytes } = await this.evidence.download(actor, p.id, p.evidenceId);
    void reply
      .header('content-type', evidence.contentType)
      .header('x-content-sha256', evidence.sha256)
      // The extension comes from the type recognised at upload, never from the name sent (issue 12).
      .header('content-disposition', attachment(evidenceDownloadName(evidence.fileName, evidence.contentType)))
      // Saved pages may carry scripts: never let a browser run them from our origin.
      .header('content-security-policy', "sandbox; default-src 'none'");
    return new StreamableFile(bytes);
  }
}
