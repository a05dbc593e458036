/** The catalogue: validated rows indexed by code, with date-based resolution (NĐ 118/2021 Đ7 k2) and search. */
import { NoVersionInForceError, type VersionRange } from '../errors';
import { indexRow, inForceOn as inForce, searchRows, type CatalogueSearch, type RowIndex } from './search';
import type { CatalogueRow } from './types';
import { validateCatalogueRows } from './validate';

export { foldForSearch, type CatalogueSearch } from './search';

export class Catalogue {
  private readonly byCode: ReadonlyMap<string, readonly CatalogueRow[]>;
  private readonly searchIndex = new Map<CatalogueRow, RowIndex>();

  private constructor(private readonly allRows: readonly CatalogueRow[]) {
    const byCode = new Map<string, CatalogueRow[]>();
    for (const row of allRows) {
      const list = byCode.get(row.code);
      if (list === undefined) byCode.set(row.code, [row]);
      else list.push(row);
    }
    for (const list of byCode.values()) list.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
    this.byCode = byCode;
  }

  /** Validates the rows (throws CatalogueValidationError) and indexes them by code. */
  static fromRows(rows: readonly unknown[]): Catalogue {
    return new Catalogue(validateCatalogueRows(rows));
  }

  /** A new catalogue with extra rows (e.g. versions an admin added at runtime), validated together with these. */
  withRows(extra: readonly unknown[]): Catalogue {
    return Catalogue.fromRows([...this.allRows, ...extra]);
  }

  rows(): readonly CatalogueRow[] {
    return this.allRows;
  }

  codes(): string[] {
    return [...this.byCode.keys()].sort();
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /** All versions of a code, oldest first (empty when the code is unknown). */
  versions(code: string): readonly CatalogueRow[] {
    return this.byCode.get(code) ?? [];
  }

  /** The version in force on `date`, or undefined. */
  find(code: string, date: string): CatalogueRow | undefined {
    const list = this.byCode.get(code);
    if (list === undefined) return undefined;
    for (const row of list) if (inForce(row, date)) return row;
    return undefined;
  }

  /** The version in force on `date`; throws NoVersionInForceError naming the code, the date and what exists. */
  resolve(code: string, date: string): CatalogueRow {
    const row = this.find(code, date);
    if (row !== undefined) return row;
    const list = this.versions(code);
    const ranges: VersionRange[] = list.map((r) => ({ effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo }));
    const successors = [...new Set(list.flatMap((r) => r.successorCodes))];
    throw new NoVersionInForceError(code, date, ranges, successors);
  }

  /** Matching rows, best first when there is text (see `searchRows`); otherwise in catalogue order. */
  search(query: CatalogueSearch = {}): CatalogueRow[] {
    return searchRows(this.allRows, (row) => this.indexOf(row), query);
  }

  /** Built on first search: most catalogues (worksheets, replays) are never searched. */
  private indexOf(row: CatalogueRow): RowIndex {
    let ix = this.searchIndex.get(row);
    if (ix === undefined) {
      ix = indexRow(row);
      this.searchIndex.set(row, ix);
    }
    return ix;
  }
}
