import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { citability, shortCitation, supersededVersions, type CatalogueRow } from '@libs/legal';
import { todayInVietnam } from '@libs/vn';
import type { Actor } from '@app/common/actor';
import type { PendingProposalDto, ReviewItemDto, ReviewQueueDto } from '@app/legal/catalogue-review.dto';
import { CatalogueService, type CatalogueView } from '@app/legal/catalogue.service';
import { versionKey } from '@app/legal/effective-catalogue';

interface OpenCitation {
  code: string;
  effectiveFrom: string;
  violations: number;
  cases: number;
}

/**
 * Hàng đợi xác minh danh mục (issue 14): the versions a legal officer should read in the official text, in the order
 * they matter to the caller's department: those its open cases apply and cannot cite yet, then every draft row, then
 * every unverified row; and the proposals awaiting a second legal officer.
 */
@Injectable()
export class CatalogueReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
  ) {}

  async queue(actor: Actor): Promise<ReviewQueueDto> {
    const effective = await this.catalogue.effective();
    const today = todayInVietnam();
    const seen = new Set<string>();
    const items: ReviewItemDto[] = [];
    const push = (reason: ReviewItemDto['reason'], code: string, effectiveFrom: string, open?: OpenCitation): void => {
      const key = versionKey(code, effectiveFrom);
      if (seen.has(key) || effective.completedAs.has(key)) return;
      const c = citability(effective.catalogue, code, effectiveFrom);
      if (c.citable || c.problem === null) return;
      seen.add(key);
      const row = effective.catalogue.versions(code).find((v) => v.effectiveFrom === effectiveFrom);
      items.push({
        reason,
        problem: c.problem,
        code,
        effectiveFrom,
        effectiveTo: row?.effectiveTo ?? null,
        missing: c.missing,
        explanation: c.reason,
        descriptionVi: row?.descriptionVi ?? null,
        citationShort: row ? shortCitation(row) : null,
        revision: effective.revisions.get(key) ?? 0,
        blockingViolations: open?.violations ?? 0,
        blockingCases: open?.cases ?? 0,
        pendingChangeId: effective.pendingByKey.get(key)?.[0]?.id ?? null,
        replacedBy: c.problem === 'replaced' ? [...(supersededVersions(code).find((v) => v.effectiveFrom === effectiveFrom)?.replacedBy ?? [])] : [],
      });
    };
    for (const open of actor.departmentId ? await this.openCitations(actor.departmentId) : []) push('blocking', open.code, open.effectiveFrom, open);
    const rows = [...effective.catalogue.rows()].sort(byRelevanceToday(today));
    for (const r of rows.filter((x) => x.draft)) push('draft', r.code, r.effectiveFrom);
    for (const r of rows.filter((x) => !x.verified && !x.draft)) push('unverified', r.code, r.effectiveFrom);
    return { count: items.length, items, pendingApprovals: this.pending(effective, actor) };
  }

  /** Proposals awaiting approval, every department's (the approver may be of any department). */
  private pending(effective: CatalogueView, actor: Actor): PendingProposalDto[] {
    return [...effective.proposals.values()]
      .filter((s) => s.status === 'pending')
      .map(({ change: c }) => ({
        changeId: c.id,
        kind: c.kind,
        code: c.code,
        effectiveFrom: c.effectiveFrom,
        proposedBy: this.catalogue.person(effective, c.actorId, c.departmentId, actor),
        proposedAt: c.createdAt.toISOString(),
        mine: c.actorId === actor.userId,
        source: c.source,
        officialText: c.officialText,
        note: c.note,
        row: c.row === null ? null : { ...c.row },
      }));
  }

  /**
   * The versions the department's open cases apply (the worksheet each violation froze), with how many violations
   * and cases cite each. Read from the case tables directly: the cases module depends on this one, not the reverse.
   */
  private async openCitations(departmentId: string): Promise<OpenCitation[]> {
    const rows: { code: string | null; effective_from: string | null; violations: number; cases: number }[] = await this.dataSource.query(
      `select v.worksheet->'acts'->0->>'code' as code, v.worksheet->'acts'->0->'version'->>'effectiveFrom' as effective_from,
              count(*)::int as violations, count(distinct v.case_id)::int as cases
         from case_violations v join inspection_cases c on c.id = v.case_id
        where v.department_id = $1 and c.status not in ('decided', 'executed', 'closed')
        group by 1, 2 order by 3 desc, 1, 2`,
      [departmentId],
    );
    return rows
      .filter((r): r is typeof r & { code: string; effective_from: string } => r.code !== null && r.effective_from !== null)
      .map((r) => ({ code: r.code, effectiveFrom: r.effective_from, violations: r.violations, cases: r.cases }));
  }
}

/** Versions in force today first, then the newest; within that, code order. */
const byRelevanceToday =
  (today: string) =>
  (a: CatalogueRow, b: CatalogueRow): number => {
    const live = (r: CatalogueRow) => (r.effectiveFrom <= today && (r.effectiveTo === null || today <= r.effectiveTo) ? 0 : 1);
    return live(a) - live(b) || b.effectiveFrom.localeCompare(a.effectiveFrom) || a.code.localeCompare(b.code);
  };
