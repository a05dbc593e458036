/** `computeWorksheet`: the fine worksheet for one decision — one line per act, then the total (LXLVPHC Đ67 k1). */
import type { Catalogue } from '../catalogue/catalogue';
import { computeAct } from './act';
import { validateWorksheetInput } from './input';
import { mergeSuspensions } from './merge';
import { Trail } from './steps';
import type { ActStatus, Worksheet, WorksheetInput } from './types';

/** Bumped whenever a rule or an output field changes, so stored worksheets say which engine made them. */
// 1.1.0: versions say whether they are draft rows (issue 14), and draft rows are flagged.
export const ENGINE_VERSION = 'press-inspect-legal-engine/1.1.0';

function worst(a: ActStatus, b: ActStatus): ActStatus {
  if (a === 'incomplete' || b === 'incomplete') return 'incomplete';
  if (a === 'needs-officer-choice' || b === 'needs-officer-choice') return 'needs-officer-choice';
  return 'complete';
}

/**
 * Computes the worksheet. Throws WorksheetInputError (bad input, naming the field path), NoVersionInForceError
 * (no version of a code on the date that decides it) or InexactAmountError (a fractional VND amount).
 */
export function computeWorksheet(catalogue: Catalogue, input: WorksheetInput): Worksheet {
  validateWorksheetInput(input);
  const trail = new Trail();
  const decisionDate = input.decisionDate;
  const signer = input.signer?.title;
  const acts = input.acts.map((act, i) => computeAct(catalogue, act, i, decisionDate, signer, trail));
  const mergedSuspensions = mergeSuspensions(acts, input.acts, decisionDate, trail);

  let status: ActStatus = 'complete';
  let known = 0;
  let allKnown = true;
  for (const act of acts) {
    status = worst(status, act.status);
    if (act.imposedFineVnd === null) allKnown = false;
    else known += act.imposedFineVnd;
  }
  if (!Number.isSafeInteger(known)) throw new Error(`total fine ${known} is not a safe integer`);
  const totalFineVnd = allKnown ? known : null;
  trail.step(
    'total',
    undefined,
    { imposedFineVnd: acts.map((a) => a.imposedFineVnd) },
    { totalFineVnd, knownFineSubtotalVnd: known },
    'LXLVPHC Đ67 k1; mẫu MQĐ02 mục 6a',
  );

  return {
    engineVersion: ENGINE_VERSION,
    decisionDate: decisionDate ?? null,
    signerTitle: signer ?? null,
    acts,
    totalFineVnd,
    knownFineSubtotalVnd: known,
    mergedSuspensions,
    flags: trail.flags,
    status,
    steps: trail.steps,
  };
}
