/** Property tests over random ranges and circumstances (fast-check). */
import fc from 'fast-check';
import { Catalogue } from '../catalogue/catalogue';
import type { OffenderType, PrintedSide } from '../catalogue/types';
import { AGGRAVATING_CODES, MITIGATING_CODES } from '../circumstances';
import { act, fixtureRow } from '../testing/fixtures';
import { computeWorksheet } from './compute';
import type { FineLine } from './types';

const CODE = '119/2020:Đ8.k4.e';
const STEP = 500_000; // ranges are multiples of 500 000 VND

const rangeArb = fc.record({
  min: fc.integer({ min: 1, max: 1_000 }).map((k) => k * STEP),
  width: fc.integer({ min: 0, max: 400 }).map((k) => k * STEP),
  printedFor: fc.constantFrom<PrintedSide>('organisation', 'individual'),
});
const countsArb = fc.record({
  mitigating: fc.integer({ min: 0, max: 4 }),
  aggravating: fc.integer({ min: 0, max: 4 }),
});

function fineFor(
  r: { min: number; width: number; printedFor: PrintedSide },
  offender: OffenderType,
  mitigating: number,
  aggravating: number,
): FineLine {
  const catalogue = Catalogue.fromRows([
    fixtureRow({ code: CODE, fine: { minVnd: r.min, maxVnd: r.min + r.width, printedFor: r.printedFor } }),
  ]);
  const ws = computeWorksheet(catalogue, {
    acts: [
      act({
        code: CODE,
        offenderType: offender,
        mitigating: MITIGATING_CODES.slice(0, mitigating).map((code) => ({ code })),
        aggravating: AGGRAVATING_CODES.slice(0, aggravating).map((code) => ({ code })),
      }),
    ],
  });
  return ws.acts[0].fine;
}

/** The amount if fixed, else the suggestion inside the band. */
const value = (f: FineLine): number => f.amountVnd ?? (f.suggestedVnd as number);

describe('fine properties', () => {
  it('every amount, band and suggestion lies within the bracket on the applied side (LXLVPHC Đ23 k4)', () => {
    fc.assert(
      fc.property(
        rangeArb,
        fc.constantFrom<OffenderType>('organisation', 'individual'),
        countsArb,
        (r, offender, c) => {
          const f = fineFor(r, offender, c.mitigating, c.aggravating);
          const applied = f.applied!;
          const band = f.band!;
          expect(applied.minVnd).toBeLessThanOrEqual(band.minVnd);
          expect(band.maxVnd).toBeLessThanOrEqual(applied.maxVnd);
          expect(value(f)).toBeGreaterThanOrEqual(band.minVnd);
          expect(value(f)).toBeLessThanOrEqual(band.maxVnd);
          expect(Number.isSafeInteger(value(f))).toBe(true);
        },
      ),
    );
  });

  it('an individual pays exactly half on organisation-printed rows (NĐ 119/2020 Đ4 k2)', () => {
    fc.assert(
      fc.property(rangeArb, countsArb, (r, c) => {
        const range = { ...r, printedFor: 'organisation' as const };
        const org = fineFor(range, 'organisation', c.mitigating, c.aggravating);
        const ind = fineFor(range, 'individual', c.mitigating, c.aggravating);
        expect(ind.applied!.minVnd * 2).toBe(org.applied!.minVnd);
        expect(ind.applied!.maxVnd * 2).toBe(org.applied!.maxVnd);
        expect(ind.band!.minVnd * 2).toBe(org.band!.minVnd);
        expect(ind.band!.maxVnd * 2).toBe(org.band!.maxVnd);
        if (org.amountVnd !== null) expect(ind.amountVnd! * 2).toBe(org.amountVnd);
      }),
    );
  });

  it('adding a mitigating circumstance never raises the amount, the band or the suggestion (NĐ 118/2021 Đ9 k1)', () => {
    fc.assert(
      fc.property(
        rangeArb,
        fc.constantFrom<OffenderType>('organisation', 'individual'),
        countsArb.filter((c) => c.mitigating < 4),
        (r, offender, c) => {
          const before = fineFor(r, offender, c.mitigating, c.aggravating);
          const after = fineFor(r, offender, c.mitigating + 1, c.aggravating);
          expect(value(after)).toBeLessThanOrEqual(value(before));
          expect(after.band!.maxVnd).toBeLessThanOrEqual(before.band!.maxVnd);
          expect(after.band!.minVnd).toBeLessThanOrEqual(before.band!.minVnd);
        },
      ),
    );
  });
});
