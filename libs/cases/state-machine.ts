import { CaseAction, CaseStatus, ClosureReason, ExplanationOutcome } from './status';

/** What the guards look at: the case's status and the steps already on its file. */
export interface CaseFacts {
  status: CaseStatus;
  inspectionCount: number;
  violationCount: number;
  /** A violation record (biên bản) signed and frozen. */
  recordSigned: boolean;
  /** From the signed record: whether the offender has the right to explain (LXLVPHC Đ61 k1). */
  explanationApplies: boolean;
  /** Last day of the explanation window, when it applies. */
  explanationLastDay: string | null;
  explanationOutcome: ExplanationOutcome | null;
  /** Earliest last day on which a decision may be issued over the case's violations (LXLVPHC Đ6). */
  limitationLastDay: string | null;
  /**
   * What the execution of the case's issued sanction decision has come to; null when the case has none on file (a
   * decision recorded by reference only, before issue 13), and then the officer's word stands.
   */
  execution?: ExecutionFacts | null;
  today: string;
}

/** Thi hành quyết định xử phạt, as the execution records say (src/execution keeps them). */
export interface ExecutionFacts {
  /** Fine and late charge paid in full (LXLVPHC Đ73 k1, Đ78 k1), or no fine owed. */
  paidInFull: boolean;
  /** An enforcement decision was carried out (LXLVPHC Đ86). */
  enforced: boolean;
  /** Fine and late charge still owed when last computed. */
  balanceVnd: number;
  remedialOutstanding: number;
  /** Licence suspensions the decision imposes that are neither running nor served in the registry. */
  suspensionOutstanding: number;
  /** Annulled (MQĐ40): nothing is owed. */
  annulled: boolean;
}

/** A step that must be on the file before a transition; `key` is stable for clients, `message` names it. */
export interface MissingStep {
  key: string;
  message: string;
}

export type TransitionCheck = { allowed: true; to: CaseStatus } | { allowed: false; missing: MissingStep };

interface Guard {
  key: string;
  /** True when the step is there. */
  ok(f: CaseFacts): boolean;
  message(f: CaseFacts): string;
}

interface Rule {
  from: readonly CaseStatus[];
  to: CaseStatus;
  /** In procedural order: the first one missing is the one named. */
  guards: readonly Guard[];
}

/** Order of the procedure, to tell "not there yet" from "already past it". */
const ORDER: readonly CaseStatus[] = [
  CaseStatus.Open,
  CaseStatus.Inspecting,
  CaseStatus.ViolationsRecorded,
  CaseStatus.AwaitingExplanation,
  CaseStatus.ReadyForDecision,
  CaseStatus.Decided,
  CaseStatus.Executed,
  CaseStatus.Closed,
];

const BEFORE_DECISION = [CaseStatus.Open, CaseStatus.Inspecting, CaseStatus.ViolationsRecorded, CaseStatus.AwaitingExplanation, CaseStatus.ReadyForDecision] as const;

const inspectionLogged: Guard = {
  key: 'inspection',
  ok: (f) => f.inspectionCount > 0,
  message: () => 'no inspection (thanh tra, kiểm tra) is logged on the case: log one first',
};

const violationListed: Guard = {
  key: 'violation',
  ok: (f) => f.violationCount > 0,
  message: () => 'no violation is listed on the case: record the violation first',
};

const recordSigned: Guard = {
  key: 'violation_record',
  ok: (f) => f.recordSigned,
  message: () => 'the violation record (biên bản vi phạm hành chính, LXLVPHC Đ58; NĐ 118/2021 Đ12) has not been drawn and signed',
};

const explanationRightApplies: Guard = {
  key: 'explanation_right',
  ok: (f) => f.explanationApplies,
  message: () => 'the offender has no right to explain in this case (LXLVPHC Đ61 k1): mark the case ready for decision directly',
};

const explanationAwaited: Guard = {
  key: 'await_explanation',
  ok: (f) => !f.explanationApplies || f.status !== CaseStatus.ViolationsRecorded,
  message: () => 'the offender has the right to explain (LXLVPHC Đ61 k1): open the explanation window (await explanation) first',
};

const explanationWindowOver: Guard = {
  key: 'explanation_window',
  ok: (f) => !f.explanationApplies || f.explanationOutcome !== null || (f.explanationLastDay !== null && f.today > f.explanationLastDay),
  message: (f) =>
    `the explanation window (LXLVPHC Đ61) runs until ${f.explanationLastDay ?? 'an unknown date'}: wait until it has passed, or record the explanation received or waived`,
};

const withinLimitation: Guard = {
  key: 'limitation',
  ok: (f) => f.limitationLastDay === null || f.today <= f.limitationLastDay,
  message: (f) =>
    `the limitation period (thời hiệu xử phạt, LXLVPHC Đ6 k1) ended on ${f.limitationLastDay}: no sanction may be decided (LXLVPHC Đ65 k1); close the case without sanction`,
};

const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const finePaidOrEnforced: Guard = {
  key: 'payment',
  ok: (f) => !f.execution || f.execution.annulled || f.execution.paidInFull || f.execution.enforced,
  message: (f) =>
    `the fine is not paid in full: ${grouped(f.execution?.balanceVnd ?? 0)} đồng are still owed, late charge included (LXLVPHC Đ73 k1, Đ78 k1); record the payments, or the enforcement carried out (LXLVPHC Đ86)`,
};

const remedialDone: Guard = {
  key: 'remedial_measures',
  ok: (f) => !f.execution || f.execution.annulled || f.execution.remedialOutstanding === 0,
  message: (f) => `${f.execution?.remedialOutstanding} remedial measure(s) of the decision are not recorded as done (LXLVPHC Đ85)`,
};

const suspensionApplied: Guard = {
  key: 'licence_suspension',
  ok: (f) => !f.execution || f.execution.annulled || f.execution.suspensionOutstanding === 0,
  message: (f) => `${f.execution?.suspensionOutstanding} licence suspension(s) the decision imposes are neither running nor served in the registry (LXLVPHC Đ25)`,
};

/** Executed, and closed, only when the execution records say so (issue 13): the first missing step is named. */
const EXECUTION_GUARDS = [finePaidOrEnforced, remedialDone, suspensionApplied] as const;

const RULES: Record<CaseAction, Rule> = {
  [CaseAction.StartInspection]: { from: [CaseStatus.Open], to: CaseStatus.Inspecting, guards: [inspectionLogged] },
  [CaseAction.RecordViolations]: { from: [CaseStatus.Inspecting], to: CaseStatus.ViolationsRecorded, guards: [violationListed, recordSigned] },
  [CaseAction.AwaitExplanation]: { from: [CaseStatus.ViolationsRecorded], to: CaseStatus.AwaitingExplanation, guards: [recordSigned, explanationRightApplies] },
  [CaseAction.MarkReadyForDecision]: {
    from: [CaseStatus.ViolationsRecorded, CaseStatus.AwaitingExplanation],
    to: CaseStatus.ReadyForDecision,
    guards: [recordSigned, explanationAwaited, explanationWindowOver],
  },
  [CaseAction.Decide]: {
    from: [CaseStatus.ReadyForDecision],
    to: CaseStatus.Decided,
    guards: [recordSigned, explanationAwaited, explanationWindowOver, withinLimitation],
  },
  [CaseAction.Execute]: { from: [CaseStatus.Decided], to: CaseStatus.Executed, guards: EXECUTION_GUARDS },
  [CaseAction.Close]: { from: [CaseStatus.Executed], to: CaseStatus.Closed, guards: EXECUTION_GUARDS },
  [CaseAction.CloseWithoutSanction]: { from: BEFORE_DECISION, to: CaseStatus.Closed, guards: [] },
};

const STEP_BEFORE: Partial<Record<CaseStatus, string>> = {
  [CaseStatus.Open]: 'open the case',
  [CaseStatus.Inspecting]: 'start the inspection',
  [CaseStatus.ViolationsRecorded]: 'sign the violation record',
  [CaseStatus.AwaitingExplanation]: 'await the explanation',
  [CaseStatus.ReadyForDecision]: 'mark the case ready for decision',
  [CaseStatus.Decided]: 'record the sanction decision',
  [CaseStatus.Executed]: 'record the execution of the decision',
};

const isPast = (status: CaseStatus, from: readonly CaseStatus[]): boolean =>
  ORDER.indexOf(status) > Math.max(...from.map((s) => ORDER.indexOf(s)));

/** Closing because the limitation expired is only true once it has (LXLVPHC Đ6 k1, Đ65 k1). */
function closureGuard(reason: ClosureReason | undefined, f: CaseFacts): MissingStep | null {
  if (reason === ClosureReason.SanctionExecuted) {
    return { key: 'closure_reason', message: 'a case closes as "sanction executed" only after its decision is executed (use close)' };
  }
  if (reason !== ClosureReason.LimitationExpired) return null;
  if (f.limitationLastDay === null) return { key: 'limitation', message: 'no violation with a limitation period is listed, so the limitation cannot have expired' };
  if (f.today <= f.limitationLastDay) {
    return { key: 'limitation', message: `the limitation period (LXLVPHC Đ6 k1) runs until ${f.limitationLastDay}; it has not expired` };
  }
  return null;
}

/** A refusal whose message is built only when asked for: lists ask every action of every case on a page. */
interface Refusal {
  key: string;
  message: () => string;
}

/** The first missing step in procedural order, or null when the action may go ahead. */
function firstRefusal(action: CaseAction, facts: CaseFacts, closureReason?: ClosureReason): Refusal | null {
  const rule = RULES[action];
  if (facts.status === CaseStatus.Closed) return { key: 'closed', message: () => 'the case is closed; a closed case cannot change' };
  if (isPast(facts.status, rule.from)) {
    return { key: 'status', message: () => `the case is already ${facts.status.replace(/_/g, ' ')}; "${action.replace(/_/g, ' ')}" comes earlier in the procedure` };
  }
  const guard = rule.guards.find((g) => !g.ok(facts));
  if (guard) return { key: guard.key, message: () => guard.message(facts) };
  if (!rule.from.includes(facts.status)) {
    return { key: 'status', message: () => `the case is ${facts.status.replace(/_/g, ' ')}: ${rule.from.map((s) => STEP_BEFORE[s] ?? s).join(' or ')} first` };
  }
  if (action === CaseAction.CloseWithoutSanction) {
    const missing = closureGuard(closureReason, facts);
    if (missing) return { key: missing.key, message: () => missing.message };
  }
  return null;
}

/**
 * Whether `action` may move a case with these facts, and where to. A refusal names the first missing step in
 * procedural order, so "decide" on a case without a record says the record is missing rather than the status.
 */
export function checkTransition(action: CaseAction, facts: CaseFacts, closureReason?: ClosureReason): TransitionCheck {
  const refusal = firstRefusal(action, facts, closureReason);
  return refusal ? { allowed: false, missing: { key: refusal.key, message: refusal.message() } } : { allowed: true, to: RULES[action].to };
}

/** `checkTransition(...).allowed` without building the refusal's message. */
export function isAllowed(action: CaseAction, facts: CaseFacts, closureReason?: ClosureReason): boolean {
  return firstRefusal(action, facts, closureReason) === null;
}

const ACTIONS = Object.values(CaseAction);

/** The actions a client could offer now (for buttons); guards included. */
export function availableActions(facts: CaseFacts): CaseAction[] {
  return ACTIONS.filter((a) => isAllowed(a, facts, ClosureReason.NoViolation));
}
