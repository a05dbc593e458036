import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { CatalogueService } from '@app/legal/catalogue.service';
import type { DrillDownItemDto, DrillDownPageDto } from '@app/reports/dto/report.dto';
import type { AnnualReportQueryDto, DrillDownQueryDto } from '@app/reports/dto/report-query.dto';
import { DIMENSIONS } from '@app/reports/report-labels';
import { asOfDate, scopeOf } from '@app/reports/report-scope';
import { annualReportSql, dimensionsOf, drillDownSql, runReportSql, type SqlStatement } from '@app/reports/report-sql';
import { allSupersededVersions, type Catalogue } from '@libs/legal';
import { type AnnualReport, assembleAnnualReport, type GroupedRows, ReportDimension, type ReportScope } from '@libs/reports';
import { todayInVietnam } from '@libs/vn';

interface DrillDownRow {
  entity: DrillDownItemDto['entity'];
  id: string;
  label: string;
  date: string | null;
  value: number;
  case_id: string | null;
  case_number: string | null;
  subject_name: string | null;
  original_decision_id: string | null;
  original_decision_number: string | null;
  detail: string | null;
}

const linkOf = (r: DrillDownRow): string => {
  switch (r.entity) {
    case 'decision':
      return `/decisions/${r.id}`;
    case 'case':
      return `/cases/${r.id}`;
    case 'inspection':
      return `/cases/${r.case_id}/inspections`;
    case 'licence':
      return `/registry/licences/${r.id}`;
  }
};

/** The scope's department name comes back with the figures (one round trip less); none means no such department. */
interface Named {
  department_name: string | null;
}

function scopeWithName(departmentId: string | null, row: Named): ReportScope {
  if (departmentId !== null && row.department_name === null) throw AppError.notFound('Department');
  return { departmentId, departmentName: row.department_name };
}

const toItem = (r: DrillDownRow): DrillDownItemDto => ({
  entity: r.entity,
  id: r.id,
  label: r.label,
  date: r.date,
  value: Number(r.value),
  caseId: r.case_id,
  caseNumber: r.case_number,
  subjectName: r.subject_name,
  // Only an amended decision points at another original than itself.
  originalDecisionId: r.original_decision_id !== r.id ? r.original_decision_id : null,
  originalDecisionNumber: r.original_decision_id !== r.id ? r.original_decision_number : null,
  detail: r.detail,
  link: linkOf(r),
});

/** Báo cáo tổng kết năm: one SQL statement of grouped rows, assembled in libs/reports; and the drill-downs behind it. */
@Injectable()
export class ReportsService {
  private labels?: { catalogue: Catalogue; byCode: Map<string, string> };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
  ) {}

  async annual(actor: Actor, q: AnnualReportQueryDto): Promise<AnnualReport> {
    const departmentId = scopeOf(actor, q.departmentId);
    const today = todayInVietnam();
    const [[rows], codeLabels] = await Promise.all([
      this.run<GroupedRows & Named>(annualReportSql({ year: q.year, departmentId, today })),
      this.codeLabels(),
    ]);
    return assembleAnnualReport({
      year: q.year,
      scope: scopeWithName(departmentId, rows),
      asOf: asOfDate(q.year, today),
      previousAsOf: asOfDate(q.year - 1, today),
      rows,
      dimensions: DIMENSIONS,
      codeLabels,
    });
  }

  async drillDown(actor: Actor, q: DrillDownQueryDto): Promise<DrillDownPageDto> {
    const departmentId = scopeOf(actor, q.departmentId);
    const allowed = dimensionsOf(q.metric);
    const filters: Partial<Record<ReportDimension, string>> = {};
    for (const dim of Object.values(ReportDimension)) {
      const key = q[dim];
      if (key === undefined) continue;
      if (!allowed.includes(dim)) {
        throw AppError.field(dim, `${q.metric} is not broken down by ${dim}; it takes ${allowed.join(', ') || 'no breakdown'}`);
      }
      filters[dim] = key;
    }
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const sql = drillDownSql({
      year: q.year,
      metric: q.metric,
      departmentId,
      today: todayInVietnam(),
      filters,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    const [r] = await this.run<{ total: number; sum: number; items: DrillDownRow[] } & Named>(sql);
    return {
      metric: q.metric,
      year: q.year,
      scope: scopeWithName(departmentId, r),
      filters: filters as Record<string, string>,
      value: Number(r.sum),
      items: r.items.map(toItem),
      total: r.total,
      page,
      pageSize,
    };
  }

  /** One connection for the report transaction (its settings apply to it alone). */
  private async run<T>(sql: SqlStatement): Promise<T[]> {
    const runner = this.dataSource.createQueryRunner();
    try {
      return await runReportSql<T>((text, values) => runner.query(text, values) as Promise<T[]>, sql);
    } finally {
      await runner.release();
    }
  }

  /**
   * Catalogue code → the description of its latest version, rebuilt only when the catalogue changes. Decisions issued
   * before a revision replaced their code keep the old one: it is named by the replaced version's description, not shown raw.
   */
  private async codeLabels(): Promise<Map<string, string>> {
    const catalogue = await this.catalogue.current();
    if (this.labels?.catalogue !== catalogue) {
      const byCode = new Map<string, string>();
      for (const v of [...allSupersededVersions()].sort((x, y) => x.effectiveFrom.localeCompare(y.effectiveFrom))) byCode.set(v.code, v.descriptionVi);
      for (const code of catalogue.codes()) byCode.set(code, catalogue.versions(code).at(-1)?.descriptionVi ?? code);
      this.labels = { catalogue, byCode };
    }
    return this.labels.byCode;
  }
}
