import nd119 from './data/nd-119-2020.json';
import { Catalogue } from './catalogue';
import { citability } from './citability';
import { allSupersededVersions, loadShippedCatalogue, loadShippedCatalogueRows, supersededVersions } from './load';
import { CODE_PATTERN } from './row-checker';
import { validateCatalogueFile } from './validate';

describe('shipped catalogue', () => {
  it('loads and validates every data file together', () => {
    const rows = loadShippedCatalogueRows();
    expect(Array.isArray(rows)).toBe(true);
    for (const row of rows) expect(['119/2020/NĐ-CP', '15/2020/NĐ-CP', '174/2026/NĐ-CP']).toContain(row.instrument);
  });

  it('builds one shared Catalogue', () => {
    expect(loadShippedCatalogue()).toBeInstanceOf(Catalogue);
    expect(loadShippedCatalogue()).toBe(loadShippedCatalogue());
  });

  // Issue 14 acceptance: no "?", "kTop" or slug code is shipped, and one would stop start-up naming its row.
  it('ships only citation codes', () => {
    const codes = loadShippedCatalogueRows().map((r) => r.code);
    expect(codes.filter((c) => !CODE_PATTERN.test(c) || /\?|kTop|-/.test(c))).toEqual([]);
  });

  it('fails loading a data file that holds a slug code, naming the row', () => {
    const [first, ...rest] = (nd119 as { rows: Record<string, unknown>[] }).rows;
    const slugged = { ...nd119, rows: [...rest, { ...first, code: '119/2020:Đ5.kTop.a' }] };
    expect(() => validateCatalogueFile(slugged, 'nd-119-2020.json')).toThrow(
      /catalogue row 119\/2020:Đ5\.kTop\.a \(effectiveFrom 2022-01-27\): code must be a citation/,
    );
  });
});

describe('rows replaced by revision 2', () => {
  it('keeps each replaced version readable with what replaced it', () => {
    expect(allSupersededVersions().length).toBeGreaterThan(40);
    const [old] = supersededVersions('119/2020:Đ20.k?.not-per-licence');
    expect(old).toMatchObject({ revision: 2, migrateTo: '119/2020:Đ20.k1', effectiveFrom: '2020-12-01' });
    expect(old.descriptionVi).toContain('sai với giấy phép');
    // 174/2026:Đ45.k1.đ changed meaning: its old version (".vn") is history, its new one (servers) is current.
    const [vn] = supersededVersions('174/2026:Đ45.k1.đ');
    expect(vn.descriptionVi).toContain('.vn');
    expect(vn.migrateTo).toBe('174/2026:Đ45.k1.d');
    expect(loadShippedCatalogue().find('174/2026:Đ45.k1.đ', '2026-08-01')?.descriptionVi).toContain('máy chủ');
  });
});

describe('citability (may a record or decision cite this version?)', () => {
  const catalogue = loadShippedCatalogue();

  it('accepts a verified, complete row', () => {
    expect(citability(catalogue, '119/2020:Đ6.k1.đ', '2022-01-27')).toMatchObject({ citable: true, missing: [] });
  });

  it('refuses a draft row, naming it and what is missing', () => {
    const c = citability(catalogue, '119/2020:Đ20.k1', '2020-12-01');
    expect(c).toMatchObject({ citable: false, problem: 'draft', missing: ['clause', 'point', 'source'] });
    expect(c.reason).toContain('119/2020:Đ20.k1 (from 2020-12-01) is a draft row');
    expect(c.reason).toContain('the clause number (khoản) and the point letter (điểm)');
  });

  it('refuses an unverified row and says when its range is unknown', () => {
    expect(citability(catalogue, '119/2020:Đ5.k3.b', '2020-12-01')).toMatchObject({ problem: 'unverified', missing: ['source'] });
    const noRange = citability(catalogue, '119/2020:Đ8.k5.b', '2022-01-27');
    expect(noRange).toMatchObject({ problem: 'unverified', missing: ['range', 'source'] });
    expect(noRange.reason).toContain('fine range is not known');
  });

  it('refuses a replaced version, naming its replacement', () => {
    const c = citability(catalogue, '119/2020:Đ10.1-3M', '2020-12-01');
    expect(c).toMatchObject({ problem: 'replaced' });
    expect(c.reason).toContain('replaced in catalogue revision 2 by 119/2020:Đ10.k2');
    expect(citability(catalogue, '119/2020:Đ99.k1.a', '2020-12-01').problem).toBe('unknown');
  });
});
