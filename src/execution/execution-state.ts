import type { DecisionDocument, RemedialMeasure } from '@libs/pdf';
import {
  computeLateCharge,
  daysLeft,
  deliveryDeadline,
  EXECUTION_LIMIT_WARNING_DAYS,
  executionTimeLimit,
  paymentDeadline,
  type AmountDue,
  type ExecutionCalendar,
  type LateChargeResult,
  type Pause,
  type TimeLimit,
} from '@libs/legal/execution';
import { addDays } from '@libs/vn';
import { ComplaintOutcome, ExecutionRequestKind, ExecutionRequestStatus } from '@app/execution/execution.enums';
import type { DecisionDelivery, EnforcementDecision, ExecutionComplaint, ExecutionRequest, FinePayment, RemedialCompletion } from '@app/execution/entities/execution-records.entity';

/** An issued decision of the chain as this module reads it (the sanction decision or a later amend/annul). */
export interface ChainDecision {
  id: string;
  kind: 'sanction' | 'amend' | 'correct' | 'annul';
  number: string;
  issuedOn: string;
  issuedAt: Date;
  totalFineVnd: number;
  document: DecisionDocument;
}

/** Everything recorded about a decision's execution. */
export interface ExecutionRecords {
  deliveries: DecisionDelivery[];
  payments: FinePayment[];
  requests: ExecutionRequest[];
  enforcements: EnforcementDecision[];
  complaints: ExecutionComplaint[];
  remedial: RemedialCompletion[];
  /** The licence suspensions the decision imposes that the registry has not started yet (LXLVPHC Đ25 k2). */
  suspensionsNotStarted: { licenceNumber: string; fromOn: string }[];
}

export type StepStatus = 'pending' | 'overdue' | 'met' | 'late' | 'not_applicable';

export interface RemedialState {
  index: number;
  description: string;
  /** Last day to carry it out, when the decision set one and receipt is known. */
  dueOn: string | null;
  doneOn: string | null;
  status: StepStatus;
}

/** The facts the case's "execute" and "close" guards read (stored on decision_executions). */
export interface ExecutionFacts {
  paidInFull: boolean;
  settledOn: string | null;
  enforced: boolean;
  balanceVnd: number;
  remedialOutstanding: number;
  suspensionOutstanding: number;
  annulled: boolean;
}

export interface ExecutionState {
  /** The decision whose figures apply: the sanction decision or its latest issued amendment (MQĐ38). */
  effective: { number: string; issuedOn: string; totalFineVnd: number };
  annulledBy: { number: string; issuedOn: string } | null;
  effectiveDate: string;
  delivery: { deadline: TimeLimit; deliveredOn: string | null; receivedOn: string | null; status: StepStatus };
  payment: { deadline: TimeLimit; dues: AmountDue[]; pauses: Pause[]; lateCharge: LateChargeResult; status: StepStatus };
  /** The decision is not carried out by its deadline and no enforcement decision is recorded (LXLVPHC Đ85 k1). */
  enforcementDue: boolean;
  enforcementReason: string | null;
  executionLimit: { limit: TimeLimit; daysLeft: number | null; status: 'running' | 'expiring' | 'passed' | 'done' };
  remedial: RemedialState[];
  executionSuspended: { from: string; until: string | null; reference: string } | null;
  facts: ExecutionFacts;
  /** What still stands between the decision and "executed", in words. */
  outstanding: string[];
}

const vnd = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;

function remedialDue(m: RemedialMeasure, receivedOn: string | null): string | null {
  if (!m.deadline) return null;
  switch (m.deadline.kind) {
    case 'date':
      return m.deadline.date;
    case 'days':
      return receivedOn === null ? null : addDays(receivedOn, m.deadline.days);
  }
}

const stepStatus = (dueOn: string | null, doneOn: string | null, today: string): StepStatus => {
  if (doneOn !== null) return dueOn === null || doneOn <= dueOn ? 'met' : 'late';
  if (dueOn === null) return 'pending';
  return today > dueOn ? 'overdue' : 'pending';
};

/**
 * What the records say about a decision's execution on `today`: deadlines with how they were counted, the late charge
 * with each step, what is due or overdue, and the facts the case guards read. Pure: everything is given.
 */
export function executionState(chain: ChainDecision[], records: ExecutionRecords, calendar: ExecutionCalendar, today: string): ExecutionState {
  const sanction = chain.find((d) => d.kind === 'sanction');
  if (!sanction) throw new Error('executionState: no sanction decision in the chain');
  const later = chain.filter((d) => d !== sanction).sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime());
  const annulment = later.filter((d) => d.kind === 'annul').at(-1) ?? null;
  // An amendment (MQĐ38) replaces the figures; a correction (MQĐ39) fixes wording only (as the reports count them).
  const effective = later.filter((d) => d.kind === 'amend').at(-1) ?? sanction;
  const fine = annulment ? 0 : effective.totalFineVnd;

  const delivered = [...records.deliveries].sort((a, b) => (a.sentOn < b.sentOn ? -1 : 1));
  const deliveredOn = delivered[0]?.sentOn ?? null;
  // A refusal recorded in MBB06 counts as delivery on that day (legal staff to confirm, LXLVPHC Đ70).
  const receivedOn = delivered.map((d) => d.receivedOn ?? (d.refused ? d.sentOn : null)).filter((d): d is string => d !== null).sort()[0] ?? null;
  const deliveryLimit = deliveryDeadline(sanction.issuedOn, calendar);

  const granted = records.requests.filter((r) => r.status === ExecutionRequestStatus.Granted).sort((a, b) => ((a.decidedOn ?? '') < (b.decidedOn ?? '') ? -1 : 1));
  const instalmentPlan = granted.filter((r) => r.kind === ExecutionRequestKind.Instalments).at(-1);
  const postponement = granted.filter((r) => r.kind === ExecutionRequestKind.Postponement).at(-1);
  const payLimit = paymentDeadline(receivedOn, calendar);
  let dues: AmountDue[] = [];
  if (fine > 0 && instalmentPlan?.instalments) {
    dues = instalmentPlan.instalments.map((l, i) => ({ label: `instalment ${i + 1} (${instalmentPlan.decisionNumber})`, amountVnd: l.amountVnd, dueOn: l.dueOn }));
  } else if (fine > 0 && postponement?.postponedUntil) {
    dues = [{ label: `fine, postponed by ${postponement.decisionNumber}`, amountVnd: fine, dueOn: postponement.postponedUntil }];
  } else if (fine > 0 && payLimit.dueOn !== null) {
    dues = [{ label: 'fine', amountVnd: fine, dueOn: payLimit.dueOn }];
  }
  const suspension = records.complaints.find((c) => c.suspendedFrom !== null && c.suspendedFrom <= today && (c.suspendedUntil === null || c.suspendedUntil >= today)) ?? null;
  const pauses: Pause[] = [
    ...records.requests.map((r) => ({ from: r.receivedOn, to: r.decidedOn ?? today, reason: `${r.kind === ExecutionRequestKind.Instalments ? 'instalment' : 'postponement'} request under consideration` })),
    ...records.complaints.filter((c) => c.suspendedFrom !== null).map((c) => ({ from: c.suspendedFrom as string, to: c.suspendedUntil ?? today, reason: `execution suspended (${c.suspensionReference ?? 'complaint'})` })),
  ];
  // Until the receipt is recorded there is no deadline yet, but the fine is owed all the same: counted as due today,
  // so nothing is late and the balance is right.
  const chargeDues = dues.length > 0 || fine === 0 ? dues : [{ label: 'fine (no deadline yet: receipt not recorded)', amountVnd: fine, dueOn: today }];
  const lateCharge = computeLateCharge({ dues: chargeDues, payments: records.payments.map((p) => ({ paidOn: p.paidOn, amountVnd: p.amountVnd })), pauses, asOf: today });
  const lastDue = dues.map((d) => d.dueOn).sort().at(-1) ?? null;
  const paidInFull = fine === 0 || annulment !== null || (lateCharge.fineOutstandingVnd === 0 && lateCharge.chargeOutstandingVnd === 0);
  const paymentStatus: StepStatus = fine === 0 ? 'not_applicable' : stepStatus(lastDue, paidInFull ? (lateCharge.settledOn ?? today) : null, today);

  const document = effective.document;
  const remedial = annulment
    ? []
    : document.remedialMeasures.map((m, index) => {
        const done = records.remedial.find((r) => r.measureIndex === index) ?? null;
        const dueOn = remedialDue(m, receivedOn);
        return { index, description: m.description, dueOn, doneOn: done?.doneOn ?? null, status: stepStatus(dueOn, done?.doneOn ?? null, today) };
      });
  const enforced = records.enforcements.some((e) => e.carriedOutOn !== null);
  const enforcementRecorded = records.enforcements.length > 0;
  const overdueMoney = fine > 0 && !paidInFull && lastDue !== null && today > lastDue;
  const overdueRemedial = remedial.filter((r) => r.status === 'overdue');
  const enforcementDue = !annulment && !suspension && !enforcementRecorded && (overdueMoney || overdueRemedial.length > 0);
  const enforcementReason = !enforcementDue
    ? null
    : overdueMoney
      ? `not paid by ${lastDue}: ${vnd(lateCharge.balanceVnd)} owed, late charge included (LXLVPHC Đ73 k1, Đ85 k1)`
      : `remedial measure${overdueRemedial.length > 1 ? 's' : ''} ${overdueRemedial.map((r) => r.index + 1).join(', ')} not carried out by ${overdueRemedial[0].dueOn} (LXLVPHC Đ85 k1, Đ86 k2 d)`;

  const limit = executionTimeLimit(sanction.issuedOn);
  const remedialOutstanding = remedial.filter((r) => r.doneOn === null).length;
  const done = annulment !== null || ((paidInFull || enforced) && remedialOutstanding === 0);
  const left = daysLeft(limit.dueOn, today);
  const limitStatus = done ? 'done' : left !== null && left < 0 ? 'passed' : left !== null && left <= EXECUTION_LIMIT_WARNING_DAYS ? 'expiring' : 'running';

  const facts: ExecutionFacts = {
    paidInFull,
    settledOn: lateCharge.settledOn,
    enforced,
    balanceVnd: annulment ? 0 : lateCharge.balanceVnd,
    remedialOutstanding,
    // Imposed and not yet started in the registry; a running or served one is carried out (issue 13 point 5).
    suspensionOutstanding: annulment ? 0 : records.suspensionsNotStarted.length,
    annulled: annulment !== null,
  };
  const outstanding: string[] = [];
  if (!paidInFull && !enforced) outstanding.push(`the fine is not paid in full: ${vnd(lateCharge.balanceVnd)} owed, late charge included (LXLVPHC Đ73 k1, Đ78 k1); record the payments, or the enforcement carried out (LXLVPHC Đ86)`);
  if (!annulment && records.suspensionsNotStarted.length > 0) {
    const list = records.suspensionsNotStarted.map((x) => `licence số ${x.licenceNumber} from ${x.fromOn}`).join(', ');
    outstanding.push(`the licence suspension is not yet started in the registry (${list}; the nightly sweep starts it on its first day, LXLVPHC Đ25 k2)`);
  }
  if (remedialOutstanding > 0) outstanding.push(`${remedialOutstanding} remedial measure${remedialOutstanding > 1 ? 's are' : ' is'} not recorded as done (LXLVPHC Đ85)`);
  return {
    effective: { number: effective.number, issuedOn: effective.issuedOn, totalFineVnd: effective.totalFineVnd },
    annulledBy: annulment ? { number: annulment.number, issuedOn: annulment.issuedOn } : null,
    effectiveDate: sanction.document.effectiveDate,
    delivery: { deadline: deliveryLimit, deliveredOn, receivedOn, status: stepStatus(deliveryLimit.dueOn, deliveredOn, today) },
    payment: { deadline: payLimit, dues, pauses, lateCharge, status: paymentStatus },
    enforcementDue,
    enforcementReason,
    executionLimit: { limit, daysLeft: left, status: limitStatus },
    remedial,
    executionSuspended: suspension ? { from: suspension.suspendedFrom as string, until: suspension.suspendedUntil, reference: suspension.suspensionReference ?? '' } : null,
    facts,
    outstanding,
  };
}

/** An issued correction that carried out a complaint's outcome must be of the matching kind. */
export const OUTCOME_CORRECTION: Partial<Record<ComplaintOutcome, 'amend' | 'annul'>> = {
  [ComplaintOutcome.Amended]: 'amend',
  [ComplaintOutcome.Annulled]: 'annul',
};
