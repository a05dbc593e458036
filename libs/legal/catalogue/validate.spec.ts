import { CatalogueValidationError } from '../errors';
import { fixtureRow } from '../testing/fixtures';
import type { CatalogueRow } from './types';
import { validateCatalogueFile, validateCatalogueRows } from './validate';

const good = (): CatalogueRow => fixtureRow({ code: '119/2020:Đ8.k4.e', effectiveFrom: '2022-01-27' });

function problem(rows: unknown[]): string {
  try {
    validateCatalogueRows(rows);
  } catch (e) {
    if (e instanceof CatalogueValidationError) return e.message;
    throw e;
  }
  throw new Error('expected a CatalogueValidationError');
}

describe('validateCatalogueRows', () => {
  it('accepts a well-formed row and returns a frozen copy', () => {
    const [row] = validateCatalogueRows([good()]);
    expect(row).toEqual(good());
    expect(Object.isFrozen(row)).toBe(true);
    expect(Object.isFrozen(row.fine)).toBe(true);
  });

  it('accepts research codes whose clause was not read (k? slug with clause null)', () => {
    expect(() =>
      validateCatalogueRows([
        fixtureRow({ code: '119/2020:Đ20.k?.top', verified: false, verificationNote: 'clause not read' }),
      ]),
    ).not.toThrow();
  });

  const bad: [string, (r: CatalogueRow) => unknown, string][] = [
    ['an unknown key', (r) => ({ ...r, notes: 'x' }), 'unknown key "notes"'],
    ['a missing key', ({ sourceUrl: _s, ...r }) => r, 'sourceUrl'],
    ['a code with the old @version suffix', (r) => ({ ...r, code: '119/2020@2020-12-01:Đ8.k4.e' }), 'without "@"'],
    [
      'a code whose decree differs from the instrument',
      (r) => ({ ...r, instrument: '15/2020/NĐ-CP' }),
      'does not match instrument',
    ],
    ['a code whose article differs', (r) => ({ ...r, article: 9 }), 'does not match article 9'],
    ['a code whose clause differs', (r) => ({ ...r, clause: 5 }), 'clause segment "k5"'],
    ['a code whose point differs', (r) => ({ ...r, point: 'g' }), 'point "g"'],
    ['a code naming a clause while clause is null', (r) => ({ ...r, clause: null }), 'clause is null'],
    ['a point that is not a Vietnamese letter', (r) => ({ ...r, point: 'f' }), 'Vietnamese point letter'],
    ['an unknown field', (r) => ({ ...r, field: 'radio' }), 'field must be one of'],
    [
      'min greater than max',
      (r) => ({ ...r, fine: { minVnd: 60_000_000, maxVnd: 40_000_000, printedFor: 'organisation' } }),
      'greater than fine.maxVnd',
    ],
    [
      'a fractional amount',
      (r) => ({ ...r, fine: { minVnd: 40_000_000.5, maxVnd: 60_000_000, printedFor: 'organisation' } }),
      'safe integer',
    ],
    [
      'an unsafe integer',
      (r) => ({ ...r, fine: { minVnd: 1, maxVnd: 2 ** 60, printedFor: 'organisation' } }),
      'safe integer',
    ],
    [
      'a range whose half is fractional',
      (r) => ({ ...r, fine: { minVnd: 1_000_001, maxVnd: 2_000_001, printedFor: 'organisation' } }),
      'whole VND',
    ],
    [
      'a warning-only row with a fine',
      (r) => ({ ...r, mainSanction: 'warning' }),
      'warning-only row must have fine: null',
    ],
    ['a verified row without a range', (r) => ({ ...r, fine: null }), 'verified must be false'],
    [
      'an unverified row without a note',
      (r) => ({ ...r, verified: false, verificationNote: null }),
      'needs a verificationNote',
    ],
    ['a row without a source URL', (r) => ({ ...r, sourceUrl: 'see decree' }), 'every row must be cited'],
    ['effectiveTo before effectiveFrom', (r) => ({ ...r, effectiveTo: '2021-01-01' }), 'is before effectiveFrom'],
    ['an impossible date', (r) => ({ ...r, effectiveFrom: '2022-02-30' }), 'calendar date'],
    [
      'a suspension without months',
      (r) => ({ ...r, additionalSanctions: [{ kind: 'licence-suspension', descriptionVi: 'x', descriptionEn: 'x' }] }),
      'minMonths must be a whole number',
    ],
    [
      'months on a confiscation',
      (r) => ({
        ...r,
        additionalSanctions: [
          { kind: 'confiscation', minMonths: 1, maxMonths: 2, descriptionVi: 'x', descriptionEn: 'x' },
        ],
      }),
      'only for suspensions',
    ],
    ['an unknown defining circumstance', (r) => ({ ...r, definingCircumstances: ['Đ9.k1'] }), 'aggravating code'],
    ['a successor that is not a code', (r) => ({ ...r, successorCodes: ['Đ95'] }), 'not a catalogue code'],
    ['amendedBy that does not start with a decree', (r) => ({ ...r, amendedBy: 'maybe 14/2022' }), 'amendedBy'],
  ];
  it.each(bad)('rejects %s, naming the row and the problem', (_name, mutate, expected) => {
    const row = mutate(good()) as Record<string, unknown>;
    const message = problem([row]);
    expect(message).toContain(`catalogue row ${String(row.code)} (effectiveFrom ${String(row.effectiveFrom)})`);
    expect(message).toContain(expected);
  });

  it('rejects overlapping versions of one code (inclusive ends)', () => {
    const a = fixtureRow({ code: '119/2020:Đ7.k1', effectiveTo: '2022-01-27' });
    const b = fixtureRow({ code: '119/2020:Đ7.k1', effectiveFrom: '2022-01-27' });
    expect(problem([b, a])).toMatch(
      /119\/2020:Đ7\.k1 \(effectiveFrom 2022-01-27\): overlaps the version from 2020-12-01 to 2022-01-27/,
    );
  });

  it('rejects a second open-ended version', () => {
    const a = fixtureRow({ code: '119/2020:Đ7.k1' });
    const b = fixtureRow({ code: '119/2020:Đ7.k1', effectiveFrom: '2022-01-27' });
    expect(problem([a, b])).toContain('overlaps the version from 2020-12-01 to now');
  });

  it('accepts adjacent versions (2022-01-26 then 2022-01-27)', () => {
    const a = fixtureRow({ code: '119/2020:Đ7.k1', effectiveTo: '2022-01-26' });
    const b = fixtureRow({ code: '119/2020:Đ7.k1', effectiveFrom: '2022-01-27' });
    expect(validateCatalogueRows([a, b])).toHaveLength(2);
  });
});

describe('validateCatalogueFile', () => {
  const file = (rows: unknown[]) => ({
    instrument: '119/2020/NĐ-CP',
    titleVi: 'Nghị định',
    titleEn: 'Decree',
    sourceUrl: 'https://x.test',
    rows,
  });

  it('accepts an empty placeholder file', () => {
    expect(validateCatalogueFile(file([]), 'nd-119-2020.json').rows).toEqual([]);
  });

  it('rejects a row of another instrument, naming the file', () => {
    const row = fixtureRow({ code: '15/2020:Đ101.k1', effectiveFrom: '2020-04-15' });
    expect(() => validateCatalogueFile(file([row]), 'nd-119-2020.json')).toThrow(
      /15\/2020:Đ101\.k1 .*is in nd-119-2020\.json but belongs to 15\/2020\/NĐ-CP/,
    );
  });
});
