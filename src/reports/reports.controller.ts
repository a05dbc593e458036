import { Body, Controller, Get, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { AnnualReportDto, DrillDownPageDto, ReportDocumentDto } from '@app/reports/dto/report.dto';
import {
  AnnualReportCsvQueryDto,
  AnnualReportPdfRequestDto,
  AnnualReportQueryDto,
  DrillDownQueryDto,
} from '@app/reports/dto/report-query.dto';
import { ReportDocumentsService } from '@app/reports/report-documents.service';
import { annualReportCsv, annualReportXlsx, attachment } from '@app/reports/report-exports';
import { ReportsService } from '@app/reports/reports.service';
import { Role } from '@app/common/role';
import type { AnnualReport } from '@libs/reports';

/**
 * Who reads the report: leaders (it is theirs), legal officers and department admins; inspectors too, since every case
 * behind a figure is one they may already read; the ministry viewer across departments.
 */
export const REPORT_READERS = [Role.Leader, Role.LegalOfficer, Role.DepartmentAdmin, Role.Inspector, Role.MinistryViewer];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const binary = (type: string) => ({ content: { [type]: { schema: { type: 'string', format: 'binary' } } } });

@ApiTags('reports')
@ApiBearerAuth()
@Roles(...REPORT_READERS)
@Controller('reports')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly documents: ReportDocumentsService,
  ) {}

  @Get('annual')
  @ApiOperation({
    summary:
      'Báo cáo tổng kết năm: thanh tra, kiểm tra; hồ sơ; quyết định xử phạt (counted once); tiền phạt; the year before beside each figure',
  })
  @ApiOkResponse({ type: AnnualReportDto })
  annual(@CurrentActor() actor: Actor, @Query() q: AnnualReportQueryDto): Promise<AnnualReport> {
    return this.reports.annual(actor, q);
  }

  @Get('annual/drill-down')
  @ApiOperation({ summary: 'Chi tiết số liệu: the cases, decisions, inspections or licences behind one figure of the annual report' })
  @ApiOkResponse({ type: DrillDownPageDto })
  drillDown(@CurrentActor() actor: Actor, @Query() q: DrillDownQueryDto): Promise<DrillDownPageDto> {
    return this.reports.drillDown(actor, q);
  }

  @Get('annual.xlsx')
  @ApiOperation({ summary: 'Báo cáo tổng kết năm (Excel): one sheet per breakdown, Vietnamese headers, VND format' })
  @ApiOkResponse(binary(XLSX))
  async xlsx(
    @CurrentActor() actor: Actor,
    @Query() q: AnnualReportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const bytes = await annualReportXlsx(await this.reports.annual(actor, q));
    void reply.header('content-type', XLSX).header('content-disposition', attachment(`bao-cao-nam-${q.year}.xlsx`));
    return new StreamableFile(bytes);
  }

  @Get('annual.csv')
  @ApiOperation({ summary: 'Báo cáo tổng kết năm (CSV): one breakdown per file, UTF-8 with a BOM so Excel keeps the diacritics' })
  @ApiOkResponse(binary('text/csv'))
  async csv(
    @CurrentActor() actor: Actor,
    @Query() q: AnnualReportCsvQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const text = annualReportCsv(await this.reports.annual(actor, q), q.sheet);
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', attachment(`bao-cao-nam-${q.year}-${q.sheet}.csv`));
    return new StreamableFile(Buffer.from(text, 'utf8'));
  }

  @Post('annual/pdf')
  @ApiOperation({ summary: 'Báo cáo số liệu năm (PDF): request the printable summary (tables and a chart); rendered by the worker' })
  @ApiCreatedResponse({ type: ReportDocumentDto })
  requestPdf(@CurrentActor() actor: Actor, @Body() dto: AnnualReportPdfRequestDto): Promise<ReportDocumentDto> {
    return this.documents.request(actor, dto);
  }

  @Get('annual/pdf/status')
  @ApiOperation({ summary: 'Trạng thái báo cáo PDF: pending, ready or failed (with the error) for the latest request' })
  @ApiOkResponse({ type: ReportDocumentDto })
  pdfStatus(@CurrentActor() actor: Actor, @Query() q: AnnualReportQueryDto): Promise<ReportDocumentDto> {
    return this.documents.status(actor, q);
  }

  @Get('annual/pdf')
  @ApiOperation({ summary: 'Tải báo cáo số liệu năm (PDF): the latest revision, with x-content-sha256' })
  @ApiOkResponse(binary('application/pdf'))
  @ApiConflictResponse({ description: 'The PDF is still pending, or failed' })
  async pdf(
    @CurrentActor() actor: Actor,
    @Query() q: AnnualReportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const { bytes, doc, fileName } = await this.documents.download(actor, q);
    void reply
      .header('content-type', 'application/pdf')
      .header('x-content-sha256', doc.sha256 ?? '')
      .header('content-disposition', attachment(fileName));
    return new StreamableFile(bytes);
  }
}
