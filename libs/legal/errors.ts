/** Errors thrown by the legal engine. Each names what is wrong so the application can map it to a 422. */

/** A catalogue row breaks the data-file schema; the message names the row (code + effectiveFrom) and the problem. */
export class CatalogueValidationError extends Error {
  override readonly name = 'CatalogueValidationError';
  constructor(
    readonly rowLabel: string,
    readonly problem: string,
  ) {
    super(`catalogue row ${rowLabel}: ${problem}`);
  }
}

/** A date range during which one version of a code was in force (both ends inclusive; `to` null = still in force). */
export interface VersionRange {
  effectiveFrom: string;
  effectiveTo: string | null;
}

/**
 * No version of a code is in force on the date that decides it (NĐ 118/2021 Đ7 k2). Lists the ranges that do exist
 * and the codes that replace this one, so the user can pick the right code.
 */
export class NoVersionInForceError extends Error {
  override readonly name = 'NoVersionInForceError';
  constructor(
    readonly code: string,
    readonly date: string,
    readonly availableRanges: readonly VersionRange[],
    readonly successorCodes: readonly string[],
  ) {
    super(NoVersionInForceError.describe(code, date, availableRanges, successorCodes));
  }

  /** False when the code is not in the catalogue at all (then `availableRanges` is empty). */
  get knownCode(): boolean {
    return this.availableRanges.length > 0;
  }

  private static describe(
    code: string,
    date: string,
    ranges: readonly VersionRange[],
    successors: readonly string[],
  ): string {
    if (ranges.length === 0) return `no version of ${code} in force on ${date}: the code is not in the catalogue`;
    const listed = ranges.map((r) => `${r.effectiveFrom} to ${r.effectiveTo ?? 'now'}`).join(', ');
    const next = successors.length > 0 ? `; replaced by ${successors.join(', ')}` : '';
    return `no version of ${code} in force on ${date} (versions exist for ${listed}${next})`;
  }
}

/** The worksheet input is invalid; `path` names the field, e.g. `acts[0].endedOn`. */
export class WorksheetInputError extends Error {
  override readonly name = 'WorksheetInputError';
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
  }
}

/**
 * An amount would not be a whole number of VND (e.g. halving an odd bound). Ranges are multiples of 500 000 VND so
 * this should never happen with real rows; we fail loudly instead of rounding, because no legal rule says how to round.
 */
export class InexactAmountError extends Error {
  override readonly name = 'InexactAmountError';
  constructor(
    readonly code: string,
    readonly what: string,
  ) {
    super(`${code}: ${what} is not a whole number of VND`);
  }
}
