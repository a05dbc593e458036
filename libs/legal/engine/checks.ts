/** Per-act checks that do not change the amount: limitation, right to explanation, a lighter later law. */
import type { Catalogue } from '../catalogue/catalogue';
import type { CatalogueRow, Field, OffenderType } from '../catalogue/types';
import { shortCitation, vietnameseCitation } from '../citation';
import { addYears } from '../dates';
import { appliedRange } from './bracket';
import type { ExplanationRightCheck, LenientLawCheck, LimitationCheck, Range, VersionSummary } from './types';

export function summariseVersion(row: CatalogueRow): VersionSummary {
  return {
    code: row.code,
    instrument: row.instrument,
    amendedBy: row.amendedBy,
    article: row.article,
    clause: row.clause,
    point: row.point,
    field: row.field,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    verified: row.verified,
    verificationNote: row.verificationNote,
    draft: row.draft,
    missing: [...row.missing],
    descriptionVi: row.descriptionVi,
    descriptionEn: row.descriptionEn,
    mainSanction: row.mainSanction,
    citationShort: shortCitation(row),
    citationVi: vietnameseCitation(row),
  };
}

/** Thời hiệu xử phạt: LXLVPHC Đ6 k1 a (Luật 88/2025): 2 years for press and publishing, otherwise 1 year. */
export function limitationYears(field: Field): 1 | 2 {
  switch (field) {
    case 'press':
    case 'publishing':
      return 2;
    case 'e-information':
      return 1;
  }
}

export const LIMITATION_CITATION = 'LXLVPHC Đ6 k1 a, b (Luật 88/2025); BLDS 2015 Đ147, Đ148 (cách tính thời hạn)';

/**
 * Counted from the end of an ended act or the detection of an ongoing one (LXLVPHC Đ6 k1 b). A period in years starts
 * the day after the event and ends with the corresponding day (BLDS 2015 Đ147 k1, Đ148 k1 c), so the last day a
 * decision may be issued is the same calendar day `years` later.
 */
export function checkLimitation(field: Field, countedFrom: string, decisionDate: string | undefined): LimitationCheck {
  const years = limitationYears(field);
  const lastDecisionDate = addYears(countedFrom, years);
  return {
    field,
    years,
    countedFrom,
    lastDecisionDate,
    checked: decisionDate !== undefined,
    timeBarred: decisionDate !== undefined && decisionDate > lastDecisionDate,
    citation: LIMITATION_CITATION,
  };
}

export const EXPLANATION_CITATION = 'LXLVPHC Đ61 k1';

/**
 * Quyền giải trình (LXLVPHC Đ61 k1): when the bracket maximum on the offender's side is ≥ 15 000 000 (individual) or
 * ≥ 30 000 000 (organisation), or a licence/activity suspension applies. With an unknown range we grant the right,
 * because denying it wrongly voids the procedure while granting it costs only time.
 */
export function checkExplanationRight(
  offender: OffenderType,
  appliedMaxVnd: number | null,
  rangeKnown: boolean,
  hasSuspension: boolean,
): ExplanationRightCheck {
  const threshold = offender === 'individual' ? 15_000_000 : 30_000_000;
  if (hasSuspension)
    {return { applies: true, reason: 'a licence or activity suspension applies', citation: EXPLANATION_CITATION };}
  if (!rangeKnown)
    {return {
      applies: true,
      reason: 'the fine range is unknown; the right is granted to be safe',
      citation: EXPLANATION_CITATION,
    };}
  if (appliedMaxVnd !== null && appliedMaxVnd >= threshold) {
    return {
      applies: true,
      reason: `bracket maximum ${appliedMaxVnd} ≥ ${threshold} for ${offender}`,
      citation: EXPLANATION_CITATION,
    };
  }
  const max = appliedMaxVnd ?? 0;
  return {
    applies: false,
    reason: `bracket maximum ${max} < ${threshold} for ${offender}, no suspension`,
    citation: EXPLANATION_CITATION,
  };
}

/**
 * NĐ 118/2021 Đ7 k1 sends the choice of text to Luật Ban hành VBQPPL 80/2015 Đ156 k3: a later text that removes the
 * liability or makes it lighter applies to earlier acts. The research file does not cover this rule; the successor
 * provision in the 2025 Law on legal documents was not verified, so worksheets flag the proposal for legal review.
 */
export const LENIENT_LAW_CITATION =
  'NĐ 118/2021 Đ7 k1; Luật BHVBQPPL 80/2015 Đ156 k3 (not in the research file; verify)';

function appliedOf(row: CatalogueRow, offender: OffenderType): Range | null {
  return row.fine === null ? null : appliedRange(row, row.fine, offender);
}

/** Lighter = a warning where a fine applied, or a lower maximum, or the same maximum with a lower minimum. */
function isLighter(
  applied: CatalogueRow,
  appliedRangeVnd: Range | null,
  later: CatalogueRow,
  laterRange: Range | null,
): boolean | null {
  if (later.mainSanction === 'warning') return applied.mainSanction !== 'warning';
  if (applied.mainSanction === 'warning') return false;
  if (appliedRangeVnd === null || laterRange === null) return null;
  return (
    laterRange.maxVnd < appliedRangeVnd.maxVnd ||
    (laterRange.maxVnd === appliedRangeVnd.maxVnd && laterRange.minVnd < appliedRangeVnd.minVnd)
  );
}

/** Compares the applied version with what is in force on the decision date; null when they are the same row. */
export function checkLenientLaw(
  catalogue: Catalogue,
  row: CatalogueRow,
  offender: OffenderType,
  decisionDate: string,
): LenientLawCheck | null {
  const same = catalogue.find(row.code, decisionDate);
  if (same === row) return null;
  const candidates =
    same !== undefined ? [same] : row.successorCodes.flatMap((c) => catalogue.find(c, decisionDate) ?? []);
  const laterCodes = same !== undefined ? [] : [...row.successorCodes];
  const base = { laterCodes, citation: LENIENT_LAW_CITATION };
  if (candidates.length === 0) {
    const note =
      row.successorCodes.length === 0
        ? `no version of ${row.code} is in force on ${decisionDate} and no successor is recorded: check whether the act is still a violation`
        : `no version of ${row.code} or its successors (${row.successorCodes.join(', ')}) is in force on ${decisionDate}`;
    return {
      ...base,
      laterVersion: null,
      laterApplied: null,
      laterMainSanction: null,
      lighter: false,
      proposed: 'applied-version',
      note,
    };
  }
  const own = appliedOf(row, offender);
  // Among several successors the lightest is the fairest comparison for the offender.
  let best = candidates[0];
  let bestRange = appliedOf(best, offender);
  for (const c of candidates.slice(1)) {
    const r = appliedOf(c, offender);
    if (isLighter(best, bestRange, c, r) === true) [best, bestRange] = [c, r];
  }
  const lighter = isLighter(row, own, best, bestRange);
  const note =
    lighter === null
      ? 'a range is unknown on one side, so the two versions cannot be compared'
      : lighter
        ? `${best.code} in force on ${decisionDate} is lighter for the offender: propose applying it`
        : `${best.code} in force on ${decisionDate} is not lighter: keep the version chosen by NĐ 118/2021 Đ7 k2`;
  return {
    ...base,
    laterVersion: summariseVersion(best),
    laterApplied: bestRange === null ? null : { minVnd: bestRange.minVnd, maxVnd: bestRange.maxVnd },
    laterMainSanction: best.mainSanction,
    lighter: lighter === true,
    proposed: lighter === true ? 'later-version' : 'applied-version',
    note,
  };
}
