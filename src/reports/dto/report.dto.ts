import { ApiProperty } from '@nestjs/swagger';
import { DocumentStatus } from '@app/documents/document.entity';
import { ReportMetric } from '@libs/reports';
import type { AnnualReport, CountRow, Figure, ReportScope, ReportSummary, SanctionRow } from '@libs/reports';

/** Một số liệu: the year's value and the year before, each with the query listing the records behind it. */
export class FigureDto implements Figure {
  @ApiProperty({ description: 'The value for the report year' }) value!: number;
  @ApiProperty({ description: 'The value for the year before' }) previousValue!: number;
  @ApiProperty({
    example: '/reports/annual/drill-down?year=2026&metric=fines_imposed',
    description: 'GET it for the cases or decisions behind the value',
  })
  drillDown!: string;
  @ApiProperty({ description: 'The same for the year before' }) previousDrillDown!: string;
}

export class CountRowDto implements CountRow {
  @ApiProperty() key!: string;
  @ApiProperty({ description: 'Vietnamese label' }) label!: string;
  @ApiProperty({ type: FigureDto }) count!: FigureDto;
}

export class SanctionRowDto implements SanctionRow {
  @ApiProperty({ description: 'Catalogue code or subject kind' }) key!: string;
  @ApiProperty({ description: 'Hành vi vi phạm or loại đối tượng' }) label!: string;
  @ApiProperty({
    type: FigureDto,
    nullable: true,
    description: 'Quyết định xử phạt (by subject kind only: a decision may carry several codes)',
  })
  decisions!: FigureDto | null;
  @ApiProperty({ type: FigureDto, description: 'Hành vi vi phạm bị xử phạt' }) acts!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Tiền phạt theo quyết định (VND)' }) finesImposedVnd!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Tiền phạt đã nộp (VND)' }) finesCollectedVnd!: FigureDto;
}

export class ReportSummaryDto implements ReportSummary {
  @ApiProperty({ type: FigureDto, description: 'Cuộc thanh tra, kiểm tra' }) inspections!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Hồ sơ mở trong năm' }) casesOpened!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Hồ sơ đóng trong năm' }) casesClosed!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Hồ sơ đóng không ra quyết định xử phạt' }) casesClosedWithoutSanction!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Quyết định xử phạt, each counted once (amended: the amendment; annulled: not at all)' })
  sanctionDecisions!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Decisions of every kind issued in the year (sanction, amend, correct, annul)' })
  decisionsIssued!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Hành vi vi phạm bị xử phạt' }) sanctionedActs!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Hành vi bị phạt cảnh cáo' }) warnings!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Tổng số tiền phạt (VND)' }) finesImposedVnd!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Tiền phạt đã nộp: decisions whose case was executed by payment in the year (VND)' })
  finesCollectedVnd!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Tước quyền sử dụng giấy phép, chứng chỉ hành nghề' }) licenceSuspensions!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Their months' }) licenceSuspensionMonths!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Đình chỉ hoạt động có thời hạn' }) activitySuspensions!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Their months' }) activitySuspensionMonths!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Tịch thu tang vật, phương tiện' }) confiscations!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Thu hồi thẻ nhà báo' }) pressCardRevocations!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Biện pháp khắc phục hậu quả' }) remedialMeasures!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Giấy phép có hiệu lực on the as-of day' }) activeLicences!: FigureDto;
  @ApiProperty({ type: FigureDto, description: 'Giấy phép hết hạn trong năm sau' }) licencesExpiringNextYear!: FigureDto;
}

export class ReportScopeDto implements ReportScope {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: all departments' }) departmentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) departmentName!: string | null;
}

/** Báo cáo tổng kết năm. Every breakdown's rows sum to the figure above it. */
export class AnnualReportDto implements AnnualReport {
  @ApiProperty() year!: number;
  @ApiProperty() previousYear!: number;
  @ApiProperty({ type: ReportScopeDto }) scope!: ReportScopeDto;
  @ApiProperty({ type: String, format: 'date', description: 'Registry figures are taken on this day' }) asOf!: string;
  @ApiProperty({ type: String, format: 'date' }) previousAsOf!: string;
  @ApiProperty({ type: ReportSummaryDto }) summary!: ReportSummaryDto;
  @ApiProperty({ type: [CountRowDto], description: 'Theo kế hoạch / đột xuất' }) inspectionsByPlanning!: CountRowDto[];
  @ApiProperty({ type: [CountRowDto], description: 'Thanh tra / kiểm tra' }) inspectionsByKind!: CountRowDto[];
  @ApiProperty({ type: [CountRowDto] }) inspectionsBySubjectKind!: CountRowDto[];
  @ApiProperty({ type: [CountRowDto], description: 'Căn cứ không ra quyết định xử phạt (LXLVPHC Đ65 k1)' })
  closedWithoutSanctionByReason!: CountRowDto[];
  @ApiProperty({ type: [CountRowDto] }) decisionsByIssuingBody!: CountRowDto[];
  @ApiProperty({ type: [CountRowDto] }) decisionsIssuedByKind!: CountRowDto[];
  @ApiProperty({ type: [SanctionRowDto] }) byCatalogueCode!: SanctionRowDto[];
  @ApiProperty({ type: [SanctionRowDto] }) bySubjectKind!: SanctionRowDto[];
  @ApiProperty({ type: [CountRowDto] }) activeLicencesByKind!: CountRowDto[];
  @ApiProperty({ type: [CountRowDto] }) licencesExpiringByKind!: CountRowDto[];
  @ApiProperty({ type: [String], description: 'How the figures are counted' }) countingRules!: string[];
}

/** One record behind a figure, with what it contributes. */
export class DrillDownItemDto {
  @ApiProperty({ enum: ['decision', 'case', 'inspection', 'licence'] }) entity!: 'decision' | 'case' | 'inspection' | 'licence';
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Số quyết định, số hồ sơ, số quyết định thanh tra or số giấy phép' }) label!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The date that places it in the year' }) date!: string | null;
  @ApiProperty({ description: 'What it adds to the figure' }) value!: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) caseId!: string | null;
  @ApiProperty({ type: String, nullable: true }) caseNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) subjectName!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The original sanction decision of an amended one' })
  originalDecisionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) originalDecisionNumber!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Kind, status or closure reason' }) detail!: string | null;
  @ApiProperty({ description: 'The record in the API, e.g. /decisions/<id>' }) link!: string;
}

export class DrillDownPageDto {
  @ApiProperty({ enum: ReportMetric, enumName: 'ReportMetric' }) metric!: ReportMetric;
  @ApiProperty() year!: number;
  @ApiProperty({ type: ReportScopeDto }) scope!: ReportScopeDto;
  @ApiProperty({ type: Object, description: 'The breakdown filters applied' }) filters!: Record<string, string>;
  @ApiProperty({ description: 'The figure: the sum of `value` over every row (all pages)' }) value!: number;
  @ApiProperty({ type: [DrillDownItemDto] }) items!: DrillDownItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

/** The printable summary's document: its status, and where to download it once ready. */
export class ReportDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ description: 'A new revision each time the figures changed since the last request' }) revision!: number;
  @ApiProperty({ enum: DocumentStatus, enumName: 'DocumentStatus' }) status!: DocumentStatus;
  @ApiProperty({ type: String, nullable: true }) sha256!: string | null;
  @ApiProperty({ type: Number, nullable: true }) size!: number | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) renderedAt!: string | null;
  @ApiProperty({ example: '/reports/annual/pdf?year=2026&departmentId=…' }) download!: string;
}
