import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { CaseFile } from '@app/cases/case-file';
import { ExplanationMode, ViolationRecordStatus } from '@app/cases/cases.enums';
import type { ExecutionFacts } from '@libs/cases';

interface FileRow {
  case_id: string;
  inspections: number;
  evidence: number;
  violations: number;
  first_detected_on: string | null;
  limitation_last_day: string | null;
  limitation: { countedFrom: string; years: number; citation: string } | null;
  record_id: string | null;
  record_status: ViolationRecordStatus | null;
  record_number: string | null;
  drawn_on: string | null;
  explanation_right: boolean | null;
  explanation_last_day: string | null;
  explanation_mode: ExplanationMode | null;
  execution: ExecutionFacts | null;
}

const EMPTY: CaseFile = { inspectionCount: 0, violationCount: 0, evidenceCount: 0, firstDetectedOn: null, limitation: null, record: null, execution: null };

/** Reads a case's file (counts, dates, the record) inside the caller's transaction or on its manager. */
@Injectable()
export class CaseFileRepository {
  /**
   * Loads the files of several cases in one round trip (lists compute deadlines for every row): counts,
   * the first detection, the earliest limitation with how the fine engine counted it, and the record.
   */
  async loadMany(manager: EntityManager, ids: string[]): Promise<Map<string, CaseFile>> {
    const files = new Map<string, CaseFile>(ids.map((id) => [id, { ...EMPTY }]));
    if (ids.length === 0) return files;
    const rows: FileRow[] = await manager.query(
      `select c.id as case_id,
              (select count(*)::int from inspections i where i.case_id = c.id) as inspections,
              (select count(*)::int from case_evidence e where e.case_id = c.id) as evidence,
              v.n as violations, v.first_detected_on, l.last_day as limitation_last_day, l.limitation,
              r.id as record_id, r.status as record_status, r.number as record_number, to_char(r.drawn_on, 'YYYY-MM-DD') as drawn_on,
              r.explanation_right, to_char(r.explanation_last_day, 'YYYY-MM-DD') as explanation_last_day, r.explanation_mode,
              x.execution
         from unnest($1::uuid[]) as c(id)
         left join lateral (select count(*)::int as n, to_char(min(detected_on), 'YYYY-MM-DD') as first_detected_on
                              from case_violations where case_id = c.id) v on true
         left join lateral (select to_char(limitation_last_day, 'YYYY-MM-DD') as last_day, worksheet->'acts'->0->'limitation' as limitation
                              from case_violations where case_id = c.id order by limitation_last_day asc limit 1) l on true
         left join violation_records r on r.case_id = c.id
         -- The execution of the issued sanction decision as src/execution last computed it (issue 13); until it has,
         -- what the frozen decision itself says is owed: its fine and its remedial measures.
         left join lateral (select json_build_object(
                                   'paidInFull', coalesce(e.paid_in_full, d.total_fine_vnd = 0),
                                   'enforced', coalesce(e.enforced, false),
                                   'balanceVnd', coalesce(e.balance_vnd, d.total_fine_vnd)::float8,
                                   'remedialOutstanding', coalesce(e.remedial_outstanding, jsonb_array_length(coalesce(d.snapshot->'document'->'remedialMeasures', '[]'::jsonb))),
                                   'suspensionOutstanding', coalesce(e.suspension_outstanding, 0),
                                   'annulled', coalesce(e.annulled, false)) as execution
                              from sanction_decisions d left join decision_executions e on e.decision_id = d.id
                             where d.case_id = c.id and d.kind = 'sanction' and d.status = 'issued' limit 1) x on true`,
      [ids],
    );
    for (const row of rows) {
      const file = files.get(row.case_id);
      if (!file) continue;
      file.inspectionCount = row.inspections;
      file.evidenceCount = row.evidence;
      file.violationCount = row.violations;
      file.firstDetectedOn = row.first_detected_on;
      file.execution = row.execution;
      if (row.limitation_last_day && row.limitation) {
        file.limitation = { lastDay: row.limitation_last_day, countedFrom: row.limitation.countedFrom, years: row.limitation.years, citation: row.limitation.citation };
      }
      if (row.record_id && row.record_status && row.drawn_on && row.explanation_mode) {
        file.record = {
          id: row.record_id,
          status: row.record_status,
          number: row.record_number,
          drawnOn: row.drawn_on,
          explanationRight: row.explanation_right,
          explanationLastDay: row.explanation_last_day,
          explanationMode: row.explanation_mode,
        };
      }
    }
    return files;
  }

  async load(manager: EntityManager, id: string): Promise<CaseFile> {
    return (await this.loadMany(manager, [id])).get(id) ?? { ...EMPTY };
  }
}
