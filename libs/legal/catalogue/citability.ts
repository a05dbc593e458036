/**
 * Whether a record (biên bản) or a decision may cite a version, and if not, what is missing. A draft row's citation is
 * incomplete, an unverified row was not checked against the official text, and a replaced row is history only: none
 * of them may be printed as the legal basis of a sanction.
 */
import type { Catalogue } from './catalogue';
import { supersededVersions } from './load';
import type { CatalogueRow, MissingPart } from './types';

/** What the review queue and the refusals name: the parts of a citation not yet read in an official text. */
export type GapPart = MissingPart | 'range' | 'source';

export interface Citability {
  citable: boolean;
  problem: 'draft' | 'unverified' | 'replaced' | 'unknown' | null;
  /** Empty when citable. */
  missing: GapPart[];
  /** Says what is wrong and what to do, naming the row; empty when citable. */
  reason: string;
}

const PART: Record<MissingPart, string> = {
  clause: 'the clause number (khoản)',
  point: 'the point letter (điểm)',
  text: 'the wording of the act',
};

/** The gaps of a row: its draft parts, an unknown range, and a missing check against the official text. */
export function gapsOf(row: CatalogueRow): GapPart[] {
  const gaps: GapPart[] = [...row.missing];
  if (row.fine === null && row.mainSanction !== 'warning') gaps.push('range');
  if (!row.verified) gaps.push('source');
  return gaps;
}

export function citability(catalogue: Catalogue, code: string, effectiveFrom: string): Citability {
  const row = catalogue.versions(code).find((v) => v.effectiveFrom === effectiveFrom);
  const name = `${code} (from ${effectiveFrom})`;
  if (row === undefined) {
    const old = supersededVersions(code).find((v) => v.effectiveFrom === effectiveFrom);
    if (old !== undefined) {
      return {
        citable: false,
        problem: 'replaced',
        missing: [],
        reason: `${name} was replaced in catalogue revision ${old.revision} by ${old.replacedBy.join(', ')}; recompute the worksheet on ${old.migrateTo}`,
      };
    }
    return { citable: false, problem: 'unknown', missing: [], reason: `${name} is not in the catalogue` };
  }
  const missing = gapsOf(row);
  if (row.draft) {
    const parts = row.missing.map((m) => PART[m]).join(' and ');
    return {
      citable: false,
      problem: 'draft',
      missing,
      reason: `${name} is a draft row: its citation is incomplete because ${parts} has not been read in an official text; a legal officer must complete it in the review queue first`,
    };
  }
  if (!row.verified) {
    return {
      citable: false,
      problem: 'unverified',
      missing,
      reason: `${name} is not verified against the official text${missing.includes('range') ? ' and its fine range is not known' : ''}; a legal officer must verify it first`,
    };
  }
  return { citable: true, problem: null, missing: [], reason: '' };
}
