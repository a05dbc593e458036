/** The acceptance examples of the brief, on the fixture row 119/2020:Đ8.k4.e (40–60M organisation from 2022-01-27). */
import { NoVersionInForceError } from '../errors';
import { D8_K4_E, M, TWO_MITIGATING, act, fixtureCatalogue } from '../testing/fixtures';
import { computeWorksheet } from './compute';
import type { ActInput, Worksheet } from './types';

const catalogue = fixtureCatalogue();
const one = (a: Partial<ActInput>, decisionDate?: string): Worksheet =>
  computeWorksheet(catalogue, { decisionDate, acts: [act(a)] });

describe('acceptance: 119/2020:Đ8.k4.e', () => {
  it('fines an organisation 50 000 000 with no circumstances, citing NĐ 119/2020 Đ8 k4 điểm e, NĐ 14/2022 and LXLVPHC Đ23, flagged unverified', () => {
    const ws = one({});
    expect(ws.acts[0].fine.amountVnd).toBe(50_000_000);
    expect(ws.totalFineVnd).toBe(50_000_000);
    expect(ws.status).toBe('complete');
    const citations = ws.steps.map((s) => s.citation).join(' | ');
    expect(citations).toContain('NĐ 119/2020 Đ8 k4 điểm e');
    expect(citations).toContain('NĐ 14/2022');
    expect(citations).toContain('LXLVPHC Đ23');
    expect(ws.flags).toContainEqual(expect.objectContaining({ kind: 'unverified-row', code: D8_K4_E }));
    expect(ws.acts[0].version.citationVi).toBe(
      'điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi, bổ sung bởi điểm c khoản 10 Điều 2 Nghị định số 14/2022/NĐ-CP',
    );
  });

  it('fines an individual 25 000 000 (half of the organisation amount, NĐ 119/2020 Đ4 k2)', () => {
    const ws = one({ offenderType: 'individual' });
    expect(ws.acts[0].fine.applied).toEqual({
      minVnd: 20_000_000,
      maxVnd: 30_000_000,
      offenderType: 'individual',
      medianVnd: 25_000_000,
    });
    expect(ws.totalFineVnd).toBe(25_000_000);
  });

  it('fines the minimum 40 000 000 with two mitigating circumstances (NĐ 118/2021 Đ9 k1 b)', () => {
    expect(one({ mitigating: TWO_MITIGATING }).totalFineVnd).toBe(40_000_000);
  });

  it('fines 50 000 000 when one mitigating offsets one aggravating (NĐ 118/2021 Đ9 k1 a)', () => {
    const ws = one({ mitigating: [M('Đ9.k2')], aggravating: [M('Đ10.k1.b')] });
    expect(ws.acts[0].fine.net).toBe(0);
    expect(ws.totalFineVnd).toBe(50_000_000);
  });

  it('returns the band [40 000 000, 50 000 000] and needs-officer-choice with one mitigating and no chosen amount (LXLVPHC Đ23 k4)', () => {
    const ws = one({ mitigating: [M('Đ9.k1')] });
    expect(ws.acts[0].fine.band).toEqual({ minVnd: 40_000_000, maxVnd: 50_000_000 });
    expect(ws.acts[0].fine.amountVnd).toBeNull();
    expect(ws.acts[0].fine.suggestedVnd).toBe(45_000_000);
    expect(ws.status).toBe('needs-officer-choice');
    expect(ws.totalFineVnd).toBeNull();
  });

  it('resolves an act ended 2021-06-01 to the 2020 version (NĐ 118/2021 Đ7 k2 a)', () => {
    const ws = one({ endedOn: '2021-06-01', detectedOn: '2021-07-01' });
    expect(ws.acts[0].version.effectiveFrom).toBe('2020-12-01');
    expect(ws.acts[0].version.amendedBy).toBeNull();
    expect(ws.acts[0].fine.status).toBe('range-unknown');
    expect(ws.status).toBe('incomplete');
  });

  it('throws NoVersionInForceError naming the code and the date when no version is in force', () => {
    const run = () => one({ endedOn: '2020-06-01', detectedOn: '2020-07-01' });
    expect(run).toThrow(NoVersionInForceError);
    expect(run).toThrow(`no version of ${D8_K4_E} in force on 2020-06-01`);
  });

  it('marks a press act ended 2024-06-01 and decided 2027-01-01 (detected then) as time-barred (LXLVPHC Đ6 k1 a)', () => {
    const ws = one({ endedOn: '2024-06-01', detectedOn: '2027-01-01' }, '2027-01-01');
    expect(ws.acts[0].limitation).toMatchObject({ timeBarred: true, lastDecisionDate: '2026-06-01', years: 2 });
    expect(ws.acts[0].imposedFineVnd).toBe(0);
    expect(ws.flags).toContainEqual(expect.objectContaining({ kind: 'time-barred', act: 0 }));
  });
});
