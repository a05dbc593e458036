import { ExplanationMode, ViolationRecordStatus } from '@app/cases/cases.enums';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { CaseFacts, CaseStatus, ClosureReason, DeadlineFacts, ExecutionFacts } from '@libs/cases';

/** The violation record as the guards and deadlines see it. */
export interface RecordSummary {
  id: string;
  status: ViolationRecordStatus;
  number: string | null;
  drawnOn: string;
  explanationRight: boolean | null;
  explanationLastDay: string | null;
  explanationMode: ExplanationMode;
}

/** What is on a case's file besides the case row: counts, earliest dates, the record (read by CaseFileRepository). */
export interface CaseFile {
  inspectionCount: number;
  violationCount: number;
  evidenceCount: number;
  firstDetectedOn: string | null;
  limitation: { lastDay: string; countedFrom: string; years: number; citation: string } | null;
  record: RecordSummary | null;
  /** The execution of the case's issued sanction decision (issue 13), or null when none is on file. */
  execution: ExecutionFacts | null;
}

const signed = (file: CaseFile): RecordSummary | null => (file.record?.status === ViolationRecordStatus.Signed ? file.record : null);

/** The facts the state machine's guards read. */
export function stateFacts(c: InspectionCase, file: CaseFile, today: string): CaseFacts {
  const record = signed(file);
  return {
    status: c.status,
    inspectionCount: file.inspectionCount,
    violationCount: file.violationCount,
    recordSigned: record !== null,
    explanationApplies: record?.explanationRight === true,
    explanationLastDay: record?.explanationLastDay ?? null,
    explanationOutcome: c.explanationOutcome,
    limitationLastDay: file.limitation?.lastDay ?? null,
    execution: file.execution,
    today,
  };
}

/** The facts the deadline computation reads. */
export function deadlineFacts(c: InspectionCase, file: CaseFile): DeadlineFacts {
  const record = signed(file);
  return {
    firstDetectedOn: file.firstDetectedOn,
    complex: c.complex,
    recordDrawnOn: record?.drawnOn ?? null,
    explanationApplies: record?.explanationRight === true,
    explanationMode: record?.explanationMode ?? ExplanationMode.Written,
    explanationDoneOn: c.explanationOutcomeOn,
    verificationNeeded: c.verificationNeeded,
    decisionExtensionReason: c.decisionExtensionReason,
    decidedOn: c.decidedOn,
    decisionReceivedOn: c.decisionReceivedOn,
    executedOn: c.executedOn,
    limitation: file.limitation,
    closedWithoutSanction: c.status === CaseStatus.Closed && c.closureReason !== ClosureReason.SanctionExecuted,
  };
}
