/**
 * The officer's choice inside a band (quyết định mức phạt cụ thể trong khung): when exactly one aggravating or one
 * mitigating circumstance remains after offsetting, the law leaves the amount (LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1 b)
 * and the months of a suspension (NĐ 118/2021 Đ9 k7) to the person who decides, inside half of the bracket. The
 * choice is checked against the band of the act's frozen worksheet, never against a recomputed one, and it leaves a
 * cited step on the worksheet the decision freezes.
 */
import { WorksheetInputError } from './errors';
import { STEP_LABELS_VI } from './engine/steps';
import type { ActStatus, ActWorksheet, Range, SuspensionLine, Worksheet, WorksheetStep } from './engine/types';

/** Why the band is what it is: one net circumstance leaves half of the bracket. */
const AMOUNT_CITATION = {
  upper: 'LXLVPHC Đ23 k4 (01 tình tiết tăng nặng: có thể tăng, không cao hơn mức tối đa); NĐ 118/2021 Đ9 k1 b',
  lower: 'LXLVPHC Đ23 k4 (01 tình tiết giảm nhẹ: có thể giảm, không thấp hơn mức tối thiểu); NĐ 118/2021 Đ9 k1 b',
} as const;
const MONTHS_CITATION = 'NĐ 118/2021 Đ9 k7 (thời hạn tước quyền sử dụng giấy phép, đình chỉ hoạt động như mức tiền phạt)';

export interface MonthsBand {
  minMonths: number;
  maxMonths: number;
}

/** What the frozen worksheet leaves to the officer for one act; null where the law fixes the figure. */
export interface ChoiceBands {
  /** The amount band, when the fine waits for a choice. */
  amount: Range | null;
  /** The months band, when a suspension waits for a choice (one choice covers every suspension of the act). */
  months: MonthsBand | null;
  citation: string;
}

export interface OfficerChoice {
  /** Whole VND inside `ChoiceBands.amount`. */
  amountVnd?: number | null;
  /** Months inside `ChoiceBands.months`, whole or half (the bracket medians are). */
  suspensionMonths?: number | null;
  /** Required: why this figure (recorded on the worksheet and in the audit). */
  reason: string;
}

const pendingSuspensions = (act: ActWorksheet): SuspensionLine[] => act.suspensions.filter((s) => s.status === 'needs-officer-choice');

/** The bands an officer may still choose in, from the act's frozen worksheet. */
export function choiceBands(act: ActWorksheet): ChoiceBands {
  const amount = act.fine.status === 'needs-officer-choice' && act.fine.band !== null ? { ...act.fine.band } : null;
  const pending = pendingSuspensions(act);
  // Every suspension of one act follows the same net count, so their bands are the same half of equal brackets or
  // differ only by bracket; the choice must fit all of them.
  const months =
    pending.length === 0
      ? null
      : { minMonths: Math.max(...pending.map((s) => s.band.minMonths)), maxMonths: Math.min(...pending.map((s) => s.band.maxMonths)) };
  const side = act.fine.net > 0 ? AMOUNT_CITATION.upper : AMOUNT_CITATION.lower;
  const citation = [amount ? side : null, months ? MONTHS_CITATION : null].filter((c) => c !== null).join('; ');
  return { amount, months, citation };
}

/** "20.000.000–25.000.000 đồng" without depending on libs/vn. */
const vnd = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;
const monthsText = (n: number): string => `${String(n).replace('.', ',')} tháng`;

/** The band in words, for refusals: "20.000.000 đồng đến 25.000.000 đồng". */
export function describeBand(b: ChoiceBands): string {
  const parts: string[] = [];
  if (b.amount) parts.push(`${vnd(b.amount.minVnd)} đến ${vnd(b.amount.maxVnd)}`);
  if (b.months) parts.push(`${monthsText(b.months.minMonths)} đến ${monthsText(b.months.maxMonths)}`);
  return parts.join('; ');
}

/**
 * Checks a choice against the act's frozen worksheet; throws WorksheetInputError naming the field (`amountVnd`,
 * `suspensionMonths`, `reason`) and the band. Nothing may be chosen where the law fixes the figure.
 */
export function checkOfficerChoice(act: ActWorksheet, choice: OfficerChoice): void {
  const bands = choiceBands(act);
  const amount = choice.amountVnd ?? null;
  const months = choice.suspensionMonths ?? null;
  if (choice.reason.trim() === '') throw new WorksheetInputError('reason', 'a choice inside the band needs its reason (LXLVPHC Đ23 k4)');
  if (amount === null && months === null) throw new WorksheetInputError('amountVnd', 'choose an amount or the months of the suspension');
  if (amount !== null) {
    if (bands.amount === null) {
      throw new WorksheetInputError('amountVnd', `${act.code}: the law fixes the amount (${act.fine.net} net circumstances, NĐ 118/2021 Đ9 k1); a choice is allowed only with exactly one`);
    }
    if (!Number.isSafeInteger(amount) || amount < bands.amount.minVnd || amount > bands.amount.maxVnd) {
      throw new WorksheetInputError('amountVnd', `${act.code}: ${vnd(amount)} is outside the band ${vnd(bands.amount.minVnd)} to ${vnd(bands.amount.maxVnd)} (${AMOUNT_CITATION[act.fine.net > 0 ? 'upper' : 'lower']})`);
    }
  }
  if (months !== null) {
    if (bands.months === null) {
      throw new WorksheetInputError('suspensionMonths', act.suspensions.length === 0 ? `${act.code} carries no suspension` : `${act.code}: the law fixes the months (NĐ 118/2021 Đ9 k7); a choice is allowed only with exactly one net circumstance`);
    }
    if (!Number.isInteger(months * 2) || months < bands.months.minMonths || months > bands.months.maxMonths) {
      throw new WorksheetInputError('suspensionMonths', `${act.code}: ${monthsText(months)} is outside the band ${monthsText(bands.months.minMonths)} to ${monthsText(bands.months.maxMonths)} in whole or half months (${MONTHS_CITATION})`);
    }
  }
}

function actStatus(act: ActWorksheet): ActStatus {
  if (act.limitation.timeBarred) return 'complete';
  if (act.fine.status === 'range-unknown') return 'incomplete';
  const pending = act.fine.status === 'needs-officer-choice' || act.suspensions.some((s) => s.status === 'needs-officer-choice');
  return pending ? 'needs-officer-choice' : 'complete';
}

/**
 * The single-act worksheet of a violation with the officer's choice applied, as the decision freezes it: the amount
 * and months set, their source `officer-choice`, the status and total recomputed, and one cited step per choice.
 * Checks the choice first (see `checkOfficerChoice`). The input worksheet is not changed.
 */
export function applyOfficerChoice(ws: Worksheet, choice: OfficerChoice): Worksheet {
  if (ws.acts.length !== 1) throw new Error('an officer choice applies to the single-act worksheet of one violation');
  const act = ws.acts[0];
  checkOfficerChoice(act, choice);
  const bands = choiceBands(act);
  const reason = choice.reason.trim();
  const steps: WorksheetStep[] = [];
  const amount = choice.amountVnd ?? null;
  const months = choice.suspensionMonths ?? null;
  let fine = act.fine;
  if (amount !== null && bands.amount) {
    fine = { ...fine, amountVnd: amount, amountSource: 'officer-choice', chosenAmountReason: reason, status: 'computed' };
    steps.push({
      key: 'officer-choice',
      labelVi: STEP_LABELS_VI['officer-choice'],
      act: 0,
      inputs: { bandVnd: [bands.amount.minVnd, bands.amount.maxVnd], chosenVnd: amount, reason },
      result: { amountVnd: amount },
      citation: AMOUNT_CITATION[act.fine.net > 0 ? 'upper' : 'lower'],
    });
  }
  let suspensions = act.suspensions;
  if (months !== null && bands.months) {
    suspensions = act.suspensions.map((s) => (s.status === 'needs-officer-choice' ? { ...s, months, source: 'officer-choice' as const, status: 'computed' as const } : s));
    steps.push({
      key: 'officer-choice',
      labelVi: STEP_LABELS_VI['officer-choice'],
      act: 0,
      inputs: { bandMonths: [bands.months.minMonths, bands.months.maxMonths], chosenMonths: months, reason },
      result: { months },
      citation: MONTHS_CITATION,
    });
  }
  const next: ActWorksheet = { ...act, fine, suspensions };
  next.imposedFineVnd = next.limitation.timeBarred || fine.status === 'warning-only' ? 0 : fine.amountVnd;
  next.status = actStatus(next);
  const mergedSuspensions = ws.mergedSuspensions.map((m) => (m.months === null && months !== null && m.acts.includes(0) ? { ...m, months } : m));
  const halfMonth = months !== null && bands.months !== null && !Number.isInteger(months);
  return {
    ...ws,
    flags: halfMonth ? [...ws.flags, { kind: 'half-month-suspension', act: 0, code: act.code, note: `${months} months: the decision must state the half month explicitly` }] : ws.flags,
    acts: [next],
    totalFineVnd: next.imposedFineVnd,
    knownFineSubtotalVnd: next.imposedFineVnd ?? 0,
    mergedSuspensions,
    status: next.status,
    steps: [...ws.steps, ...steps],
  };
}
