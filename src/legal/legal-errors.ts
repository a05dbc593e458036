/** Maps the legal engine's errors to the API's `{ code, message, details }` shape (422s naming the field). */
import { CATALOGUE_ROW_KEYS, CatalogueValidationError, InexactAmountError, NoVersionInForceError, WorksheetInputError, type WorksheetInput } from '@libs/legal';
import { AppError, ErrorCode } from '@app/common/errors';

/** Fields of a catalogue row, as the validator names them. */
const ROW_FIELDS = CATALOGUE_ROW_KEYS;

/** The request field a catalogue problem is about, read from the start of the validator's message. */
export function catalogueProblemField(problem: string): string {
  if (problem.startsWith('overlaps')) return 'effectiveFrom';
  if (problem.startsWith('endPreviousVersion')) return 'endPreviousVersion';
  if (problem.startsWith('an unverified row needs')) return 'verificationNote';
  const path = /^([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+)?)/.exec(problem)?.[1] ?? '';
  const root = path.split(/[.[]/)[0];
  if (root === 'code' && /^code (decree|article|must|names)/.test(problem)) return 'code';
  return ROW_FIELDS.has(root) ? path : 'row';
}

/** The act whose code could not be resolved: the first one with that code deciding on that date. */
function actIndexOf(input: WorksheetInput | undefined, code: string, date: string): number {
  return (input?.acts ?? []).findIndex((a) => a.code === code && (a.ongoingAtDetection ? a.detectedOn : a.endedOn) === date);
}

/** The AppError for an engine error; anything else is returned unchanged (a bug, answered as 500). */
export function toAppError(error: unknown, input?: WorksheetInput): unknown {
  if (error instanceof NoVersionInForceError) {
    const i = actIndexOf(input, error.code, error.date);
    const field = i < 0 ? 'acts' : `acts[${i}].code`;
    return new AppError(ErrorCode.NoVersionInForce, error.message, {
      fields: [{ field, messages: [error.message] }],
      code: error.code,
      date: error.date,
      knownCode: error.knownCode,
      availableRanges: error.availableRanges,
      successorCodes: error.successorCodes,
    });
  }
  if (error instanceof WorksheetInputError) {
    return new AppError(ErrorCode.ValidationFailed, error.message, { fields: [{ field: error.path, messages: [error.problem] }] });
  }
  if (error instanceof CatalogueValidationError) {
    return new AppError(ErrorCode.ValidationFailed, error.message, {
      fields: [{ field: catalogueProblemField(error.problem), messages: [error.problem] }],
      row: error.rowLabel,
    });
  }
  if (error instanceof InexactAmountError) {
    return new AppError(ErrorCode.LegalRuleViolation, error.message, { code: error.code });
  }
  return error;
}
