import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
import { QueryInt, ValidateEnum, ValidateInt, ValidateText, ValidateUuid } from '@app/common/dto.decorators';
import { InspectionKind, InspectionPlanning } from '@app/cases/cases.enums';
import { DecisionKind, IssuingBodyCode } from '@app/decisions/decisions.enums';
import { LicenceKind } from '@app/registry/registry.enums';
import { ClosureReason } from '@libs/cases';
import { ReportMetric, ReportSheetKey, ReportSubjectKind } from '@libs/reports';

/** A required whole year from the query string ("2026"); junk is left for the validator to name. */
const QueryYear = (description: string) =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : value)),
    ValidateInt({ min: 2000, max: 2100, description, example: 2026 }),
  );

/** Năm báo cáo and, for the ministry viewer, one department (omit it for all departments). */
export class AnnualReportQueryDto {
  @QueryYear('Năm báo cáo (calendar year)')
  year!: number;

  @ValidateUuid({ optional: true, description: 'Ministry viewer: one department (omit for all). Others: only their own department' })
  departmentId?: string;
}

export class AnnualReportCsvQueryDto extends AnnualReportQueryDto {
  @ValidateEnum(ReportSheetKey as unknown as Record<string, string>, 'ReportSheetKey', {
    description: 'Which breakdown (one CSV per sheet of the XLSX)',
  })
  sheet!: ReportSheetKey;
}

/** The PDF summary is requested with a body (it creates a document). */
export class AnnualReportPdfRequestDto {
  @ValidateInt({ min: 2000, max: 2100, description: 'Năm báo cáo', example: 2026 })
  year!: number;

  @ValidateUuid({
    optional: true,
    description: 'Ministry viewer: the department (required for the PDF). Others: only their own department',
  })
  departmentId?: string;
}

/** `/reports/annual/drill-down`: a figure's metric, year and breakdown key, as the report's links give them. */
export class DrillDownQueryDto extends AnnualReportQueryDto {
  @ValidateEnum(ReportMetric as unknown as Record<string, string>, 'ReportMetric', { description: 'The figure' })
  metric!: ReportMetric;

  @ValidateEnum(InspectionPlanning, 'InspectionPlanning', { optional: true, description: 'Theo kế hoạch / đột xuất' })
  planning?: InspectionPlanning;

  @ValidateEnum(InspectionKind, 'InspectionKind', { optional: true, description: 'Thanh tra / kiểm tra' })
  inspectionKind?: InspectionKind;

  @ValidateEnum(ReportSubjectKind as unknown as Record<string, string>, 'ReportSubjectKind', {
    optional: true,
    description: 'Loại đối tượng',
  })
  subjectKind?: ReportSubjectKind;

  @ValidateEnum(ClosureReason, 'ClosureReason', { optional: true, description: 'Lý do đóng hồ sơ' })
  reason?: ClosureReason;

  @ValidateEnum(IssuingBodyCode, 'IssuingBodyCode', { optional: true, description: 'Cơ quan ra quyết định' })
  issuingBody?: IssuingBodyCode;

  @ValidateEnum(DecisionKind, 'DecisionKind', { optional: true, description: 'Loại quyết định' })
  decisionKind?: DecisionKind;

  @ValidateText({ optional: true, max: 96, description: 'Mã hành vi trong danh mục, e.g. "119/2020:Đ20.k2.a"' })
  @Matches(/^\d+\/\d{4}:/, { message: 'code must be a catalogue code such as "119/2020:Đ20.k2.a"' })
  code?: string;

  @ValidateEnum(LicenceKind, 'LicenceKind', { optional: true, description: 'Loại giấy phép' })
  licenceKind?: LicenceKind;

  @QueryInt({ min: 1, max: 100000, description: 'Page number, from 1' })
  page?: number;

  @QueryInt({ min: 1, max: 100, description: 'Rows per page (at most 100)' })
  pageSize?: number;
}
