/**
 * The amount rule shared by fines and suspension months (LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1 and k7):
 * median by default; net ≥ 2 mitigating → minimum; net ≥ 2 aggravating → maximum; exactly one net circumstance →
 * the officer chooses within the half of the bracket on that side.
 */
import type { CatalogueRow, FineRange, OffenderType } from '../catalogue/types';
import { InexactAmountError } from '../errors';
import type { AmountSource, Range } from './types';

export interface BracketDecision {
  /** Inclusive band the value may take. */
  lo: number;
  hi: number;
  /** Set when the law fixes the value; null when the officer must choose within [lo, hi]. */
  fixed: number | null;
  source: AmountSource | null;
  suggested: number;
  rule: 'median' | 'minimum' | 'maximum' | 'lower-half' | 'upper-half';
}

/** `net` = counted aggravating − counted mitigating. `suggest` proposes a value inside a half band. */
export function decideInBracket(
  min: number,
  max: number,
  median: number,
  net: number,
  suggest: (lo: number, hi: number, median: number) => number,
): BracketDecision {
  if (net <= -2) return { lo: min, hi: min, fixed: min, source: 'minimum', suggested: min, rule: 'minimum' };
  if (net >= 2) return { lo: max, hi: max, fixed: max, source: 'maximum', suggested: max, rule: 'maximum' };
  if (net === 0) return { lo: median, hi: median, fixed: median, source: 'median', suggested: median, rule: 'median' };
  // LXLVPHC Đ23 k4: one net circumstance "may" lower or raise the amount, never past the bracket's end.
  const [lo, hi] = net < 0 ? [min, median] : [median, max];
  return {
    lo,
    hi,
    fixed: null,
    source: null,
    suggested: suggest(lo, hi, median),
    rule: net < 0 ? 'lower-half' : 'upper-half',
  };
}

/**
 * Suggested fine inside a half band: its midpoint, the value seen in published decisions (e.g. 18 750 000 on
 * 15–30M, 65 000 000 on 50–70M; ranges-confirmation.md, INFERRED practice). Falls back to the median when the
 * midpoint would not be whole VND. Only a suggestion: the officer decides.
 */
export function suggestFine(lo: number, hi: number, median: number): number {
  return (lo + hi) % 2 === 0 ? (lo + hi) / 2 : median;
}

/** Suggested months: the whole month nearest the band's midpoint (ties toward the median), kept inside the band. */
export function suggestMonths(lo: number, hi: number, median: number): number {
  const mid = (lo + hi) / 2;
  const down = Math.floor(mid);
  const up = Math.ceil(mid);
  let pick = mid - down < up - mid ? down : up - mid < mid - down ? up : median >= mid ? up : down;
  pick = Math.min(hi, Math.max(lo, pick));
  return pick;
}

export interface AppliedRange extends Range {
  medianVnd: number;
}

/**
 * The range on the offender's side: the printed range, or ×½ / ×2 for the other side (NĐ 119/2020 Đ4 k2;
 * LXLVPHC Đ24 k2). Halving is done in integers; an odd bound or median fails loudly (no rounding rule exists).
 */
export function appliedRange(row: CatalogueRow, fine: FineRange, offender: OffenderType): AppliedRange {
  let min = fine.minVnd;
  let max = fine.maxVnd;
  if (fine.printedFor !== offender) {
    if (offender === 'individual') {
      if (min % 2 !== 0 || max % 2 !== 0) throw new InexactAmountError(row.code, `half of ${min}–${max}`);
      min /= 2;
      max /= 2;
    } else {
      min *= 2;
      max *= 2;
    }
  }
  if ((min + max) % 2 !== 0) throw new InexactAmountError(row.code, `the median of ${min}–${max}`);
  const medianVnd = (min + max) / 2;
  if (!Number.isSafeInteger(max) || !Number.isSafeInteger(medianVnd))
    {throw new InexactAmountError(row.code, `${min}–${max}`);}
  return { minVnd: min, maxVnd: max, medianVnd };
}
