/** The structured list of what a decision imposes beyond the fine (NĐ 118/2021 Đ8 k2, Đ9 k2 a, k6 a). */
import { computeWorksheet } from './engine/compute';
import type { ActInput, ActWorksheet } from './engine/types';
import { WorksheetInputError } from './errors';
import { checkAddition, checkEdit, decisionLines, formatMonths, imposedOnActs, imposedSuspensions, measureWording, possibleMeasures, prefilledLines } from './sanctions';
import { D8_K4_E, act, fixtureCatalogue } from './testing/fixtures';

const SITE = '119/2020:Đ20.k4.d'; // 40–50M, licence suspension 3–12 months
const worksheetAct = (a: Partial<ActInput>): ActWorksheet => computeWorksheet(fixtureCatalogue(), { acts: [act(a)] }).acts[0];
const LICENCE = { number: '12/GP-TTĐT', label: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp' };
const site = { violationId: 'v1', act: worksheetAct({ code: SITE }), licence: LICENCE };
const mission = { violationId: 'v2', act: worksheetAct({ code: D8_K4_E }), licence: LICENCE };

describe('the structured list', () => {
  it('should pre-fill each act\'s suspension with its licence and months, and its remedial measures', () => {
    const lines = prefilledLines([site, mission]);
    expect(lines.map((l) => [l.key, l.kind, l.description, l.months, l.maxMonths])).toEqual([
      ['v1:licence-suspension:0', 'licence-suspension', 'Tước quyền sử dụng Giấy phép thiết lập trang thông tin điện tử tổng hợp số 12/GP-TTĐT', 7.5, 12],
      ['v2:remedial-measure:0', 'remedial-measure', 'Buộc gỡ bỏ bài viết', null, null],
    ]);
    expect(lines[1].providedBy).toContain('Điều 8 Nghị định số 119/2020/NĐ-CP');
  });

  it('should read the providing clause from the catalogue\'s note and drop the research notes from the wording', () => {
    expect(measureWording('Buộc gỡ bỏ ngay nội dung đã tổng hợp (Đ20 k8 a)')).toEqual({ text: 'Buộc gỡ bỏ ngay nội dung đã tổng hợp', note: 'Đ20 k8 a' });
    expect(measureWording('Tước quyền sử dụng giấy phép thiết lập trang TTĐT tổng hợp. Khung tháng chưa đọc được: 1–12').text).toBe('Tước quyền sử dụng giấy phép thiết lập trang TTĐT tổng hợp');
    expect(measureWording('Tước quyền sử dụng Giấy phép cung cấp dịch vụ mạng xã hội từ 01 đến 03 tháng (Đ94 k4 b)').text).toBe('Tước quyền sử dụng Giấy phép cung cấp dịch vụ mạng xã hội');
  });

  it('should drop a line with its reason, complete remedial lines in order, and count an extra wording as unattached', () => {
    const { lines, unattached, orphanEdits } = decisionLines(
      [site, mission],
      [{ description: 'Buộc gỡ bỏ 37 tin, bài', deadlineDays: 5, deadlineDate: null }, { description: 'Thêm', deadlineDays: null, deadlineDate: null }],
      [{ key: 'v1:licence-suspension:0', dropped: true, reason: 'đã tự khắc phục' }, { key: 'gone', dropped: true, reason: 'x' }],
      [],
    );
    expect(lines.map((l) => [l.key, l.dropped, l.reason, l.description, l.deadlineDays])).toEqual([
      ['v1:licence-suspension:0', true, 'đã tự khắc phục', expect.any(String), null],
      ['v2:remedial-measure:0', false, null, 'Buộc gỡ bỏ 37 tin, bài', 5],
    ]);
    expect([unattached, orphanEdits]).toEqual([1, ['gone']]);
    expect(imposedSuspensions(lines)).toEqual([]);
    expect(imposedOnActs(lines, ['v1', 'v2']).get('v1')).toMatchObject({ licenceSuspensionMonths: 0, remedialMeasureCount: 0 });
    expect(imposedOnActs(lines, ['v1', 'v2']).get('v2')).toMatchObject({ licenceSuspensionMonths: 0, remedialMeasureCount: 1 });
  });

  it('should merge two suspensions of one licence at the longest bracket maximum, counted once (NĐ 118/2021 Đ9 k2 a)', () => {
    const { lines } = decisionLines([site, { ...site, violationId: 'v3' }], [], [], []);
    expect(imposedSuspensions(lines)).toEqual([expect.objectContaining({ months: 12, violationIds: ['v1', 'v3'], basis: 'maximum-of-longest-bracket', citation: 'NĐ 118/2021 Đ9 k2 a' })]);
    const counted = imposedOnActs(lines, ['v1', 'v3']);
    expect([counted.get('v1')?.licenceSuspensionMonths, counted.get('v3')?.licenceSuspensionMonths]).toEqual([12, 0]);
  });

  it('should refuse adding a kind the act\'s clause does not provide, naming the clause', () => {
    expect(() => checkAddition(mission.act, 'remedial-measure')).not.toThrow();
    expect(() => checkAddition(mission.act, 'licence-suspension')).toThrow(WorksheetInputError);
    expect(() => checkAddition(mission.act, 'licence-suspension')).toThrow(/provides only remedial-measure; a licence-suspension cannot be imposed/);
  });

  it('should refuse a change without a reason, and a deadline on a sanction', () => {
    const [line] = prefilledLines([site]);
    expect(() => checkEdit(line, { dropped: true, reason: ' ' })).toThrow(/needs its reason/);
    expect(() => checkEdit(line, { dropped: false, deadlineDays: 5, reason: 'x' })).toThrow(/only a remedial measure has a deadline/);
  });

  it('should state what may apply in the violation record, with the bracket months and the provision', () => {
    expect(possibleMeasures(site.act)).toEqual([expect.stringMatching(/^Tước giấy phép thiết lập trang từ 03 đến 12 tháng, quy định tại Điều 20 Nghị định số 119\/2020\/NĐ-CP/)]);
    expect([formatMonths(2), formatMonths(6.5)]).toEqual(['02 tháng', '6,5 tháng']);
  });
});
