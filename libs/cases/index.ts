/** libs/cases: the case procedure as pure code (state machine, legal deadlines, evidence type sniffing). */
export * from './status';
export { availableActions, checkTransition, type CaseFacts, type ExecutionFacts, type MissingStep, type TransitionCheck } from './state-machine';
export { computeDeadlines, isDueWithin, isOverdue, type Deadline, type DeadlineCalendar, type DeadlineFacts, type DeadlineKey, type DeadlineStatus } from './deadlines';
export { ALLOWED_EVIDENCE_TYPES, isPlainText, sniffEvidenceType, type SniffedType } from './sniff';
