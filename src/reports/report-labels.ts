import { InspectionKind, InspectionPlanning } from '@app/cases/cases.enums';
import { DecisionKind, IssuingBodyCode } from '@app/decisions/decisions.enums';
import { LicenceKind } from '@app/registry/registry.enums';
import { ClosureReason } from '@libs/cases';
import { type DimensionCatalogue, ReportDimension } from '@libs/reports';

const PLANNING: Record<InspectionPlanning, string> = {
  [InspectionPlanning.Planned]: 'Theo kế hoạch',
  [InspectionPlanning.AdHoc]: 'Đột xuất',
};

const INSPECTION_KIND: Record<InspectionKind, string> = {
  [InspectionKind.Inspection]: 'Thanh tra',
  [InspectionKind.Check]: 'Kiểm tra',
};

/** Căn cứ không ra quyết định xử phạt (LXLVPHC Đ65 k1), and no violation found; "sanction executed" is not one. */
const REASON: Record<Exclude<ClosureReason, ClosureReason.SanctionExecuted>, string> = {
  [ClosureReason.NoViolation]: 'Không có vi phạm hành chính',
  [ClosureReason.LimitationExpired]: 'Hết thời hiệu xử phạt (LXLVPHC Đ6, Đ65 k1)',
  [ClosureReason.OffenderUnidentified]: 'Không xác định được đối tượng vi phạm (LXLVPHC Đ65 k1)',
  [ClosureReason.TransferredForProsecution]: 'Chuyển truy cứu trách nhiệm hình sự (LXLVPHC Đ62, Đ65 k1)',
  [ClosureReason.OffenderDeceasedOrDissolved]: 'Cá nhân chết, mất tích; tổ chức giải thể, phá sản (LXLVPHC Đ65 k1)',
  [ClosureReason.ExemptingCircumstances]: 'Trường hợp không xử phạt (LXLVPHC Đ11, Đ65 k1)',
};

const ISSUING_BODY: Record<IssuingBodyCode, string> = {
  [IssuingBodyCode.Department]: 'Giám đốc Sở',
  [IssuingBodyCode.ProvincialCommittee]: 'Chủ tịch UBND tỉnh',
};

const DECISION_KIND: Record<DecisionKind, string> = {
  [DecisionKind.Sanction]: 'Quyết định xử phạt (MQĐ02)',
  [DecisionKind.Amend]: 'Quyết định sửa đổi, bổ sung (MQĐ38)',
  [DecisionKind.Correct]: 'Quyết định đính chính (MQĐ39)',
  [DecisionKind.Annul]: 'Quyết định hủy bỏ (MQĐ40)',
};

const LICENCE_KIND: Record<LicenceKind, string> = {
  [LicenceKind.PressActivity]: 'Giấy phép hoạt động báo chí',
  [LicenceKind.Supplement]: 'Giấy phép xuất bản thêm ấn phẩm, phụ trương, chuyên trang, kênh',
  [LicenceKind.GeneralSite]: 'Giấy phép thiết lập trang TTĐT tổng hợp',
  [LicenceKind.RepresentativeOffice]: 'Văn bản chấp thuận văn phòng đại diện',
};

const rows = (labels: Record<string, string>) => Object.entries(labels).map(([key, label]) => ({ key, label }));

/** Every breakdown's keys in print order with their Vietnamese labels (exhaustive over the enums at compile time). */
export const DIMENSIONS: DimensionCatalogue = {
  [ReportDimension.Planning]: rows(PLANNING),
  [ReportDimension.InspectionKind]: rows(INSPECTION_KIND),
  [ReportDimension.Reason]: rows(REASON),
  [ReportDimension.IssuingBody]: rows(ISSUING_BODY),
  [ReportDimension.DecisionKind]: rows(DECISION_KIND),
  [ReportDimension.LicenceKind]: rows(LICENCE_KIND),
};
