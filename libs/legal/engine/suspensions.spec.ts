/** Suspension months and merging (NĐ 118/2021 Đ9 k2, k6, k7). */
import { D8_SERIOUS, M, TWO_AGGRAVATING, TWO_MITIGATING, act, fixtureCatalogue } from '../testing/fixtures';
import { computeWorksheet } from './compute';
import type { ActInput } from './types';

const catalogue = fixtureCatalogue();
const run = (acts: ActInput[], decisionDate?: string) => computeWorksheet(catalogue, { decisionDate, acts });
const D20 = (a: Partial<ActInput> = {}) => act({ code: '119/2020:Đ20.k4.d', licenceRef: 'GP-TTĐT-1', ...a }); // 3–12 months
const SERIOUS = (a: Partial<ActInput> = {}) =>
  act({ code: D8_SERIOUS, licenceRef: 'GP-TTĐT-1', ...a }); // 1–3 months

describe('suspension months (NĐ 118/2021 Đ9 k7)', () => {
  it.each([
    ['median of 3–12 is 7.5 months, flagged as a half month', {}, 7.5],
    ['two mitigating → minimum 3 months', { mitigating: TWO_MITIGATING }, 3],
    ['two aggravating → maximum 12 months', { aggravating: TWO_AGGRAVATING }, 12],
  ])('%s', (_name, a, months) => {
    const ws = run([D20(a)]);
    expect(ws.acts[0].suspensions[0].months).toBe(months);
    expect(ws.mergedSuspensions).toEqual([
      expect.objectContaining({ months, basis: 'single-act', citation: 'NĐ 118/2021 Đ9 k7' }),
    ]);
    expect(ws.flags.some((f) => f.kind === 'half-month-suspension')).toBe(!Number.isInteger(months));
  });

  it('gives the band and waits for the officer with one aggravating circumstance', () => {
    const ws = run([D20({ aggravating: [M('Đ10.k1.b')] })]);
    expect(ws.acts[0].suspensions[0]).toMatchObject({
      band: { minMonths: 7.5, maxMonths: 12 },
      months: null,
      status: 'needs-officer-choice',
      suggestedMonths: 10,
    });
    expect(ws.mergedSuspensions[0].months).toBeNull();
    expect(ws.status).toBe('needs-officer-choice');
  });

  it('accepts chosen months and a chosen amount inside their bands', () => {
    const ws = run([
      D20({
        aggravating: [M('Đ10.k1.b')],
        chosenSuspensionMonths: 9,
        chosenAmountVnd: 48_000_000,
        chosenAmountReason: 'repeated in 2025',
      }),
    ]);
    expect(ws.acts[0].suspensions[0]).toMatchObject({ months: 9, source: 'officer-choice' });
    expect(ws.status).toBe('complete');
  });

  it('rejects chosen months outside the band', () => {
    expect(() =>
      run([D20({ aggravating: [M('Đ10.k1.b')], chosenSuspensionMonths: 6, chosenAmountReason: 'x' })]),
    ).toThrow('acts[0].chosenSuspensionMonths');
  });
});

describe('merging suspensions', () => {
  it('suspends the same licence once, at the maximum of the longest bracket (NĐ 118/2021 Đ9 k2 a)', () => {
    const ws = run([D20(), SERIOUS()]);
    expect(ws.mergedSuspensions).toEqual([
      expect.objectContaining({
        kind: 'licence-suspension',
        licenceRef: 'GP-TTĐT-1',
        acts: [0, 1],
        months: 12,
        basis: 'maximum-of-longest-bracket',
        citation: 'NĐ 118/2021 Đ9 k2 a',
      }),
    ]);
  });

  it('keeps suspensions of different licences apart (NĐ 118/2021 Đ9 k2 a)', () => {
    const ws = run([D20(), SERIOUS({ licenceRef: 'GP-BC-2' })]);
    expect(ws.mergedSuspensions.map((s) => [s.licenceRef, s.months])).toEqual([
      ['GP-TTĐT-1', 7.5],
      ['GP-BC-2', 2],
    ]);
  });

  it('flags licence suspensions without a licence reference when there are several', () => {
    const ws = run([D20({ licenceRef: undefined }), SERIOUS()]);
    expect(ws.mergedSuspensions).toHaveLength(2);
    expect(ws.flags).toContainEqual(expect.objectContaining({ kind: 'licence-without-ref' }));
  });

  it("caps a suspension at the licence's remaining term (NĐ 118/2021 Đ9 k2 c)", () => {
    const ws = run(
      [
        D20({ endedOn: '2024-12-01', detectedOn: '2024-12-10', licenceExpiresOn: '2025-03-01' }),
        SERIOUS({ endedOn: '2024-12-01', detectedOn: '2024-12-10' }),
      ],
      '2025-01-01',
    );
    expect(ws.mergedSuspensions[0]).toMatchObject({
      months: 12,
      cappedUntil: '2025-03-01',
      remainingTermChecked: true,
      citation: 'NĐ 118/2021 Đ9 k2 a; NĐ 118/2021 Đ9 k2 c',
    });
  });

  it('does not cap when the licence outlasts the suspension, and says when it could not check', () => {
    expect(run([D20({ licenceExpiresOn: '2030-01-01' })], '2024-04-01').mergedSuspensions[0]).toMatchObject({
      cappedUntil: null,
      remainingTermChecked: true,
    });
    expect(run([D20({ licenceExpiresOn: '2030-01-01' })]).mergedSuspensions[0]).toMatchObject({
      cappedUntil: null,
      remainingTermChecked: false,
    });
  });

  it('merges several activity suspensions at the maximum of the longest bracket (NĐ 118/2021 Đ9 k6 a)', () => {
    const ws = run([act({ code: '119/2020:Đ11.k3' }), act({ code: '119/2020:Đ11.k4' })]);
    expect(ws.acts.map((a) => a.suspensions[0].months)).toEqual([6.5, 2]);
    expect(ws.mergedSuspensions).toEqual([
      expect.objectContaining({ kind: 'activity-suspension', months: 12, citation: 'NĐ 118/2021 Đ9 k6 a' }),
    ]);
  });

  it('lists confiscation among the other additional sanctions', () => {
    expect(run([act({ code: '119/2020:Đ11.k4' })]).acts[0].otherAdditionalSanctions.map((s) => s.kind)).toEqual([
      'confiscation',
    ]);
  });
});
