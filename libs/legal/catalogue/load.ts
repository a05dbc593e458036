/**
 * The catalogue shipped with the code. Static JSON imports (not fs reads) so `tsc`/`nest build` copies the files
 * into dist/ and the loader works the same from sources, tests and the built application.
 */
import nd119 from './data/nd-119-2020.json';
import nd15 from './data/nd-15-2020.json';
import nd174 from './data/nd-174-2026.json';
import { Catalogue } from './catalogue';
import { loadSupersededVersions, type SupersededVersion } from './history';
import type { CatalogueRow } from './types';
import { validateCatalogueFile, validateCatalogueRows } from './validate';

const SHIPPED_FILES: readonly [string, unknown][] = [
  ['nd-119-2020.json', nd119],
  ['nd-15-2020.json', nd15],
  ['nd-174-2026.json', nd174],
];

/** Every row of `catalogue/data/*.json`, each file validated, then all rows validated together (no overlaps). */
export function loadShippedCatalogueRows(): CatalogueRow[] {
  const rows = SHIPPED_FILES.flatMap(([name, file]) => validateCatalogueFile(file, name).rows);
  return validateCatalogueRows(rows);
}

let shipped: Catalogue | undefined;

/** The shipped catalogue, built once per process (rows are frozen, so sharing it is safe). */
export function loadShippedCatalogue(): Catalogue {
  shipped ??= Catalogue.fromRows(loadShippedCatalogueRows());
  return shipped;
}

let supersededList: readonly SupersededVersion[] | undefined;
let superseded: ReadonlyMap<string, readonly SupersededVersion[]> | undefined;

/**
 * The shipped versions a later revision replaced, by their old code (empty for a code that was never replaced). A
 * code can be both current and replaced (174/2026:Đ45.k1.đ changed meaning in revision 2).
 */
export function supersededVersions(code: string): readonly SupersededVersion[] {
  if (superseded === undefined) {
    const byCode = new Map<string, SupersededVersion[]>();
    for (const v of allSupersededVersions()) byCode.set(v.code, [...(byCode.get(v.code) ?? []), v]);
    superseded = byCode;
  }
  return superseded.get(code) ?? [];
}

/** Every replaced version (for the replay of stored changes and the review queue). */
export function allSupersededVersions(): readonly SupersededVersion[] {
  supersededList ??= Object.freeze(loadSupersededVersions(loadShippedCatalogue()));
  return supersededList;
}
