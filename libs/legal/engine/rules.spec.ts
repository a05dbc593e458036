/** Table tests for the amount rules, version resolution and input validation; each names the rule it checks. */
import { NoVersionInForceError, WorksheetInputError } from '../errors';
import { D8_K4_E, M, TWO_AGGRAVATING, TWO_MITIGATING, act, fixtureCatalogue } from '../testing/fixtures';
import { computeWorksheet } from './compute';
import type { ActInput, WorksheetInput } from './types';

const catalogue = fixtureCatalogue();
const run = (input: Partial<WorksheetInput> & { acts: ActInput[] }) => computeWorksheet(catalogue, input);
const fineOf = (a: Partial<ActInput>) => run({ acts: [act(a)] }).acts[0].fine;

describe('version resolution (NĐ 118/2021 Đ7 k2, Đ8 k1)', () => {
  it.each([
    [
      'an act ended 2022-01-26 uses the original text',
      { endedOn: '2022-01-26', detectedOn: '2022-02-10' },
      '2020-12-01',
    ],
    [
      'an act ended 2022-01-27 uses the text amended by NĐ 14/2022',
      { endedOn: '2022-01-27', detectedOn: '2022-02-10' },
      '2022-01-27',
    ],
    [
      'an act ongoing when detected on 2022-02-10 uses the text in force at detection (Đ7 k2 b)',
      { endedOn: null, ongoingAtDetection: true, committedOn: '2021-06-01', detectedOn: '2022-02-10' },
      '2022-01-27',
    ],
  ])('%s', (_name, dates, from) => {
    const ws = run({ acts: [act({ code: '119/2020:Đ7.k1', ...dates })] });
    expect(ws.acts[0].version.effectiveFrom).toBe(from);
    expect(ws.steps.find((s) => s.key === 'resolve-version')?.citation).toMatch(
      /^NĐ 118\/2021 Đ7 k2 [ab]; NĐ 119\/2020 Đ7 k1/,
    );
  });

  it('uses NĐ 15/2020 for an e-information act ended 2026-06-30 (NĐ 174/2026 in force 2026-07-01)', () => {
    const ws = run({ acts: [act({ code: '15/2020:Đ101.k1', endedOn: '2026-06-30', detectedOn: '2026-07-02' })] });
    expect(ws.acts[0].version.effectiveTo).toBe('2026-06-30');
  });

  it('refuses a NĐ 15/2020 code for an act ongoing on 2026-07-01 and names the NĐ 174/2026 successor', () => {
    const go = () =>
      run({
        acts: [act({ code: '15/2020:Đ101.k1', endedOn: null, ongoingAtDetection: true, detectedOn: '2026-07-01' })],
      });
    expect(go).toThrow(NoVersionInForceError);
    expect(go).toThrow('replaced by 174/2026:Đ95.k1.a');
  });
});

describe('amount by net circumstances (LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1)', () => {
  const three = [M('Đ9.k1'), M('Đ9.k2'), M('Đ9.k6')];
  it.each([
    ['three mitigating → minimum (Đ9 k1 b)', { mitigating: three }, 40_000_000, null],
    ['two mitigating → minimum (Đ9 k1 b)', { mitigating: TWO_MITIGATING }, 40_000_000, null],
    ['none → median (Đ23 k4; Đ9 k1 b)', {}, 50_000_000, null],
    ['two aggravating → maximum (Đ9 k1 b)', { aggravating: TWO_AGGRAVATING }, 60_000_000, null],
    [
      'three aggravating, one mitigating → net 2 → maximum (Đ9 k1 a, b)',
      { aggravating: [...TWO_AGGRAVATING, M('Đ10.k1.k')], mitigating: [M('Đ9.k1')] },
      60_000_000,
      null,
    ],
    ['one mitigating → band min–median (Đ23 k4)', { mitigating: [M('Đ9.k1')] }, null, [40_000_000, 50_000_000]],
    ['one aggravating → band median–max (Đ23 k4)', { aggravating: [M('Đ10.k1.b')] }, null, [50_000_000, 60_000_000]],
    [
      'two mitigating, one aggravating → net one mitigating → band (Đ9 k1 a)',
      { mitigating: TWO_MITIGATING, aggravating: [M('Đ10.k1.b')] },
      null,
      [40_000_000, 50_000_000],
    ],
  ])('%s', (_name, circumstances, amount, band) => {
    const fine = fineOf(circumstances);
    expect(fine.amountVnd).toBe(amount);
    if (band !== null) {
      expect(fine.band).toEqual({ minVnd: band[0], maxVnd: band[1] });
      expect(fine.status).toBe('needs-officer-choice');
    }
  });

  it('accepts an officer-chosen amount inside the band with a reason (LXLVPHC Đ23 k4)', () => {
    const ws = run({
      acts: [
        act({
          aggravating: [M('Đ10.k1.b')],
          chosenAmountVnd: 55_000_000,
          chosenAmountReason: 'second offence in a year',
        }),
      ],
    });
    expect(ws.acts[0].fine).toMatchObject({
      amountVnd: 55_000_000,
      amountSource: 'officer-choice',
      chosenAmountReason: 'second offence in a year',
    });
    expect(ws.steps.map((s) => s.key)).toContain('officer-choice');
    expect(ws.status).toBe('complete');
  });

  it('doubles an individual-printed range for an organisation (NĐ 119/2020 Đ4 k2; LXLVPHC Đ24 k2)', () => {
    const fine = fineOf({ code: '119/2020:Đ6.k2.a', offenderType: 'organisation' });
    expect(fine.printed).toEqual({ minVnd: 10_000_000, maxVnd: 30_000_000, printedFor: 'individual' });
    expect(fine.applied).toMatchObject({ minVnd: 20_000_000, maxVnd: 60_000_000, medianVnd: 40_000_000 });
    expect(fine.amountVnd).toBe(40_000_000);
  });

  it('imposes no fine on a warning-only row (cảnh cáo)', () => {
    const ws = run({ acts: [act({ code: '119/2020:Đ12.k1' })] });
    expect(ws.acts[0].fine.status).toBe('warning-only');
    expect([ws.acts[0].imposedFineVnd, ws.totalFineVnd, ws.status]).toEqual([0, 0, 'complete']);
  });

  it('computes the fine on a warning-or-fine row and notes that a warning is possible (LXLVPHC Đ22)', () => {
    const ws = run({ acts: [act({ code: '119/2020:Đ8.k1' })] });
    expect(ws.acts[0].fine).toMatchObject({ amountVnd: 1_250_000, warningPossible: true });
    expect(ws.flags).toContainEqual(expect.objectContaining({ kind: 'warning-possible' }));
  });

  it('reports range-unknown and leaves the total open when the row has no known range', () => {
    const ws = run({ acts: [act(), act({ code: '119/2020:Đ8.k5.b' })] });
    expect(ws.acts[1].fine.status).toBe('range-unknown');
    expect([ws.status, ws.totalFineVnd, ws.knownFineSubtotalVnd]).toEqual(['incomplete', null, 50_000_000]);
  });

  it('ignores an aggravating circumstance that already defines the act (LXLVPHC Đ10 k2)', () => {
    const ws = run({ acts: [act({ code: '119/2020:Đ21.k2', aggravating: [M('Đ10.k1.b')] })] });
    expect(ws.acts[0].ignoredCircumstances).toEqual([
      expect.objectContaining({ code: 'Đ10.k1.b', citation: 'LXLVPHC Đ10 k2' }),
    ]);
    expect(ws.acts[0].fine).toMatchObject({ net: 0, amountVnd: 7_500_000 });
    expect(ws.steps.find((s) => s.key === 'exclude-defining-circumstance')?.citation).toBe('LXLVPHC Đ10 k2');
  });

  it('sums one line per act into the total (LXLVPHC Đ67 k1; MQĐ02 mục 6a)', () => {
    const ws = run({ acts: [act(), act({ code: '119/2020:Đ5.k3.b' }), act({ code: '119/2020:Đ12.k1' })] });
    expect(ws.acts.map((a) => a.imposedFineVnd)).toEqual([50_000_000, 22_500_000, 0]);
    expect(ws.totalFineVnd).toBe(72_500_000);
    expect(ws.steps.at(-1)).toMatchObject({ key: 'total', citation: 'LXLVPHC Đ67 k1; mẫu MQĐ02 mục 6a' });
  });

  it('produces plain JSON and an engine version', () => {
    const ws = run({
      decisionDate: '2025-08-01',
      signer: { title: 'department-director' },
      acts: [act(), act({ code: '119/2020:Đ20.k4.d', licenceRef: 'GP-1' })],
    });
    expect(JSON.parse(JSON.stringify(ws))).toEqual(ws);
    expect(ws.engineVersion).toMatch(/^press-inspect-legal-engine\//);
    for (const s of ws.steps) expect(s.labelVi.length * s.citation.length).toBeGreaterThan(0);
  });
});

describe('input validation names the field path (WorksheetInputError)', () => {
  const cases: [string, Partial<WorksheetInput> & { acts: ActInput[] }, string][] = [
    ['no acts', { acts: [] }, 'acts'],
    ['an ended act without an end date', { acts: [act({ endedOn: undefined })] }, 'acts[0].endedOn'],
    [
      'an end date after detection (NĐ 118/2021 Đ8 k1 a)',
      { acts: [act({ endedOn: '2024-03-06' })] },
      'acts[0].endedOn',
    ],
    [
      'an ongoing act with an end date (NĐ 118/2021 Đ8 k1 b)',
      { acts: [act({ ongoingAtDetection: true })] },
      'acts[0].endedOn',
    ],
    ['a start after the end', { acts: [act({ committedOn: '2024-04-01' })] }, 'acts[0].committedOn'],
    ['an impossible detection date', { acts: [act({ detectedOn: '2024-02-30' })] }, 'acts[0].detectedOn'],
    [
      'an unknown offender type',
      { acts: [act({ offenderType: 'company' as 'organisation' })] },
      'acts[0].offenderType',
    ],
    ['an unknown mitigating code', { acts: [act({ mitigating: [M('Đ10.k1.b')] })] }, 'acts[0].mitigating[0].code'],
    [
      'the same aggravating circumstance twice',
      { acts: [act({ aggravating: [M('Đ10.k1.b'), M('Đ10.k1.b')] })] },
      'acts[0].aggravating[1].code',
    ],
    ['a decision dated before detection', { decisionDate: '2024-03-04', acts: [act()] }, 'decisionDate'],
    ['an unknown signer', { signer: { title: 'mayor' as 'provincial-chair' }, acts: [act()] }, 'signer.title'],
    [
      'a fractional chosen amount',
      { acts: [act({ mitigating: [M('Đ9.k1')], chosenAmountVnd: 45_000_000.5, chosenAmountReason: 'x' })] },
      'acts[0].chosenAmountVnd',
    ],
    [
      'a chosen amount without a reason',
      { acts: [act({ mitigating: [M('Đ9.k1')], chosenAmountVnd: 45_000_000 })] },
      'acts[0].chosenAmountReason',
    ],
    [
      'a blank reason',
      { acts: [act({ mitigating: [M('Đ9.k1')], chosenAmountVnd: 45_000_000, chosenAmountReason: '  ' })] },
      'acts[0].chosenAmountReason',
    ],
    [
      'a chosen amount below the band (LXLVPHC Đ23 k4)',
      { acts: [act({ mitigating: [M('Đ9.k1')], chosenAmountVnd: 39_500_000, chosenAmountReason: 'x' })] },
      'acts[0].chosenAmountVnd',
    ],
    [
      'a chosen amount above the band (LXLVPHC Đ23 k4)',
      { acts: [act({ mitigating: [M('Đ9.k1')], chosenAmountVnd: 50_500_000, chosenAmountReason: 'x' })] },
      'acts[0].chosenAmountVnd',
    ],
    [
      'a chosen amount with no circumstances (NĐ 118/2021 Đ9 k1 b)',
      { acts: [act({ chosenAmountVnd: 50_000_000, chosenAmountReason: 'x' })] },
      'acts[0].chosenAmountVnd',
    ],
    [
      'a chosen amount with two mitigating (NĐ 118/2021 Đ9 k1 b)',
      { acts: [act({ mitigating: TWO_MITIGATING, chosenAmountVnd: 40_000_000, chosenAmountReason: 'x' })] },
      'acts[0].chosenAmountVnd',
    ],
    [
      'a chosen amount on a warning-only row',
      {
        acts: [
          act({
            code: '119/2020:Đ12.k1',
            mitigating: [M('Đ9.k1')],
            chosenAmountVnd: 1_000_000,
            chosenAmountReason: 'x',
          }),
        ],
      },
      'acts[0].chosenAmountVnd',
    ],
    [
      'chosen months on a row without suspension',
      { acts: [act({ mitigating: [M('Đ9.k1')], chosenSuspensionMonths: 2, chosenAmountReason: 'x' })] },
      'acts[0].chosenSuspensionMonths',
    ],
    [
      'two expiry dates for one licence',
      {
        acts: [
          act({ licenceRef: 'GP-1', licenceExpiresOn: '2030-01-01' }),
          act({ licenceRef: 'GP-1', licenceExpiresOn: '2031-01-01' }),
        ],
      },
      'acts[1].licenceExpiresOn',
    ],
  ];
  it.each(cases)('rejects %s', (_name, input, path) => {
    let error: unknown;
    try {
      run(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WorksheetInputError);
    expect((error as WorksheetInputError).path).toBe(path);
    expect((error as WorksheetInputError).message.startsWith(`${path}: `)).toBe(true);
  });

  it('keeps the failing act code in the NoVersionInForceError for the application to report', () => {
    expect(() => run({ acts: [act({ code: '119/2020:Đ99.k9' })] })).toThrow(
      new NoVersionInForceError('119/2020:Đ99.k9', '2024-03-01', [], []).message,
    );
    expect(D8_K4_E).toBe('119/2020:Đ8.k4.e');
  });
});
