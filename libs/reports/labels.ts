import { ReportMetric, ReportSubjectKind, type ReportSummary } from './types';

/** Đơn vị tính of a figure: how exports format it. */
export type FigureUnit = 'count' | 'vnd' | 'months';

export interface SummaryLine {
  field: keyof ReportSummary;
  metric: ReportMetric;
  labelVi: string;
  unit: FigureUnit;
}

/** The summary lines in the order year-end reviews print them ("10 cuộc thanh tra, kiểm tra…; 7 quyết định…"). */
export const SUMMARY_LINES: readonly SummaryLine[] = [
  { field: 'inspections', metric: ReportMetric.Inspections, labelVi: 'Cuộc thanh tra, kiểm tra chuyên ngành', unit: 'count' },
  { field: 'casesOpened', metric: ReportMetric.CasesOpened, labelVi: 'Hồ sơ vụ việc mở trong năm', unit: 'count' },
  { field: 'casesClosed', metric: ReportMetric.CasesClosed, labelVi: 'Hồ sơ vụ việc đóng trong năm', unit: 'count' },
  {
    field: 'casesClosedWithoutSanction',
    metric: ReportMetric.CasesClosedWithoutSanction,
    labelVi: 'Hồ sơ đóng không ra quyết định xử phạt',
    unit: 'count',
  },
  { field: 'sanctionDecisions', metric: ReportMetric.SanctionDecisions, labelVi: 'Quyết định xử phạt vi phạm hành chính', unit: 'count' },
  { field: 'decisionsIssued', metric: ReportMetric.DecisionsIssued, labelVi: 'Văn bản quyết định ban hành (mọi loại)', unit: 'count' },
  { field: 'sanctionedActs', metric: ReportMetric.SanctionedActs, labelVi: 'Hành vi vi phạm bị xử phạt', unit: 'count' },
  { field: 'warnings', metric: ReportMetric.Warnings, labelVi: 'Hành vi bị phạt cảnh cáo', unit: 'count' },
  { field: 'finesImposedVnd', metric: ReportMetric.FinesImposed, labelVi: 'Tổng số tiền phạt theo quyết định', unit: 'vnd' },
  { field: 'finesCollectedVnd', metric: ReportMetric.FinesCollected, labelVi: 'Số tiền phạt đã nộp (thu được)', unit: 'vnd' },
  {
    field: 'licenceSuspensions',
    metric: ReportMetric.LicenceSuspensions,
    labelVi: 'Tước quyền sử dụng giấy phép, chứng chỉ hành nghề',
    unit: 'count',
  },
  {
    field: 'licenceSuspensionMonths',
    metric: ReportMetric.LicenceSuspensionMonths,
    labelVi: 'Tổng thời hạn tước quyền sử dụng giấy phép',
    unit: 'months',
  },
  { field: 'activitySuspensions', metric: ReportMetric.ActivitySuspensions, labelVi: 'Đình chỉ hoạt động có thời hạn', unit: 'count' },
  {
    field: 'activitySuspensionMonths',
    metric: ReportMetric.ActivitySuspensionMonths,
    labelVi: 'Tổng thời hạn đình chỉ hoạt động',
    unit: 'months',
  },
  { field: 'confiscations', metric: ReportMetric.Confiscations, labelVi: 'Tịch thu tang vật, phương tiện', unit: 'count' },
  { field: 'pressCardRevocations', metric: ReportMetric.PressCardRevocations, labelVi: 'Thu hồi thẻ nhà báo', unit: 'count' },
  { field: 'remedialMeasures', metric: ReportMetric.RemedialMeasures, labelVi: 'Biện pháp khắc phục hậu quả', unit: 'count' },
  { field: 'activeLicences', metric: ReportMetric.ActiveLicences, labelVi: 'Giấy phép đang có hiệu lực', unit: 'count' },
  { field: 'licencesExpiringNextYear', metric: ReportMetric.LicencesExpiring, labelVi: 'Giấy phép hết hạn trong năm sau', unit: 'count' },
];

export const UNIT_LABELS: Record<FigureUnit, string> = { count: 'Số lượng', vnd: 'Đồng', months: 'Tháng' };

export const SUBJECT_KIND_LABELS: Record<ReportSubjectKind, string> = {
  [ReportSubjectKind.Newspaper]: 'Báo (in, điện tử)',
  [ReportSubjectKind.Magazine]: 'Tạp chí (in, điện tử)',
  [ReportSubjectKind.RadioTelevision]: 'Đài phát thanh, truyền hình',
  [ReportSubjectKind.RepresentativeOfficeOrReporter]: 'Văn phòng đại diện, phóng viên thường trú',
  [ReportSubjectKind.GeneralSite]: 'Trang thông tin điện tử tổng hợp',
  [ReportSubjectKind.Other]: 'Đối tượng khác',
};

export const TOTAL_LABEL = 'Tổng cộng';

/** How the figures are counted; printed under the PDF tables and in the summary sheet. */
export const COUNTING_RULES: readonly string[] = [
  'Mỗi quyết định xử phạt được tính một lần, vào năm ban hành quyết định gốc; quyết định sửa đổi, bổ sung thay thế số liệu của quyết định gốc, quyết định hủy bỏ loại quyết định khỏi số liệu, quyết định đính chính không làm thay đổi số liệu.',
  'Số tiền phạt đã nộp: tiền phạt của các quyết định mà hồ sơ được ghi nhận đã chấp hành bằng hình thức nộp phạt trong năm.',
  'Thời hạn tước quyền sử dụng giấy phép, đình chỉ hoạt động của nhiều hành vi trong một quyết định được tổng hợp theo NĐ 118/2021 Điều 9 khoản 2, khoản 6.',
  'Giấy phép có hiệu lực tính tại ngày 31/12 của năm báo cáo (hoặc ngày lập báo cáo nếu năm chưa kết thúc).',
];
