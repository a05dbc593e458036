import { departmentNameSql } from '@app/reports/report-scope';
import { Params, SOURCES, type SourceSql } from '@app/reports/report-sources';
import { ReportDimension, ReportMetric, ReportSource, SOURCE_OF } from '@libs/reports';

export interface SqlStatement {
  text: string;
  values: unknown[];
}

/**
 * Run before the report statements, in their transaction: compiling these short aggregates with JIT costs more than it
 * saves (measured: all departments, full volume, 1.6 s → 1.35 s), so it is off for them only.
 */
export const REPORT_SETTINGS = 'set local jit = off';

/** Runs a report statement with `REPORT_SETTINGS` in one transaction; the service and the benchmark both use it. */
export async function runReportSql<T>(query: (text: string, values?: unknown[]) => Promise<T[]>, sql: SqlStatement): Promise<T[]> {
  await query('begin');
  try {
    await query(REPORT_SETTINGS);
    const rows = await query(sql.text, sql.values);
    await query('commit');
    return rows;
  } catch (e) {
    await query('rollback');
    throw e;
  }
}

export interface ReportQueryScope {
  year: number;
  departmentId: string | null;
  /** Today in Asia/Ho_Chi_Minh (YYYY-MM-DD). */
  today: string;
}

const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * One source's grouped rows: the total per year and one breakdown per dimension. The measures are computed once per
 * finest group (all dimensions), then GROUPING SETS add those up: every measure is a count or a sum, so it adds.
 */
function groupedSql(source: SourceSql, rows: string): string {
  const dims = Object.entries(source.dims) as [ReportDimension, string][];
  const cols = dims.map(([, col]) => col);
  const metrics = Object.entries(source.measures) as [ReportMetric, string][];
  const fine = `select x.year${cols.map((c) => `, x.${c}`).join('')}${metrics.map(([m, expr]) => `, ${expr} as ${m}`).join('')}
    from (${rows}) x group by x.year${cols.map((c) => `, x.${c}`).join('')}`;
  const dimCase = dims.map(([d, col]) => `when grouping(g.${col}) = 0 then ${literal(d)}`).join(' ');
  const keyCase = cols.map((col) => `when grouping(g.${col}) = 0 then g.${col}::text`).join(' ');
  const values = metrics.map(([m]) => `${literal(m)}, sum(g.${m})`).join(', ');
  const sets = ['(g.year)', ...cols.map((col) => `(g.year, g.${col})`)].join(', ');
  // A breakdown row whose key is null (e.g. an opened case has no closure reason) belongs to no breakdown.
  const keyed = cols.map((col) => `(grouping(g.${col}) = 0 and g.${col} is null)`).join(' or ');
  return `select g.year, (case ${dimCase} else 'none' end) as dim, (case ${keyCase} end) as key, json_build_object(${values}) as values
    from (${fine}) g group by grouping sets (${sets})${keyed ? ` having not (${keyed})` : ''}`;
}

/**
 * The whole annual report in one statement: every source's grouped rows for the year and the year before, as JSON
 * arrays (one round trip; the service and the benchmark run exactly this text).
 */
export function annualReportSql(scope: ReportQueryScope): SqlStatement {
  const p = new Params();
  const year = p.add(scope.year);
  const rowScope = {
    fromYear: `(${year}::int - 1)`,
    toYear: year,
    today: p.lazy(scope.today),
    department: scope.departmentId ? p.add(scope.departmentId) : null,
  };
  const columns = Object.values(ReportSource).map(
    (s) => `(select coalesce(json_agg(q), '[]'::json) from (${groupedSql(SOURCES[s], SOURCES[s].rows(rowScope))}) q) as ${s}`,
  );
  return { text: `select ${departmentNameSql(rowScope.department)} as department_name, ${columns.join(',\n')}`, values: p.values };
}

export interface DrillDownQuery {
  year: number;
  metric: ReportMetric;
  departmentId: string | null;
  today: string;
  filters: Partial<Record<ReportDimension, string>>;
  limit: number;
  offset: number;
}

/** Which filters a metric accepts: the dimensions of its source. */
export const dimensionsOf = (metric: ReportMetric): ReportDimension[] => {
  const source = SOURCES[SOURCE_OF[metric]];
  return source.metricDims?.[metric] ?? (Object.keys(source.dims) as ReportDimension[]);
};

/** Detail columns of a page of drill-down rows `p`, per kind of record. */
const DETAILS: Record<SourceSql['entity'], string> = {
  decision: `select 'decision' as entity, p.id, coalesce(d.number, '') as label, p.date, p.value, p.case_id, c.number as case_number, c.subject_name,
      p.chain_id as original_decision_id, o.number as original_decision_number, d.kind::text as detail
    from p join sanction_decisions d on d.id = p.id join inspection_cases c on c.id = p.case_id left join sanction_decisions o on o.id = p.chain_id`,
  case: `select 'case' as entity, p.id, c.number as label, p.date, p.value, p.case_id, c.number as case_number, c.subject_name,
      null::uuid as original_decision_id, null::text as original_decision_number, coalesce(c.closure_reason::text, c.status::text) as detail
    from p join inspection_cases c on c.id = p.id`,
  inspection: `select 'inspection' as entity, p.id, coalesce(nullif(i.decision_number, ''), c.number) as label, p.date, p.value, p.case_id, c.number as case_number,
      c.subject_name, null::uuid as original_decision_id, null::text as original_decision_number, i.planning::text || ' ' || i.kind::text as detail
    from p join inspections i on i.id = p.id join inspection_cases c on c.id = p.case_id`,
  licence: `select 'licence' as entity, p.id, l.number as label, p.date, p.value, null::uuid as case_id, null::text as case_number,
      coalesce(pa.name, s.name, o.agency_name) as subject_name, null::uuid as original_decision_id, null::text as original_decision_number, l.kind::text as detail
    from p join licences l on l.id = p.id left join press_agencies pa on pa.id = l.holder_id
    left join e_information_sites s on s.id = l.holder_id left join representative_offices o on o.id = l.holder_id`,
};

/** The records behind one figure: grouped as the figure's measure counts them, with the count and sum of all rows. */
export function drillDownSql(q: DrillDownQuery): SqlStatement {
  const source = SOURCES[SOURCE_OF[q.metric]];
  const measure = source.measures[q.metric];
  if (!measure) throw new Error(`metric ${q.metric} has no measure in its source`);
  const p = new Params();
  const year = p.add(q.year);
  const department = q.departmentId ? p.add(q.departmentId) : null;
  const rows = source.rows({ fromYear: year, toYear: year, today: p.lazy(q.today), department });
  const filters = Object.entries(q.filters).map(([dim, key]) => `x.${source.dims[dim as ReportDimension]}::text = ${p.add(key)}`);
  const e = source.entityColumns;
  const group = `select ${e.id} as id, ${e.caseId} as case_id, ${e.chainId ?? 'null::uuid'} as chain_id, max(${e.date}) as date, ${measure} as value
    from (${rows}) x where x.year = ${year}::int${filters.map((f) => ` and ${f}`).join('')}
    group by ${[e.id, e.caseId, e.chainId].filter((c): c is string => c !== null && !c.startsWith('null')).join(', ')} having ${measure} <> 0`;
  const page = `select * from g order by date, id limit ${p.add(q.limit)} offset ${p.add(q.offset)}`;
  return {
    text: `with g as (${group}), p as (${page})
      select ${departmentNameSql(department)} as department_name, (select count(*) from g)::int as total, (select coalesce(sum(value), 0) from g)::float8 as sum,
        (select coalesce(json_agg(r order by r.date, r.id), '[]'::json) from (${DETAILS[source.entity]}) r) as items`,
    values: p.values,
  };
}
