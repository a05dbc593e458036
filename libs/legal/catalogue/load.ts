/**
 * The catalogue shipped with the code. Static JSON imports (not fs reads) so `tsc`/`nest build` copies the files
 * into dist/ and the loader works the same from sources, tests and the built application.
 */
import nd119 from './data/nd-119-2020.json';
import nd15 from './data/nd-15-2020.json';
import nd174 from './data/nd-174-2026.json';
import { Catalogue } from './catalogue';
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
