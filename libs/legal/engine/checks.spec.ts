/** Limitation, right to explanation, authority and the lighter later law, each with the rule in the test name. */
import type { SignerTitle } from '../authority';
import { M, TWO_MITIGATING, act, fixtureCatalogue, fixtureRow } from '../testing/fixtures';
import { computeWorksheet } from './compute';
import type { ActInput } from './types';

const catalogue = fixtureCatalogue().withRows([
  // Hypothetical rows for authority and later-law cases (not research figures).
  fixtureRow({
    code: '119/2020:Đ18.k3',
    effectiveFrom: '2022-01-27',
    fine: { minVnd: 400_000_000, maxVnd: 500_000_000, printedFor: 'organisation' },
  }),
  fixtureRow({
    code: '119/2020:Đ18.k2',
    effectiveFrom: '2022-01-27',
    fine: { minVnd: 250_000_000, maxVnd: 300_000_000, printedFor: 'organisation' },
  }),
  fixtureRow({
    code: '119/2020:Đ9.k2',
    effectiveFrom: '2022-01-27',
    effectiveTo: '2026-12-31',
    fine: { minVnd: 20_000_000, maxVnd: 40_000_000, printedFor: 'organisation' },
  }),
  fixtureRow({
    code: '119/2020:Đ9.k2',
    effectiveFrom: '2027-01-01',
    fine: { minVnd: 10_000_000, maxVnd: 30_000_000, printedFor: 'organisation' },
  }),
  fixtureRow({ code: '119/2020:Đ9.k3', effectiveFrom: '2022-01-27', effectiveTo: '2026-12-31' }),
  fixtureRow({ code: '119/2020:Đ9.k4', effectiveFrom: '2022-01-27', effectiveTo: '2026-12-31' }),
  fixtureRow({ code: '119/2020:Đ9.k4', effectiveFrom: '2027-01-01', mainSanction: 'warning', fine: null }),
]);
const one = (a: Partial<ActInput>, decisionDate?: string, title?: SignerTitle) =>
  computeWorksheet(catalogue, { decisionDate, signer: title === undefined ? undefined : { title }, acts: [act(a)] });

describe('limitation (thời hiệu, LXLVPHC Đ6 k1 a, b)', () => {
  it.each([
    ['press: 2 years from the end date, last day included', {}, '2026-03-01', false],
    ['press: time-barred the day after two years', {}, '2026-03-02', true],
    [
      'e-information: 1 year',
      { code: '15/2020:Đ101.k1', endedOn: '2025-01-10', detectedOn: '2025-02-01' },
      '2026-01-10',
      false,
    ],
    [
      'e-information: time-barred after 1 year',
      { code: '15/2020:Đ101.k1', endedOn: '2025-01-10', detectedOn: '2025-02-01' },
      '2026-01-11',
      true,
    ],
    ['publishing: 2 years', { code: '119/2020:Đ30.k1.a' }, '2026-03-02', true],
    [
      'an ongoing act counts from detection (Đ6 k1 b)',
      { endedOn: null, ongoingAtDetection: true, detectedOn: '2024-09-01' },
      '2026-09-01',
      false,
    ],
  ])('%s', (_name, a, decisionDate, barred) => {
    const ws = one(a, decisionDate);
    expect(ws.acts[0].limitation.timeBarred).toBe(barred);
    expect(ws.acts[0].imposedFineVnd === 0).toBe(barred);
  });

  it('records an explicit "not checked" step without a decision date', () => {
    const ws = one({});
    expect(ws.acts[0].limitation).toMatchObject({ checked: false, timeBarred: false, lastDecisionDate: '2026-03-01' });
    expect(ws.steps.find((s) => s.key === 'limitation')?.result).toMatchObject({ checked: false });
  });

  it('drops the fine and suspensions of a time-barred act but keeps remedial measures (LXLVPHC Đ65 k1 a, k2)', () => {
    const ws = one({ code: '119/2020:Đ20.k4.d', licenceRef: 'GP-1' }, '2027-01-01');
    expect(ws.acts[0].imposedFineVnd).toBe(0);
    expect(ws.mergedSuspensions).toEqual([]);
    expect(ws.status).toBe('complete');
    expect(one({}, '2027-01-01').acts[0].remedialMeasures).toHaveLength(1);
  });
});

describe('right to explanation (LXLVPHC Đ61 k1)', () => {
  it.each([
    ['organisation, maximum 60M ≥ 30M', {}, true],
    ['individual, maximum 30M ≥ 15M', { offenderType: 'individual' as const }, true],
    ['individual, maximum exactly 15M', { code: '119/2020:Đ20.k2.a', offenderType: 'individual' as const }, true],
    ['organisation, maximum exactly 30M', { code: '119/2020:Đ20.k2.a' }, true],
    ['organisation, maximum 10M < 30M', { code: '119/2020:Đ21.k2' }, false],
    ['individual, maximum 2.5M < 15M', { code: '119/2020:Đ14.k3.a', offenderType: 'individual' as const }, false],
    ['warning only, no suspension', { code: '119/2020:Đ12.k1' }, false],
    ['any suspension, whatever the amount', { code: '119/2020:Đ11.k4', offenderType: 'individual' as const }, true],
    ['unknown range: granted to be safe', { code: '119/2020:Đ8.k5.b' }, true],
  ])('%s', (_name, a, applies) => {
    expect(one(a).acts[0].explanationRight.applies).toBe(applies);
  });
});

describe('authority (thẩm quyền xử phạt) by decision date', () => {
  it.each<[string, Partial<ActInput>, string, SignerTitle, boolean | null, SignerTitle | null]>([
    [
      'NĐ 189/2025 Đ6 k2 b: Giám đốc Sở covers 60M (cap 400M for an organisation, press)',
      {},
      '2025-07-01',
      'department-director',
      true,
      null,
    ],
    [
      "NĐ 189/2025 Đ6 k2 b: 500M is over the director's 400M → provincial chair (Đ5 k2 b)",
      { code: '119/2020:Đ18.k3' },
      '2025-08-01',
      'department-director',
      false,
      'provincial-chair',
    ],
    [
      'LXLVPHC Đ52 k1: an individual cap is half (director 200M covers 250M org-printed → 125M)',
      { code: '119/2020:Đ18.k3', offenderType: 'individual' },
      '2025-08-01',
      'department-director',
      false,
      'provincial-chair',
    ],
    [
      'pre-2025 (NĐ 119 Ch. IV): a director had no cap → Chánh Thanh tra Sở',
      {},
      '2025-06-30',
      'department-director',
      false,
      'department-chief-inspector',
    ],
    [
      'Luật Thanh tra 84/2025: Chánh Thanh tra Sở abolished from 2025-07-01 → the lowest covering title',
      {},
      '2025-07-01',
      'department-chief-inspector',
      false,
      'commune-chair',
    ],
    [
      "Luật Thanh tra 84/2025: over the commune chair's 250M the case goes to Giám đốc Sở",
      { code: '119/2020:Đ18.k2' },
      '2025-07-01',
      'department-chief-inspector',
      false,
      'department-director',
    ],
    [
      'NĐ 189/2025 Đ5 k1 b: commune chair 50% covers 250M for an organisation',
      { code: '119/2020:Đ8.k3.a' },
      '2025-08-01',
      'commune-chair',
      true,
      null,
    ],
    [
      'NĐ 189/2025 Đ6 k4: team leader at 80% on 2026-09-25 covers 300M',
      { code: '119/2020:Đ18.k2' },
      '2026-09-25',
      'inspection-team-leader',
      true,
      null,
    ],
    [
      'NĐ 311/2026 Đ1 k4: team leader at 50% from 2026-09-26 no longer covers 300M → Giám đốc Sở',
      { code: '119/2020:Đ18.k2' },
      '2026-09-26',
      'inspection-team-leader',
      false,
      'department-director',
    ],
    [
      'NĐ 311/2026 Đ1 k2: Chánh Thanh tra tỉnh exists only from 2026-09-26',
      {},
      '2026-09-25',
      'provincial-chief-inspector',
      false,
      'commune-chair',
    ],
    [
      'NĐ 311/2026 Đ1 k2: Chánh Thanh tra tỉnh at 80% from 2026-09-26',
      {},
      '2026-09-26',
      'provincial-chief-inspector',
      true,
      null,
    ],
    [
      'NĐ 189/2025 Đ7 k1: a Thanh tra viên may not suspend → commune chair',
      { code: '119/2020:Đ20.k4.d', licenceRef: 'GP-1' },
      '2026-10-01',
      'inspector',
      false,
      'commune-chair',
    ],
    [
      'no authority figures for e-information before 2025-07-01 (NĐ 15/2020 not researched)',
      { code: '15/2020:Đ101.k1', endedOn: '2024-01-10', detectedOn: '2024-01-20' },
      '2024-02-01',
      'department-director',
      null,
      null,
    ],
    [
      'an unknown range cannot be compared',
      { code: '119/2020:Đ8.k5.b' },
      '2025-08-01',
      'department-director',
      null,
      null,
    ],
  ])('%s', (_name, a, decisionDate, title, within, mustGoTo) => {
    const check = one(a, decisionDate, title).acts[0].authority;
    expect(check?.withinAuthority).toBe(within);
    if (check?.withinAuthority === false) expect(check.mustGoTo).toBe(mustGoTo);
  });

  it('flags unconfirmed caps (the press maximum behind NĐ 189 is INFERRED)', () => {
    const ws = one({}, '2025-08-01', 'department-director');
    expect(ws.acts[0].authority).toMatchObject({ capVnd: 400_000_000, confirmed: false });
    expect(ws.flags).toContainEqual(expect.objectContaining({ kind: 'unconfirmed-authority-figure', act: 0 }));
  });

  it('measures the bracket maximum, and flags when only the amount would fit (LXLVPHC Đ52 k1)', () => {
    const ws = one({ mitigating: TWO_MITIGATING }, '2026-10-01', 'inspector'); // amount 40M, max 60M, cap 50M org
    expect(ws.acts[0].authority).toMatchObject({ withinAuthority: false, capVnd: 50_000_000, basisVnd: 60_000_000 });
    expect(ws.flags).toContainEqual(expect.objectContaining({ kind: 'authority-basis' }));
  });

  it('records an explicit "not checked" step without a signer', () => {
    const ws = one({}, '2025-08-01');
    expect(ws.acts[0].authority).toBeNull();
    expect(ws.steps.find((s) => s.key === 'authority')?.result).toMatchObject({ checked: false });
  });
});

describe('lighter later law (NĐ 118/2021 Đ7 k1 → Luật BHVBQPPL Đ156 k3)', () => {
  it('proposes a later version with a lower maximum, reporting both', () => {
    const ws = one({ code: '119/2020:Đ9.k2', endedOn: '2026-06-01', detectedOn: '2026-06-10' }, '2027-02-01');
    const law = ws.acts[0].lenientLaw;
    expect(ws.acts[0].fine.amountVnd).toBe(30_000_000);
    expect(law).toMatchObject({
      lighter: true,
      proposed: 'later-version',
      laterApplied: { minVnd: 10_000_000, maxVnd: 30_000_000 },
    });
    expect(law?.laterVersion?.effectiveFrom).toBe('2027-01-01');
    expect(ws.flags).toContainEqual(expect.objectContaining({ kind: 'more-lenient-later-law', act: 0 }));
  });

  it('proposes a later version that only warns', () => {
    const ws = one({ code: '119/2020:Đ9.k4', endedOn: '2026-06-01', detectedOn: '2026-06-10' }, '2027-02-01');
    expect(ws.acts[0].lenientLaw).toMatchObject({ lighter: true, laterMainSanction: 'warning' });
  });

  it('keeps the applied version when the later one is heavier (NĐ 14/2022 raised Đ7 k1)', () => {
    const ws = one({ code: '119/2020:Đ7.k1', endedOn: '2021-06-01', detectedOn: '2021-07-01' }, '2021-12-01');
    expect(ws.acts[0].lenientLaw).toBeNull(); // same version still in force on the decision date
    const later = one({ code: '119/2020:Đ7.k1', endedOn: '2022-01-20', detectedOn: '2022-01-21' }, '2022-02-01');
    expect(later.acts[0].lenientLaw).toMatchObject({ lighter: false, proposed: 'applied-version' });
  });

  it('compares with the successor code when the old decree has ended (NĐ 174/2026 replaces NĐ 15/2020)', () => {
    const ws = one({ code: '15/2020:Đ101.k1', endedOn: '2026-06-01', detectedOn: '2026-06-05' }, '2026-08-01');
    expect(ws.acts[0].lenientLaw).toMatchObject({
      lighter: false,
      laterCodes: ['174/2026:Đ95.k1.a'],
      laterApplied: { minVnd: 20_000_000, maxVnd: 30_000_000 },
    });
  });

  it('flags an act whose code has no version and no successor on the decision date', () => {
    const ws = one({ code: '119/2020:Đ9.k3', endedOn: '2026-06-01', detectedOn: '2026-06-10' }, '2027-02-01');
    expect(ws.acts[0].lenientLaw).toMatchObject({ laterVersion: null, lighter: false });
    expect(ws.flags).toContainEqual(expect.objectContaining({ kind: 'no-longer-listed' }));
  });
});

describe('unverified rows', () => {
  it('flags every unverified row used, once per act', () => {
    const ws = computeWorksheet(catalogue, {
      acts: [
        act(),
        act({ code: '119/2020:Đ5.k3.b' }),
        act({ code: '119/2020:Đ14.k3.a', aggravating: [M('Đ10.k1.b')] }),
      ],
    });
    expect(ws.flags.filter((f) => f.kind === 'unverified-row').map((f) => f.code)).toEqual([
      '119/2020:Đ8.k4.e',
      '119/2020:Đ5.k3.b',
    ]);
  });
});
