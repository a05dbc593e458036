// A sample annual summary for tests and for reviewers (rendered by `renderAnnualReportPdf`). Built the way the service
// builds it: grouped rows → libs/reports assembly → the printable document.
import {
  annualReportDocument,
  assembleAnnualReport,
  type GroupedRow,
  type GroupedRows,
  ReportDimension,
  ReportMetric,
  ReportSource,
} from '@libs/reports';
import type { AnnualReportDocument } from './report-types';

const row = (year: number, dim: GroupedRow['dim'], key: string | null, values: GroupedRow['values']): GroupedRow => ({
  year,
  dim,
  key,
  values,
});

function sampleRows(): GroupedRows {
  const lines: GroupedRow[] = [];
  const codes: [string, number, number, number, number][] = [
    // code, acts, fines (this year), acts, fines (the year before)
    ['119/2020:Đ20.k2.a', 4, 100_000_000, 3, 75_000_000],
    ['119/2020:Đ8.k4.e', 2, 100_000_000, 1, 50_000_000],
    ['119/2020:Đ5.k3.b', 1, 22_500_000, 2, 40_000_000],
    ['119/2020:Đ12.k1', 2, 0, 0, 0],
  ];
  for (const [code, acts, fines, prevActs, prevFines] of codes) {
    lines.push(row(2026, ReportDimension.Code, code, { [ReportMetric.SanctionedActs]: acts, [ReportMetric.FinesImposed]: fines }));
    lines.push(row(2025, ReportDimension.Code, code, { [ReportMetric.SanctionedActs]: prevActs, [ReportMetric.FinesImposed]: prevFines }));
  }
  lines.push(
    row(2026, 'none', null, {
      [ReportMetric.SanctionDecisions]: 7,
      [ReportMetric.SanctionedActs]: 9,
      [ReportMetric.Warnings]: 2,
      [ReportMetric.FinesImposed]: 222_500_000,
      [ReportMetric.LicenceSuspensions]: 1,
      [ReportMetric.LicenceSuspensionMonths]: 3,
      [ReportMetric.RemedialMeasures]: 4,
    }),
    row(2025, 'none', null, {
      [ReportMetric.SanctionDecisions]: 5,
      [ReportMetric.SanctionedActs]: 6,
      [ReportMetric.FinesImposed]: 165_000_000,
      [ReportMetric.Confiscations]: 1,
    }),
    row(2026, ReportDimension.IssuingBody, 'department', { [ReportMetric.SanctionDecisions]: 7 }),
    row(2025, ReportDimension.IssuingBody, 'department', { [ReportMetric.SanctionDecisions]: 5 }),
    row(2026, ReportDimension.SubjectKind, 'general_site', {
      [ReportMetric.SanctionDecisions]: 4,
      [ReportMetric.SanctionedActs]: 5,
      [ReportMetric.FinesImposed]: 100_000_000,
    }),
    row(2026, ReportDimension.SubjectKind, 'magazine', {
      [ReportMetric.SanctionDecisions]: 3,
      [ReportMetric.SanctionedActs]: 4,
      [ReportMetric.FinesImposed]: 122_500_000,
    }),
    row(2025, ReportDimension.SubjectKind, 'general_site', {
      [ReportMetric.SanctionDecisions]: 3,
      [ReportMetric.SanctionedActs]: 3,
      [ReportMetric.FinesImposed]: 75_000_000,
    }),
    row(2025, ReportDimension.SubjectKind, 'magazine', {
      [ReportMetric.SanctionDecisions]: 2,
      [ReportMetric.SanctionedActs]: 3,
      [ReportMetric.FinesImposed]: 90_000_000,
    }),
  );
  const collected = [
    row(2026, 'none', null, { [ReportMetric.FinesCollected]: 147_500_000 }),
    row(2026, ReportDimension.SubjectKind, 'general_site', { [ReportMetric.FinesCollected]: 75_000_000 }),
    row(2026, ReportDimension.SubjectKind, 'magazine', { [ReportMetric.FinesCollected]: 72_500_000 }),
  ];
  const inspections = [
    row(2026, 'none', null, { [ReportMetric.Inspections]: 10 }),
    row(2026, ReportDimension.Planning, 'planned', { [ReportMetric.Inspections]: 6 }),
    row(2026, ReportDimension.Planning, 'ad_hoc', { [ReportMetric.Inspections]: 4 }),
    row(2025, 'none', null, { [ReportMetric.Inspections]: 8 }),
    row(2025, ReportDimension.Planning, 'planned', { [ReportMetric.Inspections]: 8 }),
  ];
  const cases = [
    row(2026, 'none', null, {
      [ReportMetric.CasesOpened]: 12,
      [ReportMetric.CasesClosed]: 9,
      [ReportMetric.CasesClosedWithoutSanction]: 2,
    }),
    row(2026, ReportDimension.Reason, 'no_violation', { [ReportMetric.CasesClosedWithoutSanction]: 2 }),
  ];
  const issued = [
    row(2026, 'none', null, { [ReportMetric.DecisionsIssued]: 8 }),
    row(2026, ReportDimension.DecisionKind, 'sanction', { [ReportMetric.DecisionsIssued]: 7 }),
    row(2026, ReportDimension.DecisionKind, 'amend', { [ReportMetric.DecisionsIssued]: 1 }),
  ];
  const licences = [
    row(2026, 'none', null, { [ReportMetric.ActiveLicences]: 42, [ReportMetric.LicencesExpiring]: 3 }),
    row(2026, ReportDimension.LicenceKind, 'press_activity', { [ReportMetric.ActiveLicences]: 30, [ReportMetric.LicencesExpiring]: 2 }),
    row(2026, ReportDimension.LicenceKind, 'general_site', { [ReportMetric.ActiveLicences]: 12, [ReportMetric.LicencesExpiring]: 1 }),
  ];
  return {
    [ReportSource.Lines]: lines,
    [ReportSource.Collected]: collected,
    [ReportSource.Issued]: issued,
    [ReportSource.Cases]: cases,
    [ReportSource.Inspections]: inspections,
    [ReportSource.Licences]: licences,
  };
}

const keys = (pairs: [string, string][]) => pairs.map(([key, label]) => ({ key, label }));

export function sampleAnnualReport(): AnnualReportDocument {
  const report = assembleAnnualReport({
    year: 2026,
    scope: { departmentId: '00000000-0000-4000-8000-000000000001', departmentName: 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm' },
    asOf: '2026-11-23',
    previousAsOf: '2025-12-31',
    rows: sampleRows(),
    dimensions: {
      [ReportDimension.Planning]: keys([
        ['planned', 'Theo kế hoạch'],
        ['ad_hoc', 'Đột xuất'],
      ]),
      [ReportDimension.InspectionKind]: keys([
        ['inspection', 'Thanh tra'],
        ['check', 'Kiểm tra'],
      ]),
      [ReportDimension.Reason]: keys([
        ['no_violation', 'Không có vi phạm hành chính'],
        ['limitation_expired', 'Hết thời hiệu xử phạt (LXLVPHC Đ6, Đ65 k1)'],
      ]),
      [ReportDimension.IssuingBody]: keys([
        ['department', 'Giám đốc Sở'],
        ['provincial_committee', 'Chủ tịch UBND tỉnh'],
      ]),
      [ReportDimension.DecisionKind]: keys([
        ['sanction', 'Quyết định xử phạt (MQĐ02)'],
        ['amend', 'Quyết định sửa đổi, bổ sung (MQĐ38)'],
        ['correct', 'Quyết định đính chính (MQĐ39)'],
        ['annul', 'Quyết định hủy bỏ (MQĐ40)'],
      ]),
      [ReportDimension.LicenceKind]: keys([
        ['press_activity', 'Giấy phép hoạt động báo chí'],
        ['general_site', 'Giấy phép thiết lập trang TTĐT tổng hợp'],
      ]),
    },
    codeLabels: new Map([
      ['119/2020:Đ20.k2.a', 'Trang thông tin điện tử tổng hợp trích dẫn không chính xác, không nguyên văn nguồn tin chính thức'],
      ['119/2020:Đ8.k4.e', 'Thực hiện không đúng tôn chỉ, mục đích ghi trong giấy phép hoạt động báo chí, gây ảnh hưởng ít nghiêm trọng'],
      ['119/2020:Đ5.k3.b', 'Thực hiện không đúng nội dung ghi trong giấy phép hoạt động báo chí'],
      ['119/2020:Đ12.k1', 'Không ghi đủ hoặc ghi không đúng thông tin phải ghi, thể hiện trên báo chí'],
    ]),
  });
  return annualReportDocument(
    report,
    { name: 'Sở Văn hóa và Thể thao', parentBody: 'Ủy ban nhân dân tỉnh Thử Nghiệm', placeName: 'Thử Nghiệm', abbreviation: 'SVHTT' },
    '2026-11-23',
  );
}
