import { Catalogue } from './catalogue';
import { loadShippedCatalogue, loadShippedCatalogueRows } from './load';

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
});
