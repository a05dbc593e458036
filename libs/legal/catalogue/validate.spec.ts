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

  const draft = (over: Partial<CatalogueRow> & Pick<CatalogueRow, 'code'>): CatalogueRow =>
    fixtureRow({ clause: null, point: null, draft: true, verified: false, verificationNote: 'not read', ...over });

  it('accepts draft rows whose code is a provisional citation of the article (issue 14)', () => {
    const rows = [
      // Clause not read and none inferred: clause k0; points read.
      draft({ code: '119/2020:Đ8.k0.a', point: 'a', missing: ['clause'] }),
      // Clause and point not read: k0 and a provisional letter keep the codes apart.
      draft({ code: '119/2020:Đ8.k0.h', missing: ['clause', 'point'] }),
      // Clause inferred from the order of the acts (Đ10), or a point not read (Đ20 k2).
      draft({ code: '119/2020:Đ10.k2', missing: ['clause'] }),
      draft({ code: '119/2020:Đ20.k2', clause: 2, missing: ['point'] }),
      // Clause and point known to exist, wording not read.
      draft({ code: '119/2020:Đ20.k1.a', clause: 1, point: 'a', missing: ['text'] }),
    ];
    expect(validateCatalogueRows(rows).map((r) => [r.code, r.draft, r.missing])).toEqual(
      rows.map((r) => [r.code, true, r.missing]),
    );
  });

  // Acceptance of issue 14: no invented citation loads; the error names the row.
  it.each([
    ['a "k?" slug', '119/2020:Đ20.k?.top'],
    ['a "kTop" slug', '119/2020:Đ8.kTop.a'],
    ['a free slug after the article', '119/2020:Đ8.false-minor'],
    ['a "?" point slug', '119/2020:Đ20.k2.?custom'],
    ['a range slug', '119/2020:Đ10.1-3M'],
    ['a slug after a point', '119/2020:Đ20.k1.e.extra'],
  ])('rejects %s (%s) at load, naming the row', (_what, code) => {
    const message = problem([draft({ code, missing: ['clause', 'point'] })]);
    expect(message).toContain(`catalogue row ${code} (effectiveFrom 2020-12-01)`);
    expect(message).toContain('code must be a citation');
  });

  it('rejects a shipped data file holding a slug code, naming the file row', () => {
    const file = { instrument: '119/2020/NĐ-CP', titleVi: 'x', titleEn: 'x', sourceUrl: 'https://x.test', rows: [draft({ code: '119/2020:Đ9.k?.false-to-press', missing: ['clause', 'point'] })] };
    expect(() => validateCatalogueFile(file, 'nd-119-2020.json')).toThrow(
      'catalogue row 119/2020:Đ9.k?.false-to-press (effectiveFrom 2020-12-01): code must be a citation',
    );
  });

  const badDrafts: [string, CatalogueRow, string][] = [
    ['a verified draft', draft({ code: '119/2020:Đ10.k2', missing: ['clause'], verified: true }), 'cannot be verified'],
    ['a draft missing nothing', draft({ code: '119/2020:Đ20.k1', clause: 1, missing: [] }), 'must say what is missing'],
    ['a complete row listing a gap', fixtureRow({ code: '119/2020:Đ20.k1.a', missing: ['text'] }), 'must be a draft'],
    ['k0 on a row whose clause was read', draft({ code: '119/2020:Đ8.k0.h', missing: ['point'] }), '"k0"'],
    ['a provisional clause with the clause filled in', draft({ code: '119/2020:Đ10.k2', clause: 2, missing: ['clause'] }), 'clause must be null'],
    ['a provisional point on a row whose point was read', draft({ code: '119/2020:Đ20.k2.b', clause: 2, missing: ['text'] }), 'names point "b" but point is null'],
    ['an unknown gap', draft({ code: '119/2020:Đ10.k2', missing: ['range' as never] }), 'missing[0] must be one of'],
    ['no subject kind', fixtureRow({ code: '119/2020:Đ7.k1', subjects: [] }), 'at least one kind'],
    ['an unknown subject kind', fixtureRow({ code: '119/2020:Đ7.k1', subjects: ['radio' as never] }), 'subjects[0] must be one of'],
    ['an empty keyword', fixtureRow({ code: '119/2020:Đ7.k1', keywords: [' '] }), 'keywords[0] must be a non-empty string'],
  ];
  it.each(badDrafts)('rejects %s', (_what, row, expected) => {
    expect(problem([row])).toContain(expected);
  });

  const bad: [string, (r: CatalogueRow) => unknown, string][] = [
    ['an unknown key', (r) => ({ ...r, notes: 'x' }), 'unknown key "notes"'],
    ['a missing key', ({ sourceUrl: _s, ...r }) => r, 'sourceUrl'],
    ['a code with the old @version suffix', (r) => ({ ...r, code: '119/2020@2020-12-01:Đ8.k4.e' }), 'no "?", "kTop", free words or "@" suffix'],
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
