import { EntityManager } from 'typeorm';
import { ExplanationMode, ViolationRecordStatus } from '@app/cases/cases.enums';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { CaseFacts, CaseStatus, ClosureReason, DeadlineFacts } from '@libs/cases';

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

/** What is on a case's file besides the case row: counts, earliest dates, the record. */
export interface CaseFile {
  inspectionCount: number;
  violationCount: number;
  evidenceCount: number;
  firstDetectedOn: string | null;
  limitation: { lastDay: string; countedFrom: string; years: number; citation: string } | null;
  record: RecordSummary | null;
}

const EMPTY: CaseFile = { inspectionCount: 0, violationCount: 0, evidenceCount: 0, firstDetectedOn: null, limitation: null, record: null };

interface CountRow {
  case_id: string;
  n: number;
}

interface ViolationRow {
  case_id: string;
  n: number;
  first_detected_on: string;
}

interface LimitationRow {
  case_id: string;
  last_day: string;
  limitation: { countedFrom: string; years: number; citation: string } | null;
}

interface RecordRow {
  id: string;
  case_id: string;
  status: ViolationRecordStatus;
  number: string | null;
  drawn_on: string;
  explanation_right: boolean | null;
  explanation_last_day: string | null;
  explanation_mode: ExplanationMode;
}

const counts = async (manager: EntityManager, table: string, ids: string[]): Promise<Map<string, number>> => {
  const rows: CountRow[] = await manager.query(`select case_id, count(*)::int as n from ${table} where case_id = any($1) group by case_id`, [ids]);
  return new Map(rows.map((r) => [r.case_id, r.n]));
};

/** Loads the files of several cases in a handful of queries (lists compute deadlines for every row). */
export async function loadCaseFiles(manager: EntityManager, ids: string[]): Promise<Map<string, CaseFile>> {
  const files = new Map<string, CaseFile>(ids.map((id) => [id, { ...EMPTY }]));
  if (ids.length === 0) return files;
  const [inspections, evidence] = [await counts(manager, 'inspections', ids), await counts(manager, 'case_evidence', ids)];
  const violations: ViolationRow[] = await manager.query(
    `select case_id, count(*)::int as n, to_char(min(detected_on), 'YYYY-MM-DD') as first_detected_on
       from case_violations where case_id = any($1) group by case_id`,
    [ids],
  );
  // The earliest limitation over the violations, with how the fine engine counted it.
  const limitations: LimitationRow[] = await manager.query(
    `select distinct on (case_id) case_id, to_char(limitation_last_day, 'YYYY-MM-DD') as last_day, worksheet->'acts'->0->'limitation' as limitation
       from case_violations where case_id = any($1) order by case_id, limitation_last_day asc`,
    [ids],
  );
  const records: RecordRow[] = await manager.query(
    `select id, case_id, status, number, to_char(drawn_on, 'YYYY-MM-DD') as drawn_on, explanation_right,
            to_char(explanation_last_day, 'YYYY-MM-DD') as explanation_last_day, explanation_mode
       from violation_records where case_id = any($1)`,
    [ids],
  );
  for (const [id, file] of files) {
    file.inspectionCount = inspections.get(id) ?? 0;
    file.evidenceCount = evidence.get(id) ?? 0;
  }
  for (const v of violations) {
    const file = files.get(v.case_id);
    if (file) Object.assign(file, { violationCount: v.n, firstDetectedOn: v.first_detected_on });
  }
  for (const l of limitations) {
    const file = files.get(l.case_id);
    if (file && l.limitation) file.limitation = { lastDay: l.last_day, countedFrom: l.limitation.countedFrom, years: l.limitation.years, citation: l.limitation.citation };
  }
  for (const r of records) {
    const file = files.get(r.case_id);
    if (file) {
      file.record = {
        id: r.id,
        status: r.status,
        number: r.number,
        drawnOn: r.drawn_on,
        explanationRight: r.explanation_right,
        explanationLastDay: r.explanation_last_day,
        explanationMode: r.explanation_mode,
      };
    }
  }
  return files;
}

export async function loadCaseFile(manager: EntityManager, id: string): Promise<CaseFile> {
  return (await loadCaseFiles(manager, [id])).get(id) ?? { ...EMPTY };
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
