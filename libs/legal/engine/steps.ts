/** Worksheet steps and flags: every rule the engine applies leaves one step with its inputs, result and citation. */
import type { WorksheetFlag, WorksheetStep } from './types';

export type StepKey =
  | 'resolve-version'
  | 'apply-offender-side'
  | 'count-circumstances'
  | 'exclude-defining-circumstance'
  | 'offset-circumstances'
  | 'median'
  | 'apply-circumstances'
  | 'officer-choice'
  | 'warning-only'
  | 'warning-possible'
  | 'range-unknown'
  | 'suspension-months'
  | 'limitation'
  | 'explanation-right'
  | 'authority'
  | 'lenient-law'
  | 'merge-suspensions'
  | 'remaining-licence-term'
  | 'total';

/** Labels as a Vietnamese legal officer would write them on a worksheet. */
export const STEP_LABELS_VI: Readonly<Record<StepKey, string>> = {
  'resolve-version': 'Xác định văn bản áp dụng',
  'apply-offender-side': 'Xác định khung tiền phạt theo đối tượng vi phạm (cá nhân, tổ chức)',
  'count-circumstances': 'Xác định tình tiết giảm nhẹ, tình tiết tăng nặng',
  'exclude-defining-circumstance': 'Loại trừ tình tiết đã được quy định là hành vi vi phạm',
  'offset-circumstances': 'Giảm trừ tình tiết tăng nặng bằng tình tiết giảm nhẹ',
  median: 'Xác định mức trung bình của khung tiền phạt',
  'apply-circumstances': 'Xác định mức tiền phạt cụ thể',
  'officer-choice': 'Người có thẩm quyền quyết định mức phạt trong khung',
  'warning-only': 'Hình thức xử phạt cảnh cáo',
  'warning-possible': 'Có thể áp dụng hình thức cảnh cáo',
  'range-unknown': 'Chưa xác định được khung tiền phạt',
  'suspension-months': 'Xác định thời hạn tước quyền sử dụng giấy phép, đình chỉ hoạt động',
  limitation: 'Kiểm tra thời hiệu xử phạt vi phạm hành chính',
  'explanation-right': 'Xác định quyền giải trình của người vi phạm',
  authority: 'Kiểm tra thẩm quyền xử phạt',
  'lenient-law': 'Áp dụng quy định có lợi cho người vi phạm',
  'merge-suspensions': 'Tổng hợp thời hạn tước quyền sử dụng giấy phép, đình chỉ hoạt động',
  'remaining-licence-term': 'Đối chiếu thời hạn còn lại của giấy phép',
  total: 'Tổng hợp số tiền phạt',
};

/** Collects steps and flags while a worksheet is computed. */
export class Trail {
  readonly steps: WorksheetStep[] = [];
  readonly flags: WorksheetFlag[] = [];

  step(
    key: StepKey,
    act: number | undefined,
    inputs: Record<string, unknown>,
    result: unknown,
    citation: string,
  ): void {
    const s: WorksheetStep = { key, labelVi: STEP_LABELS_VI[key], inputs, result, citation };
    if (act !== undefined) s.act = act;
    this.steps.push(s);
  }

  flag(flag: WorksheetFlag): void {
    this.flags.push(flag);
  }
}
