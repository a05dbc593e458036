/**
 * Rows a later research pass replaced (catalogue revision 2, December 2026: corrections-2026-12 and issue 14). They
 * are not part of the catalogue (their codes may be research slugs such as `k?`, which are not citations), but stored
 * worksheets and issued decisions may cite them, so each stays readable here with what replaced it and the code
 * stored case data was migrated to.
 */
import data from './data/superseded-2026-12.json';
import { CatalogueValidationError } from '../errors';
import type { Catalogue } from './catalogue';
import { isObject } from './row-checker';

/**
 * The revision of the shipped catalogue data. Revision 1 is the first research pass; revision 2 merged
 * corrections-2026-12 (and made changing the catalogue a four-eyes act). Stored catalogue changes record the revision
 * they were made against, so a change to a row that a later revision replaced is not replayed onto its replacement.
 */
export const SHIPPED_REVISION = 2;

/** One replaced version, as it was shipped, with what replaced it. */
export interface SupersededVersion {
  /** `code@effectiveFrom` of the replaced version. */
  key: string;
  code: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** The revision that replaced it. */
  revision: number;
  /** The rows that replace it (by meaning). */
  replacedBy: string[];
  /** The code stored, not yet frozen case data citing it was migrated to. */
  migrateTo: string;
  why: string;
  descriptionVi: string;
  descriptionEn: string;
  /** The replaced row exactly as it was shipped (the old data-file schema). */
  row: Readonly<Record<string, unknown>>;
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/** The replaced versions of revision 2, each checked against the catalogue that replaced it. */
export function loadSupersededVersions(catalogue: Catalogue): SupersededVersion[] {
  const file: unknown = data;
  if (!isObject(file) || file.revision !== SHIPPED_REVISION || !Array.isArray(file.rows)) {
    throw new CatalogueValidationError('superseded-2026-12.json', `must hold revision ${SHIPPED_REVISION} and rows`);
  }
  return file.rows.map((raw: unknown, i: number): SupersededVersion => {
    const label = isObject(raw) && typeof raw.key === 'string' ? raw.key : `rows[${i}]`;
    const fail = (problem: string): never => {
      throw new CatalogueValidationError(`superseded ${label}`, problem);
    };
    if (!isObject(raw) || !isObject(raw.row)) return fail('must be an object with the replaced row');
    const row = raw.row;
    const code = text(row.code) ?? fail('row.code is missing');
    const effectiveFrom = text(row.effectiveFrom) ?? fail('row.effectiveFrom is missing');
    if (raw.key !== `${code}@${effectiveFrom}`) fail('key must be "<code>@<effectiveFrom>" of its row');
    const replacedBy = Array.isArray(raw.replacedBy) ? raw.replacedBy.filter((c): c is string => typeof c === 'string') : [];
    if (replacedBy.length === 0) fail('replacedBy must name the rows that replace it');
    for (const c of replacedBy) if (!catalogue.has(c)) fail(`replacedBy names ${c}, which is not in the catalogue`);
    const migrateTo = text(raw.migrateTo) ?? fail('migrateTo is missing');
    if (!replacedBy.includes(migrateTo)) fail('migrateTo must be one of replacedBy');
    return {
      key: `${code}@${effectiveFrom}`,
      code,
      effectiveFrom,
      effectiveTo: typeof row.effectiveTo === 'string' ? row.effectiveTo : null,
      revision: SHIPPED_REVISION,
      replacedBy,
      migrateTo,
      why: text(raw.why) ?? fail('why is missing'),
      descriptionVi: text(row.descriptionVi) ?? fail('row.descriptionVi is missing'),
      descriptionEn: text(row.descriptionEn) ?? fail('row.descriptionEn is missing'),
      row: Object.freeze({ ...row }),
    };
  });
}
