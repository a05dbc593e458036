import { addDays, daysBetween, isIsoDate } from '@libs/vn';

/**
 * Tiền chậm nộp tiền phạt (LXLVPHC Đ78 k1; NĐ 118/2021 Đ20 k3, k4): for each day a fine is paid late, 0.05 % of the
 * part of the fine still unpaid. Pure: every input is given, nothing depends on "now".
 *
 * How it is counted here (each choice is named in the step it produces, for legal staff to confirm):
 * - a day is late from the day after the last day to pay up to and including the day of payment, so a payment on the
 *   day after the deadline is one day late (days late = paidOn − dueOn);
 * - the charge of a day is on the fine overdue that day and not yet paid before that day;
 * - payments go first to the fine (oldest instalment first), then to the late charge;
 * - the days a request to reduce, waive or pay in instalments (NĐ 118/2021 Đ20 k4), or to postpone (LXLVPHC Đ76),
 *   was under consideration are not counted;
 * - each step is rounded to the whole đồng, half up, and the total is the sum of the rounded steps.
 */

/** 0.05 % a day = 5 / 10 000 (LXLVPHC Đ78 k1). */
export const LATE_CHARGE_RATE = { numerator: 5, denominator: 10_000, text: '0,05%' } as const;

export const LATE_CHARGE_CITATION = 'LXLVPHC Đ78 k1; NĐ 118/2021 Đ20 k3';

/** An amount the offender must have paid by the end of `dueOn`: the whole fine, or one instalment. */
export interface AmountDue {
  label: string;
  amountVnd: number;
  dueOn: string;
}

export interface PaymentMade {
  paidOn: string;
  amountVnd: number;
}

/** Days that do not count as late (both ends included). */
export interface Pause {
  from: string;
  to: string;
  reason: string;
}

export interface LateChargeInput {
  dues: readonly AmountDue[];
  payments: readonly PaymentMade[];
  pauses: readonly Pause[];
  /** The charge is counted up to this day for what is still unpaid. */
  asOf: string;
}

/** One run of days with the same unpaid amount: days × 0.05 % × unpaid. */
export interface LateChargeStep {
  from: string;
  to: string;
  days: number;
  unpaidVnd: number;
  chargeVnd: number;
  /** e.g. "2026-03-12 → 2026-03-20: 9 days × 0,05% × 12.000.000 đồng = 54.000 đồng". */
  explanation: string;
}

export interface LateChargeResult {
  fineVnd: number;
  finePaidVnd: number;
  fineOutstandingVnd: number;
  steps: LateChargeStep[];
  /** Days inside a pause that would otherwise have been late. */
  excluded: { from: string; to: string; days: number; reason: string }[];
  chargeVnd: number;
  chargePaidVnd: number;
  chargeOutstandingVnd: number;
  /** Fine and charge still owed on `asOf`. */
  balanceVnd: number;
  /** Payments beyond what was owed when they were made. */
  overpaidVnd: number;
  /** The day the fine and its late charge were paid in full, if they were. */
  settledOn: string | null;
  citation: string;
  explanation: string[];
}

export class LateChargeInputError extends Error {
  constructor(readonly field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = 'LateChargeInputError';
  }
}

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const vnd = (n: number): string => `${grouped(n)} đồng`;

/** a × days × 5 / 10 000, rounded half up to the đồng, in integers (no float ever touches money). */
function charge(unpaid: number, days: number): number {
  const num = BigInt(unpaid) * BigInt(days) * BigInt(LATE_CHARGE_RATE.numerator);
  const den = BigInt(LATE_CHARGE_RATE.denominator);
  return Number((num * 2n + den) / (2n * den));
}

function validate(input: LateChargeInput): void {
  const date = (field: string, v: string) => {
    if (!isIsoDate(v)) throw new LateChargeInputError(field, `not a calendar date: ${v}`);
  };
  const money = (field: string, v: number) => {
    if (!Number.isSafeInteger(v) || v < 0) throw new LateChargeInputError(field, `not a whole, non-negative number of đồng: ${v}`);
  };
  date('asOf', input.asOf);
  input.dues.forEach((d, i) => {
    date(`dues[${i}].dueOn`, d.dueOn);
    money(`dues[${i}].amountVnd`, d.amountVnd);
  });
  input.payments.forEach((p, i) => {
    date(`payments[${i}].paidOn`, p.paidOn);
    money(`payments[${i}].amountVnd`, p.amountVnd);
  });
  input.pauses.forEach((p, i) => {
    date(`pauses[${i}].from`, p.from);
    date(`pauses[${i}].to`, p.to);
    if (p.to < p.from) throw new LateChargeInputError(`pauses[${i}].to`, `${p.to} is before ${p.from}`);
  });
}

/** The reason a day is not counted, or undefined. */
const pausedOn = (pauses: readonly Pause[], day: string): Pause | undefined => pauses.find((p) => day >= p.from && day <= p.to);

/**
 * The late charge with each step shown. Day by day would be simplest; instead the days between two events (a due date,
 * a payment, a pause starting or ending) share one unpaid amount and make one step.
 */
export function computeLateCharge(input: LateChargeInput): LateChargeResult {
  validate(input);
  const dues = [...input.dues].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const payments = [...input.payments].sort((a, b) => (a.paidOn < b.paidOn ? -1 : a.paidOn > b.paidOn ? 1 : 0));
  const fine = dues.reduce((s, d) => s + d.amountVnd, 0);

  // Walk the days on which something changes; between two of them the unpaid overdue amount is constant.
  const events = new Set<string>();
  for (const d of dues) events.add(addDays(d.dueOn, 1));
  for (const p of payments) events.add(addDays(p.paidOn, 1));
  for (const p of input.pauses) {
    events.add(p.from);
    events.add(addDays(p.to, 1));
  }
  const lastDay = payments.length > 0 && payments[payments.length - 1].paidOn > input.asOf ? payments[payments.length - 1].paidOn : input.asOf;
  const starts = [...events].filter((d) => d <= lastDay).sort();

  let finePaid = 0;
  let chargeAccrued = 0;
  let chargePaid = 0;
  let overpaid = 0;
  let settledOn: string | null = null;
  const steps: LateChargeStep[] = [];
  const excluded: LateChargeResult['excluded'] = [];
  let paymentIndex = 0;

  /** Payments made before `day` (strictly) that are not yet applied: to the fine first, then to the charge. */
  const applyPaymentsBefore = (day: string) => {
    while (paymentIndex < payments.length && payments[paymentIndex].paidOn < day) {
      const p = payments[paymentIndex++];
      const toFine = Math.min(p.amountVnd, fine - finePaid);
      finePaid += toFine;
      const toCharge = Math.min(p.amountVnd - toFine, chargeAccrued - chargePaid);
      chargePaid += toCharge;
      overpaid += p.amountVnd - toFine - toCharge;
      if (settledOn === null && finePaid === fine && chargePaid === chargeAccrued) settledOn = p.paidOn;
    }
  };

  for (let i = 0; i < starts.length; i++) {
    const from = starts[i];
    const to = i + 1 < starts.length ? addDays(starts[i + 1], -1) : lastDay;
    applyPaymentsBefore(from);
    const overdue = dues.filter((d) => d.dueOn < from).reduce((s, d) => s + d.amountVnd, 0);
    const unpaid = Math.max(0, overdue - finePaid);
    if (unpaid === 0 || to < from) continue;
    const pause = pausedOn(input.pauses, from);
    const days = daysBetween(from, to) + 1;
    if (pause) {
      excluded.push({ from, to, days, reason: pause.reason });
      continue;
    }
    const amount = charge(unpaid, days);
    chargeAccrued += amount;
    steps.push({
      from,
      to,
      days,
      unpaidVnd: unpaid,
      chargeVnd: amount,
      explanation: `${from} → ${to}: ${days} day${days > 1 ? 's' : ''} × ${LATE_CHARGE_RATE.text} × ${vnd(unpaid)} = ${vnd(amount)}`,
    });
  }
  applyPaymentsBefore(addDays(lastDay, 1));

  const fineOutstanding = fine - finePaid;
  const chargeOutstanding = chargeAccrued - chargePaid;
  const explanation = [
    `Fine ${vnd(fine)}; paid towards it ${vnd(finePaid)}; outstanding ${vnd(fineOutstanding)}.`,
    steps.length === 0 ? 'No day of late payment.' : `Late charge (${LATE_CHARGE_CITATION}), day after the last day to pay up to the day paid:`,
    ...steps.map((s) => `  ${s.explanation}`),
    ...excluded.map((e) => `  ${e.from} → ${e.to}: ${e.days} day${e.days > 1 ? 's' : ''} not counted (${e.reason}; NĐ 118/2021 Đ20 k4)`),
    `Late charge ${vnd(chargeAccrued)}; paid towards it ${vnd(chargePaid)}; outstanding ${vnd(chargeOutstanding)}.`,
    settledOn ? `Paid in full on ${settledOn}.` : `Balance on ${input.asOf}: ${vnd(fineOutstanding + chargeOutstanding)}.`,
  ];
  return {
    fineVnd: fine,
    finePaidVnd: finePaid,
    fineOutstandingVnd: fineOutstanding,
    steps,
    excluded,
    chargeVnd: chargeAccrued,
    chargePaidVnd: chargePaid,
    chargeOutstandingVnd: chargeOutstanding,
    balanceVnd: fineOutstanding + chargeOutstanding,
    overpaidVnd: overpaid,
    settledOn,
    citation: LATE_CHARGE_CITATION,
    explanation,
  };
}
