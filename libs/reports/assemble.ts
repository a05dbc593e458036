import { COUNTING_RULES, SUMMARY_LINES, SUBJECT_KIND_LABELS } from './labels';
import {
  type AnnualReport,
  type CountRow,
  type Figure,
  type GroupedRow,
  type GroupedRows,
  ReportDimension,
  ReportMetric,
  ReportSource,
  type ReportScope,
  ReportSubjectKind,
  type ReportSummary,
  type SanctionRow,
} from './types';

/** The source answering each metric (the drill-down reads the same rows). */
export const SOURCE_OF: Record<ReportMetric, ReportSource> = {
  [ReportMetric.Inspections]: ReportSource.Inspections,
  [ReportMetric.CasesOpened]: ReportSource.Cases,
  [ReportMetric.CasesClosed]: ReportSource.Cases,
  [ReportMetric.CasesClosedWithoutSanction]: ReportSource.Cases,
  [ReportMetric.SanctionDecisions]: ReportSource.Lines,
  [ReportMetric.DecisionsIssued]: ReportSource.Issued,
  [ReportMetric.SanctionedActs]: ReportSource.Lines,
  [ReportMetric.Warnings]: ReportSource.Lines,
  [ReportMetric.FinesImposed]: ReportSource.Lines,
  [ReportMetric.FinesCollected]: ReportSource.Collected,
  [ReportMetric.LicenceSuspensions]: ReportSource.Lines,
  [ReportMetric.LicenceSuspensionMonths]: ReportSource.Lines,
  [ReportMetric.ActivitySuspensions]: ReportSource.Lines,
  [ReportMetric.ActivitySuspensionMonths]: ReportSource.Lines,
  [ReportMetric.Confiscations]: ReportSource.Lines,
  [ReportMetric.PressCardRevocations]: ReportSource.Lines,
  [ReportMetric.RemedialMeasures]: ReportSource.Lines,
  [ReportMetric.ActiveLicences]: ReportSource.Licences,
  [ReportMetric.LicencesExpiring]: ReportSource.Licences,
};

/** A dimension's possible keys in print order, with their Vietnamese labels. */
export type DimensionCatalogue = Record<
  Exclude<ReportDimension, ReportDimension.Code | ReportDimension.SubjectKind>,
  { key: string; label: string }[]
>;

export interface AssembleInput {
  year: number;
  scope: ReportScope;
  asOf: string;
  previousAsOf: string;
  rows: GroupedRows;
  dimensions: DimensionCatalogue;
  /** Catalogue code → its description (hành vi vi phạm), for the by-code rows. */
  codeLabels: ReadonlyMap<string, string>;
}

/** `/reports/annual/drill-down?year=…&metric=…[&departmentId=…][&<dimension>=<key>]` (built often: plain concatenation). */
export function drillDownLink(
  year: number,
  metric: ReportMetric,
  scope: ReportScope,
  filter?: { dim: ReportDimension; key: string },
): string {
  const department = scope.departmentId ? `&departmentId=${encodeURIComponent(scope.departmentId)}` : '';
  const breakdown = filter ? `&${filter.dim}=${encodeURIComponent(filter.key)}` : '';
  return `/reports/annual/drill-down?year=${year}&metric=${metric}${department}${breakdown}`;
}

type Lookup = (metric: ReportMetric, year: number, dim?: ReportDimension, key?: string) => number;

function lookupOf(rows: GroupedRows): Lookup {
  const index = new Map<string, GroupedRow>();
  for (const source of Object.values(ReportSource)) {
    for (const r of rows[source]) index.set(`${source}|${r.year}|${r.dim}|${r.key ?? ''}`, r);
  }
  return (metric, year, dim, key) => index.get(`${SOURCE_OF[metric]}|${year}|${dim ?? 'none'}|${key ?? ''}`)?.values[metric] ?? 0;
}

/** Every key of `dim` that has a row in either year, for dimensions whose keys are data (catalogue codes). */
function keysIn(rows: GroupedRows, source: ReportSource, dim: ReportDimension): string[] {
  return [...new Set(rows[source].filter((r) => r.dim === dim && r.key !== null).map((r) => r.key as string))];
}

class Builder {
  private readonly value: Lookup;

  constructor(private readonly input: AssembleInput) {
    this.value = lookupOf(input.rows);
  }

  figure(metric: ReportMetric, filter?: { dim: ReportDimension; key: string }): Figure {
    const { year, scope } = this.input;
    return {
      value: this.value(metric, year, filter?.dim, filter?.key),
      previousValue: this.value(metric, year - 1, filter?.dim, filter?.key),
      drillDown: drillDownLink(year, metric, scope, filter),
      previousDrillDown: drillDownLink(year - 1, metric, scope, filter),
    };
  }

  counts(metric: ReportMetric, dim: ReportDimension, keys: readonly { key: string; label: string }[]): CountRow[] {
    return keys.map(({ key, label }) => ({ key, label, count: this.figure(metric, { dim, key }) }));
  }

  sanctions(dim: ReportDimension.Code | ReportDimension.SubjectKind, keys: readonly { key: string; label: string }[]): SanctionRow[] {
    return keys.map(({ key, label }) => {
      const f = { dim, key };
      return {
        key,
        label,
        decisions: dim === ReportDimension.SubjectKind ? this.figure(ReportMetric.SanctionDecisions, f) : null,
        acts: this.figure(ReportMetric.SanctionedActs, f),
        finesImposedVnd: this.figure(ReportMetric.FinesImposed, f),
        finesCollectedVnd: this.figure(ReportMetric.FinesCollected, f),
      };
    });
  }

  summary(): ReportSummary {
    return Object.fromEntries(SUMMARY_LINES.map((l) => [l.field, this.figure(l.metric)])) as unknown as ReportSummary;
  }

  /** Codes with anything in either year, the largest fines of the year first. */
  codes(): { key: string; label: string }[] {
    const { rows, codeLabels, year } = this.input;
    const codes = [
      ...new Set([
        ...keysIn(rows, ReportSource.Lines, ReportDimension.Code),
        ...keysIn(rows, ReportSource.Collected, ReportDimension.Code),
      ]),
    ];
    const fine = (c: string) => this.value(ReportMetric.FinesImposed, year, ReportDimension.Code, c);
    codes.sort((a, b) => fine(b) - fine(a) || (a < b ? -1 : a > b ? 1 : 0));
    return codes.map((key) => ({ key, label: codeLabels.get(key) ?? key }));
  }
}

const SUBJECT_KINDS = Object.values(ReportSubjectKind).map((key) => ({ key, label: SUBJECT_KIND_LABELS[key] }));

/** The annual report from the grouped SQL answers: every figure with the year before and both drill-down links. */
export function assembleAnnualReport(input: AssembleInput): AnnualReport {
  const b = new Builder(input);
  const d = input.dimensions;
  return {
    year: input.year,
    previousYear: input.year - 1,
    scope: input.scope,
    asOf: input.asOf,
    previousAsOf: input.previousAsOf,
    summary: b.summary(),
    inspectionsByPlanning: b.counts(ReportMetric.Inspections, ReportDimension.Planning, d[ReportDimension.Planning]),
    inspectionsByKind: b.counts(ReportMetric.Inspections, ReportDimension.InspectionKind, d[ReportDimension.InspectionKind]),
    inspectionsBySubjectKind: b.counts(ReportMetric.Inspections, ReportDimension.SubjectKind, SUBJECT_KINDS),
    closedWithoutSanctionByReason: b.counts(ReportMetric.CasesClosedWithoutSanction, ReportDimension.Reason, d[ReportDimension.Reason]),
    decisionsByIssuingBody: b.counts(ReportMetric.SanctionDecisions, ReportDimension.IssuingBody, d[ReportDimension.IssuingBody]),
    decisionsIssuedByKind: b.counts(ReportMetric.DecisionsIssued, ReportDimension.DecisionKind, d[ReportDimension.DecisionKind]),
    byCatalogueCode: b.sanctions(ReportDimension.Code, b.codes()),
    bySubjectKind: b.sanctions(ReportDimension.SubjectKind, SUBJECT_KINDS),
    activeLicencesByKind: b.counts(ReportMetric.ActiveLicences, ReportDimension.LicenceKind, d[ReportDimension.LicenceKind]),
    licencesExpiringByKind: b.counts(ReportMetric.LicencesExpiring, ReportDimension.LicenceKind, d[ReportDimension.LicenceKind]),
    countingRules: [...COUNTING_RULES],
  };
}
