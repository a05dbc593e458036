/** Validation of worksheet input; every error names the field path (e.g. `acts[0].endedOn`). */
import { isSignerTitle } from '../authority';
import { isAggravatingCode, isMitigatingCode } from '../circumstances';
import { isIsoDate } from '../dates';
import { WorksheetInputError } from '../errors';
import type { ActInput, CircumstanceInput, WorksheetInput } from './types';

function fail(path: string, problem: string): never {
  throw new WorksheetInputError(path, problem);
}

function optionalDate(value: unknown, path: string): void {
  if (value !== undefined && !isIsoDate(value))
    {fail(path, `must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);}
}

function optionalText(value: unknown, path: string): void {
  if (value !== undefined && typeof value !== 'string') fail(path, 'must be a string');
}

function checkCircumstances(list: unknown, path: string, kind: 'mitigating' | 'aggravating'): void {
  if (!Array.isArray(list)) fail(path, 'must be an array (empty when there are none)');
  const seen = new Set<string>();
  list.forEach((item: unknown, j) => {
    const at = `${path}[${j}]`;
    if (typeof item !== 'object' || item === null) fail(at, 'must be an object { code, facts? }');
    const { code, facts } = item as Partial<CircumstanceInput>;
    if (typeof code !== 'string' || !(kind === 'mitigating' ? isMitigatingCode(code) : isAggravatingCode(code))) {
      const example = kind === 'mitigating' ? 'Đ9.k1 … Đ9.k8 (LXLVPHC Đ9)' : 'Đ10.k1.a … Đ10.k1.m (LXLVPHC Đ10 k1)';
      fail(`${at}.code`, `unknown ${kind} circumstance ${JSON.stringify(code)}; expected ${example}`);
    }
    // A circumstance is counted once per act however many facts support it.
    if (seen.has(code)) fail(`${at}.code`, `${code} is listed twice`);
    seen.add(code);
    optionalText(facts, `${at}.facts`);
  });
}

function checkAct(act: unknown, i: number, decisionDate: string | undefined): void {
  const p = `acts[${i}]`;
  if (typeof act !== 'object' || act === null) fail(p, 'must be an object');
  const a = act as Partial<ActInput> & Record<string, unknown>;
  if (typeof a.code !== 'string' || a.code === '')
    {fail(`${p}.code`, 'must be a catalogue code such as "119/2020:Đ8.k4.e"');}
  if (a.offenderType !== 'organisation' && a.offenderType !== 'individual') {
    fail(`${p}.offenderType`, 'must be "organisation" or "individual"');
  }
  optionalText(a.ref, `${p}.ref`);
  if (!isIsoDate(a.detectedOn)) fail(`${p}.detectedOn`, 'must be a calendar date YYYY-MM-DD');
  const detectedOn = a.detectedOn;
  if (typeof a.ongoingAtDetection !== 'boolean') fail(`${p}.ongoingAtDetection`, 'must be true or false');
  if (a.ongoingAtDetection) {
    // NĐ 118/2021 Đ8 k1 b: an ongoing act is still happening when detected, so it has no end date yet.
    if (a.endedOn !== undefined && a.endedOn !== null)
      {fail(`${p}.endedOn`, 'must be empty for an act ongoing at detection');}
  } else {
    // NĐ 118/2021 Đ8 k1 a: an ended act was finished before the authority detected it.
    if (!isIsoDate(a.endedOn)) fail(`${p}.endedOn`, 'an ended act needs its end date YYYY-MM-DD (NĐ 118/2021 Đ7 k2 a)');
    if (a.endedOn > detectedOn)
      {fail(
        `${p}.endedOn`,
        `ends ${a.endedOn}, after its detection on ${detectedOn}; an act still going on when detected is ongoing`,
      );}
  }
  optionalDate(a.committedOn, `${p}.committedOn`);
  if (a.committedOn !== undefined) {
    const end = typeof a.endedOn === 'string' ? a.endedOn : detectedOn;
    if (a.committedOn > end)
      {fail(`${p}.committedOn`, `is after ${a.ongoingAtDetection ? 'the detection date' : 'the end date'} ${end}`);}
  }
  if (decisionDate !== undefined && detectedOn > decisionDate) {
    fail('decisionDate', `is before the detection of acts[${i}] on ${detectedOn}`);
  }
  checkCircumstances(a.mitigating, `${p}.mitigating`, 'mitigating');
  checkCircumstances(a.aggravating, `${p}.aggravating`, 'aggravating');
  if (a.chosenAmountVnd !== undefined && (!Number.isSafeInteger(a.chosenAmountVnd) || a.chosenAmountVnd <= 0)) {
    fail(`${p}.chosenAmountVnd`, 'must be a positive safe integer number of VND');
  }
  if (a.chosenSuspensionMonths !== undefined) {
    const m = a.chosenSuspensionMonths;
    if (typeof m !== 'number' || !Number.isInteger(m * 2) || m <= 0)
      {fail(`${p}.chosenSuspensionMonths`, 'must be a positive number of whole or half months');}
  }
  optionalText(a.chosenAmountReason, `${p}.chosenAmountReason`);
  const choosing = a.chosenAmountVnd !== undefined || a.chosenSuspensionMonths !== undefined;
  if (choosing && (a.chosenAmountReason === undefined || a.chosenAmountReason.trim() === '')) {
    fail(`${p}.chosenAmountReason`, "an officer's choice within the band needs a reason");
  }
  if (!choosing && a.chosenAmountReason !== undefined && a.chosenAmountReason.trim() !== '') {
    fail(`${p}.chosenAmountReason`, 'given without any chosen amount or months');
  }
  optionalText(a.licenceRef, `${p}.licenceRef`);
  optionalDate(a.licenceExpiresOn, `${p}.licenceExpiresOn`);
}

/** Throws WorksheetInputError on the first problem. */
export function validateWorksheetInput(input: WorksheetInput): void {
  if (typeof input !== 'object' || input === null) fail('(input)', 'must be an object');
  optionalDate(input.decisionDate, 'decisionDate');
  if (input.signer !== undefined && !isSignerTitle(input.signer?.title))
    {fail('signer.title', 'is not a known signer title');}
  if (!Array.isArray(input.acts) || input.acts.length === 0) fail('acts', 'must list at least one act');
  input.acts.forEach((act, i) => checkAct(act, i, input.decisionDate));
  // One licence has one expiry date.
  const expiry = new Map<string, string>();
  input.acts.forEach((act, i) => {
    if (act.licenceRef === undefined || act.licenceExpiresOn === undefined) return;
    const known = expiry.get(act.licenceRef);
    if (known !== undefined && known !== act.licenceExpiresOn) {
      fail(`acts[${i}].licenceExpiresOn`, `licence ${act.licenceRef} already expires on ${known} in an earlier act`);
    }
    expiry.set(act.licenceRef, act.licenceExpiresOn);
  });
}
