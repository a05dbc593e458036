/** The officer's choice inside a band (LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1 b, k7), on frozen single-act worksheets. */
import { computeWorksheet } from './engine/compute';
import type { ActInput } from './engine/types';
import { WorksheetInputError } from './errors';
import { applyOfficerChoice, checkOfficerChoice, choiceBands, describeBand } from './officer-choice';
import { D8_K4_E, M, TWO_MITIGATING, act, fixtureCatalogue } from './testing/fixtures';

const SITE = '119/2020:Đ20.k4.d'; // 40–50M, suspension 3–12 months
const frozen = (a: Partial<ActInput>) => computeWorksheet(fixtureCatalogue(), { acts: [act(a)] });
const problem = (f: () => unknown): { path: string; problem: string } => {
  try {
    f();
  } catch (e) {
    if (e instanceof WorksheetInputError) return { path: e.path, problem: e.problem };
    throw e;
  }
  throw new Error('expected a WorksheetInputError');
};

describe('choice bands', () => {
  it('should leave the lower half of the bracket to the officer with one mitigating circumstance', () => {
    const ws = frozen({ mitigating: [M('Đ9.k1')] });
    expect(ws.acts[0].status).toBe('needs-officer-choice');
    const bands = choiceBands(ws.acts[0]);
    expect(bands).toMatchObject({ amount: { minVnd: 40_000_000, maxVnd: 50_000_000 }, months: null });
    expect(bands.citation).toContain('LXLVPHC Đ23 k4 (01 tình tiết giảm nhẹ');
    expect(describeBand(bands)).toBe('40.000.000 đồng đến 50.000.000 đồng');
  });

  it('should leave nothing when the law fixes the figures (no circumstance, or two mitigating)', () => {
    expect(choiceBands(frozen({}).acts[0])).toMatchObject({ amount: null, months: null });
    expect(choiceBands(frozen({ mitigating: TWO_MITIGATING }).acts[0])).toMatchObject({ amount: null, months: null });
  });

  it('should leave the upper half of the months with one aggravating circumstance (NĐ 118/2021 Đ9 k7)', () => {
    const bands = choiceBands(frozen({ code: SITE, aggravating: [M('Đ10.k1.b')] }).acts[0]);
    expect(bands).toMatchObject({ amount: { minVnd: 45_000_000, maxVnd: 50_000_000 }, months: { minMonths: 7.5, maxMonths: 12 } });
  });
});

describe('applying the choice to the frozen worksheet', () => {
  it('should set the amount, its reason and a cited step, and complete the act (as computing with the choice does)', () => {
    const ws = frozen({ mitigating: [M('Đ9.k1')] });
    const chosen = applyOfficerChoice(ws, { amountVnd: 45_000_000, reason: 'khắc phục một phần hậu quả' });
    const direct = frozen({ mitigating: [M('Đ9.k1')], chosenAmountVnd: 45_000_000, chosenAmountReason: 'khắc phục một phần hậu quả' });
    expect(chosen.acts[0].fine).toEqual(direct.acts[0].fine);
    expect([chosen.acts[0].imposedFineVnd, chosen.acts[0].status, chosen.totalFineVnd, chosen.status]).toEqual([45_000_000, 'complete', 45_000_000, 'complete']);
    expect(chosen.steps.at(-1)).toMatchObject({ key: 'officer-choice', act: 0, inputs: { bandVnd: [40_000_000, 50_000_000], chosenVnd: 45_000_000 }, citation: expect.stringContaining('LXLVPHC Đ23 k4') });
    expect(ws.acts[0].status).toBe('needs-officer-choice');
  });

  it('should set the suspension months and wait for the amount when only the months are chosen', () => {
    const ws = frozen({ code: SITE, aggravating: [M('Đ10.k1.b')], licenceRef: '12/GP-TTĐT' });
    const months = applyOfficerChoice(ws, { suspensionMonths: 9, reason: 'vi phạm kéo dài' });
    expect(months.acts[0].suspensions[0]).toMatchObject({ months: 9, source: 'officer-choice', status: 'computed' });
    expect(months.mergedSuspensions[0].months).toBe(9);
    expect(months.acts[0].status).toBe('needs-officer-choice');
    const both = applyOfficerChoice(ws, { amountVnd: 48_000_000, suspensionMonths: 9.5, reason: 'vi phạm kéo dài' });
    expect([both.acts[0].status, both.flags.some((f) => f.kind === 'half-month-suspension')]).toEqual(['complete', true]);
  });

  it('should refuse a figure outside the band, naming the field and the band', () => {
    const act0 = frozen({ mitigating: [M('Đ9.k1')] }).acts[0];
    expect(problem(() => checkOfficerChoice(act0, { amountVnd: 55_000_000, reason: 'x' }))).toEqual({
      path: 'amountVnd',
      problem: expect.stringContaining(`${D8_K4_E}: 55.000.000 đồng is outside the band 40.000.000 đồng to 50.000.000 đồng`),
    });
    expect(problem(() => checkOfficerChoice(act0, { amountVnd: 45_000_000, reason: '  ' })).path).toBe('reason');
    const site = frozen({ code: SITE, aggravating: [M('Đ10.k1.b')] }).acts[0];
    expect(problem(() => checkOfficerChoice(site, { suspensionMonths: 7, reason: 'x' }))).toEqual({ path: 'suspensionMonths', problem: expect.stringContaining('7 tháng is outside the band 7,5 tháng to 12 tháng') });
    expect(problem(() => checkOfficerChoice(site, { suspensionMonths: 8.25, reason: 'x' })).path).toBe('suspensionMonths');
  });

  it('should refuse any choice where the law fixes the figure', () => {
    expect(problem(() => checkOfficerChoice(frozen({}).acts[0], { amountVnd: 50_000_000, reason: 'x' })).problem).toContain('the law fixes the amount');
    expect(problem(() => checkOfficerChoice(frozen({ mitigating: [M('Đ9.k1')] }).acts[0], { suspensionMonths: 2, reason: 'x' })).problem).toContain('carries no suspension');
  });
});
