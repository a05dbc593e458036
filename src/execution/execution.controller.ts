import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { attachment } from '@app/common/content-disposition';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { readEvidenceUpload } from '@app/cases/evidence-upload';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import {
  ComplaintCreateDto,
  ComplaintOutcomeDto,
  DeliveryCreateDto,
  EnforcementCarriedOutDto,
  EnforcementCreateDto,
  ExecutionDocumentQueryDto,
  ExecutionFileQueryDto,
  ExecutionFileUploadDto,
  ExecutionRequestCreateDto,
  ExecutionRequestDecideDto,
  PaymentCreateDto,
  RemedialDoneDto,
} from '@app/execution/dto/execution-input.dto';
import { ExecutionDto, ExecutionFileDto } from '@app/execution/dto/execution.dto';
import { EXECUTION_OFFICERS, EXECUTION_READERS, EXECUTION_STAFF } from '@app/execution/execution.enums';
import { ExecutionDecisionsService } from '@app/execution/execution-decisions.service';
import { ExecutionFilesService } from '@app/execution/execution-files.service';
import { ExecutionRecordsService } from '@app/execution/execution-records.service';
import { ExecutionService } from '@app/execution/execution.service';

/**
 * `/decisions/:id/execution`: thi hành quyết định xử phạt. Inspectors and legal officers record delivery, proofs and
 * remedial measures done; legal officers record payments, decide on postponement and instalments, record enforcement
 * and complaints; leaders and the ministry viewer read.
 */
@ApiTags('execution')
@ApiBearerAuth()
@Controller('decisions/:id/execution')
export class ExecutionController {
  constructor(
    private readonly execution: ExecutionService,
    private readonly records: ExecutionRecordsService,
    private readonly decisions: ExecutionDecisionsService,
    private readonly files: ExecutionFilesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles(...EXECUTION_READERS)
  @ApiOperation({ summary: 'Thi hành quyết định: delivery, payments, late charge step by step, requests, enforcement, complaints, deadlines and what is missing' })
  @ApiOkResponse({ type: ExecutionDto })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<ExecutionDto> {
    return this.execution.get(actor, id);
  }

  @Post('deliveries')
  @Roles(...EXECUTION_STAFF)
  @ApiOperation({ summary: 'Gửi quyết định (LXLVPHC Đ70): how and when, proof, receipt or refusal (MBB06); late after 3 working days' })
  @ApiCreatedResponse({ type: ExecutionDto })
  delivery(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: DeliveryCreateDto): Promise<ExecutionDto> {
    return this.records.addDelivery(actor, id, dto);
  }

  @Post('payments')
  @Roles(...EXECUTION_OFFICERS)
  @ApiOperation({ summary: 'Nộp tiền phạt (NĐ 118/2021 Đ20): amount, day, channel, receipt; refused beyond what is owed' })
  @ApiCreatedResponse({ type: ExecutionDto })
  payment(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: PaymentCreateDto): Promise<ExecutionDto> {
    return this.records.addPayment(actor, id, dto);
  }

  @Post('remedial')
  @Roles(...EXECUTION_STAFF)
  @ApiOperation({ summary: 'Biện pháp khắc phục hậu quả đã thực hiện: one measure of the decision, with the day' })
  @ApiCreatedResponse({ type: ExecutionDto })
  remedial(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: RemedialDoneDto): Promise<ExecutionDto> {
    return this.records.markRemedialDone(actor, id, dto);
  }

  @Post('requests')
  @Roles(...EXECUTION_OFFICERS)
  @ApiOperation({ summary: 'Đơn đề nghị hoãn (LXLVPHC Đ76) or nộp tiền phạt nhiều lần (Đ79): the days under consideration are not late' })
  @ApiCreatedResponse({ type: ExecutionDto })
  request(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ExecutionRequestCreateDto): Promise<ExecutionDto> {
    return this.decisions.addRequest(actor, id, dto);
  }

  @Post('requests/decide')
  @HttpCode(200)
  @Roles(...EXECUTION_OFFICERS)
  @ApiOperation({ summary: 'Quyết định hoãn (MQĐ03) / nộp tiền phạt nhiều lần (MQĐ05), checked against LXLVPHC Đ76 / Đ79 and rendered; or the refusal' })
  @ApiOkResponse({ type: ExecutionDto })
  decide(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ExecutionRequestDecideDto): Promise<ExecutionDto> {
    return this.decisions.decideRequest(actor, id, dto);
  }

  @Post('enforcements')
  @Roles(...EXECUTION_OFFICERS)
  @ApiOperation({ summary: 'Quyết định cưỡng chế (LXLVPHC Đ86, Đ87; MQĐ07–09, MQĐ11): numbered "NN/QĐ-CCXP" and rendered' })
  @ApiCreatedResponse({ type: ExecutionDto })
  enforcement(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: EnforcementCreateDto): Promise<ExecutionDto> {
    return this.decisions.addEnforcement(actor, id, dto);
  }

  @Post('enforcements/carried-out')
  @HttpCode(200)
  @Roles(...EXECUTION_OFFICERS)
  @ApiOperation({ summary: 'The enforcement was carried out (the decision counts as executed by enforcement)' })
  @ApiOkResponse({ type: ExecutionDto })
  carriedOut(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: EnforcementCarriedOutDto): Promise<ExecutionDto> {
    return this.decisions.markEnforcementCarriedOut(actor, id, dto);
  }

  @Post('complaints')
  @Roles(...EXECUTION_OFFICERS)
  @ApiOperation({ summary: 'Khiếu nại / khởi kiện: execution continues unless a suspension of execution is recorded' })
  @ApiCreatedResponse({ type: ExecutionDto })
  complaint(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ComplaintCreateDto): Promise<ExecutionDto> {
    return this.records.addComplaint(actor, id, dto);
  }

  @Post('complaints/outcome')
  @HttpCode(200)
  @Roles(...EXECUTION_OFFICERS)
  @ApiOperation({ summary: 'Outcome of a complaint or lawsuit: upheld, or amended / annulled through an issued MQĐ38 / MQĐ40 decision' })
  @ApiOkResponse({ type: ExecutionDto })
  outcome(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ComplaintOutcomeDto): Promise<ExecutionDto> {
    return this.records.recordComplaintOutcome(actor, id, dto);
  }

  @Post('files')
  @Roles(...EXECUTION_STAFF)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ExecutionFileUploadDto })
  @ApiOperation({ summary: 'Upload a proof (delivery, refusal record, receipt, request…): type recognised from its bytes, SHA-256 kept' })
  @ApiCreatedResponse({ type: ExecutionFileDto })
  async upload(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Req() request: FastifyRequest): Promise<ExecutionFileDto> {
    return this.files.upload(actor, id, await readEvidenceUpload(request, this.config.EVIDENCE_MAX_BYTES));
  }

  @Get('file')
  @Roles(...EXECUTION_READERS)
  @ApiOperation({ summary: 'Download a proof of the execution file (x-content-sha256); audited' })
  @ApiOkResponse({ content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  async file(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Query() q: ExecutionFileQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { file, bytes } = await this.files.download(actor, id, q.fileId);
    void reply
      .header('content-type', file.contentType)
      .header('x-content-sha256', file.sha256)
      .header('content-disposition', attachment(file.fileName))
      .header('content-security-policy', "sandbox; default-src 'none'");
    return new StreamableFile(bytes);
  }

  @Get('document')
  @Roles(...EXECUTION_READERS)
  @ApiOperation({ summary: 'PDF of a postponement (MQĐ03), instalment (MQĐ05) or enforcement decision; 409 while it renders' })
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async document(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Query() q: ExecutionDocumentQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { doc, bytes } = await this.files.document(actor, id, q.subjectId);
    void reply
      .header('content-type', 'application/pdf')
      .header('x-content-sha256', doc.sha256 ?? '')
      .header('content-disposition', `inline; filename="${doc.kind}-${doc.subjectId}.pdf"`);
    return new StreamableFile(bytes);
  }
}
