import { pressAgencyJoin, subjectKindSql } from '@app/cases/subject-kind';
import { ReportDimension, ReportMetric, ReportSource } from '@libs/reports';

/** Positional parameters collected while a statement is built: `p.add(v)` returns its placeholder. */
export class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** A placeholder added on first use only (an unused typed-less parameter is an error in PostgreSQL). */
  lazy(value: unknown): () => string {
    let placeholder: string | undefined;
    return () => (placeholder ??= this.add(value));
  }
}

/** What a source's rows are filtered on: the years (inclusive) and the department (null: all departments). */
export interface RowScope {
  fromYear: string;
  toYear: string;
  /** `$n` of the department, or null for all departments. */
  department: string | null;
  /** `$n` of today's date (the registry is read on min(today, 31 December)); added only by the sources that use it. */
  today(): string;
}

/** Which record a drill-down row stands for, and the columns that identify it in the source's rows. */
export type EntityKind = 'decision' | 'case' | 'inspection' | 'licence';

export interface SourceSql {
  /** Rows with `year`, the dimension columns, the entity columns and what the measures read. */
  rows(s: RowScope): string;
  /** Dimension → column of the rows; the report breaks each one down. */
  dims: Partial<Record<ReportDimension, string>>;
  /** Metric → aggregate over the rows (alias x); additive over the drill-down groups by construction. */
  measures: Partial<Record<ReportMetric, string>>;
  /** Metrics that only some dimensions break down (default: all of the source's). */
  metricDims?: Partial<Record<ReportMetric, ReportDimension[]>>;
  entity: EntityKind;
  /** Columns of the rows that identify one drill-down row (grouped on), and its date. */
  entityColumns: { id: string; caseId: string; chainId: string | null; date: string };
}

const dep = (alias: string, s: RowScope): string => (s.department ? ` and ${alias}.department_id = ${s.department}::uuid` : '');
const yearRange = (s: RowScope) => `make_date(${s.fromYear}::int, 1, 1) and make_date(${s.toYear}::int, 12, 31)`;

/** The date an inspection counts on: its decision (quyết định thanh tra, kiểm tra), else its start, else when it was logged. */
const INSPECTION_DATE = `coalesce(i.decision_date, i.period_from, (i.created_at at time zone 'Asia/Ho_Chi_Minh')::date)`;

const lineMeasures: Partial<Record<ReportMetric, string>> = {
  // A chain's effective lines are its current decision's acts, numbered from 1: line 1 stands for the decision.
  [ReportMetric.SanctionDecisions]: 'count(*) filter (where x.line_no = 1)',
  [ReportMetric.SanctionedActs]: 'count(*)',
  [ReportMetric.Warnings]: 'count(*) filter (where x.warning)',
  [ReportMetric.FinesImposed]: 'coalesce(sum(x.fine_vnd), 0)',
  [ReportMetric.LicenceSuspensions]: 'count(*) filter (where x.licence_suspension_months > 0)',
  [ReportMetric.LicenceSuspensionMonths]: 'coalesce(sum(x.licence_suspension_months), 0)',
  [ReportMetric.ActivitySuspensions]: 'count(*) filter (where x.activity_suspension_months > 0)',
  [ReportMetric.ActivitySuspensionMonths]: 'coalesce(sum(x.activity_suspension_months), 0)',
  [ReportMetric.Confiscations]: 'count(*) filter (where x.confiscation)',
  [ReportMetric.PressCardRevocations]: 'count(*) filter (where x.press_card_revocation)',
  [ReportMetric.RemedialMeasures]: 'coalesce(sum(x.remedial_measure_count), 0)',
};

const decisionEntity = { id: 'x.decision_id', caseId: 'x.case_id', chainId: 'x.chain_id', date: 'x.issued_on' };

/** Licence in force on day `d`: issued, not past its term, not revoked by then (the revocation event's date). */
const inForce = (d: string) => `(l.issued_on <= ${d} and (l.expires_on is null or l.expires_on >= ${d})
  and not (l.status = 'revoked' and coalesce((select min(e.effective_on) from licence_events e where e.licence_id = l.id and e.kind = 'revoked'), l.updated_at::date) <= ${d}))`;
const suspendedOn = (d: string) =>
  `(l.status = 'suspended' and l.suspended_from <= ${d} and (l.suspended_until is null or l.suspended_until >= ${d}))`;

export const SOURCES: Record<ReportSource, SourceSql> = {
  [ReportSource.Lines]: {
    rows: (s) =>
      `select l.* from sanction_decision_lines l where l.effective and l.year between ${s.fromYear}::int and ${s.toYear}::int${dep('l', s)}`,
    dims: {
      [ReportDimension.IssuingBody]: 'issuing_body_code',
      [ReportDimension.Code]: 'catalogue_code',
      [ReportDimension.SubjectKind]: 'subject_kind',
    },
    measures: lineMeasures,
    // A decision counted by its line 1 has one issuing body and one subject, but several codes.
    metricDims: { [ReportMetric.SanctionDecisions]: [ReportDimension.IssuingBody, ReportDimension.SubjectKind] },
    entity: 'decision',
    entityColumns: decisionEntity,
  },
  [ReportSource.Collected]: {
    // By the year the case was executed by payment, whatever year its decision counts in.
    rows: (
      s,
    ) => `select extract(year from c.executed_on)::int as year, c.executed_on, l.decision_id, l.chain_id, l.case_id, l.catalogue_code,
        l.subject_kind, l.fine_vnd
      from inspection_cases c join sanction_decision_lines l on l.case_id = c.id and l.effective
      where c.execution_mode = 'paid' and c.executed_on between ${yearRange(s)}${dep('c', s)}`,
    dims: { [ReportDimension.Code]: 'catalogue_code', [ReportDimension.SubjectKind]: 'subject_kind' },
    measures: { [ReportMetric.FinesCollected]: 'coalesce(sum(x.fine_vnd), 0)' },
    entity: 'decision',
    entityColumns: { ...decisionEntity, date: 'x.executed_on' },
  },
  [ReportSource.Issued]: {
    // Line 1 stands for its decision (every issued decision has one).
    rows: (s) => `select l.issue_year as year, l.decision_id, l.chain_id, l.case_id, l.decision_kind, l.issued_on
      from sanction_decision_lines l where l.line_no = 1 and l.issue_year between ${s.fromYear}::int and ${s.toYear}::int${dep('l', s)}`,
    dims: { [ReportDimension.DecisionKind]: 'decision_kind' },
    measures: { [ReportMetric.DecisionsIssued]: 'count(*)' },
    entity: 'decision',
    entityColumns: decisionEntity,
  },
  [ReportSource.Cases]: {
    // One scan for both events: a case opened or closed in the years gives one row per event.
    rows: (s) => `select extract(year from e.on_date)::int as year, e.what, e.reason, c.id, e.on_date
      from inspection_cases c cross join lateral (values ('opened', null::text, c.opened_on), ('closed', c.closure_reason::text, c.closed_on)) e(what, reason, on_date)
      where (c.opened_on between ${yearRange(s)} or c.closed_on between ${yearRange(s)})${dep('c', s)} and e.on_date between ${yearRange(s)}`,
    dims: { [ReportDimension.Reason]: 'reason' },
    measures: {
      [ReportMetric.CasesOpened]: `count(*) filter (where x.what = 'opened')`,
      [ReportMetric.CasesClosed]: `count(*) filter (where x.what = 'closed')`,
      [ReportMetric.CasesClosedWithoutSanction]: `count(*) filter (where x.what = 'closed' and x.reason <> 'sanction_executed')`,
    },
    entity: 'case',
    entityColumns: { id: 'x.id', caseId: 'x.id', chainId: null, date: 'x.on_date' },
  },
  [ReportSource.Inspections]: {
    rows: (s) => `select * from (select extract(year from ${INSPECTION_DATE})::int as year, ${INSPECTION_DATE} as on_date, i.id, i.case_id,
        i.planning::text as planning, i.kind::text as inspection_kind, ${subjectKindSql('c', 'pa')} as subject_kind
        from inspections i join inspection_cases c on c.id = i.case_id ${pressAgencyJoin('c', 'pa')}
        where (i.decision_date between ${yearRange(s)} or i.decision_date is null)${dep('i', s)}) r where r.year between ${s.fromYear}::int and ${s.toYear}::int`,
    dims: {
      [ReportDimension.Planning]: 'planning',
      [ReportDimension.InspectionKind]: 'inspection_kind',
      [ReportDimension.SubjectKind]: 'subject_kind',
    },
    measures: { [ReportMetric.Inspections]: 'count(*)' },
    entity: 'inspection',
    entityColumns: { id: 'x.id', caseId: 'x.case_id', chainId: null, date: 'x.on_date' },
  },
  [ReportSource.Licences]: {
    rows: (s) => `select y.year, y.as_of, l.id, l.kind::text as licence_kind, l.issued_on, l.expires_on,
        ${inForce('y.as_of')} and not ${suspendedOn('y.as_of')} as active,
        ${inForce('y.as_of')} and l.expires_on between make_date(y.year + 1, 1, 1) and make_date(y.year + 1, 12, 31) as expiring
      from (select g as year, least(${s.today()}::date, make_date(g, 12, 31)) as as_of from generate_series(${s.fromYear}::int, ${s.toYear}::int) g) y
      cross join licences l where true${dep('l', s)}`,
    dims: { [ReportDimension.LicenceKind]: 'licence_kind' },
    measures: {
      [ReportMetric.ActiveLicences]: 'count(*) filter (where x.active)',
      [ReportMetric.LicencesExpiring]: 'count(*) filter (where x.expiring)',
    },
    entity: 'licence',
    entityColumns: { id: 'x.id', caseId: 'null::uuid', chainId: null, date: 'x.issued_on' },
  },
};
