import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import { Role } from '@app/common/role';
import { Page } from '@app/common/paging.dto';
import { AuditEvent } from '@app/audit/audit-event.entity';
import type { Actor } from '@app/common/actor';
import { findPage } from '@app/database/pagination';

export interface AuditQuery {
  entity?: string;
  entityId?: string;
  caseId?: string;
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface AuditEventView {
  id: string;
  occurredAt: string;
  actorId: string | null;
  departmentId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  actorName: string | null;
}

/** Who reads the whole trail of the department; the case staff read a case's own trail only. */
const TRAIL_READERS: readonly Role[] = [Role.DepartmentAdmin, Role.Leader];

const toView = (e: AuditEvent, names: Map<string, string>): AuditEventView => ({
  id: e.id,
  occurredAt: e.occurredAt.toISOString(),
  actorId: e.actorId,
  departmentId: e.departmentId,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  before: e.before,
  after: e.after,
  requestId: e.requestId,
  actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
});

/** Reads the audit trail of the caller's department, newest first. */
@Injectable()
export class AuditQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(actor: Actor, q: AuditQuery): Promise<Page<AuditEventView>> {
    if (!actor.departmentId) throw AppError.notFound('Department');
    if (!TRAIL_READERS.includes(actor.role)) await this.assertCaseReader(actor.departmentId, q.caseId);
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 50;
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('a').where('a.departmentId = :dep', { dep: actor.departmentId });
    if (q.entity) qb.andWhere('a.entityType = :entity', { entity: q.entity });
    if (q.entityId) qb.andWhere('a.entityId = :entityId', { entityId: q.entityId });
    // Everything on a case's file: the case itself and the rows that name it (inspections, violations, evidence…).
    if (q.caseId) qb.andWhere(`(a.entityId = :caseId or a.after->>'caseId' = :caseText or a.before->>'caseId' = :caseText)`, { caseId: q.caseId, caseText: q.caseId });
    if (q.action) qb.andWhere('a.action = :action', { action: q.action });
    if (q.actorId) qb.andWhere('a.actorId = :actorId', { actorId: q.actorId });
    if (q.from) qb.andWhere(`a.occurredAt >= (:from::date::timestamp at time zone 'Asia/Ho_Chi_Minh')`, { from: q.from });
    if (q.to) qb.andWhere(`a.occurredAt < ((:to::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')`, { to: q.to });
    qb.orderBy('a.occurredAt', 'DESC').addOrderBy('a.id', 'ASC');
    const [rows, total] = await findPage(qb, page, pageSize);
    const names = await this.actorNames(rows);
    return { items: rows.map((e) => toView(e, names)), total, page, pageSize };
  }

  /** An inspector or legal officer reads the trail of one case of their department; another department's is 404. */
  private async assertCaseReader(departmentId: string, caseId: string | undefined): Promise<void> {
    if (!caseId) throw new AppError(ErrorCode.Forbidden, 'Only leaders and department admins read the whole audit trail; give caseId to read the trail of one case');
    const rows: unknown[] = await this.dataSource.query('select 1 from inspection_cases where id = $1 and department_id = $2', [caseId, departmentId]);
    if (rows.length === 0) throw AppError.notFound('Case');
  }

  private async actorNames(rows: AuditEvent[]): Promise<Map<string, string>> {
    const ids = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => id !== null))];
    if (ids.length === 0) return new Map();
    const users: { id: string; full_name: string }[] = await this.dataSource.query('select id, full_name from users where id = any($1)', [ids]);
    return new Map(users.map((u) => [u.id, u.full_name]));
  }
}
