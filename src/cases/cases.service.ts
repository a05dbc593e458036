import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import { Page, sortColumn } from '@app/common/paging.dto';
import { foldForSearch, likePattern } from '@app/common/search-text';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { assertVersion, findCase, lockOpenCase } from '@app/cases/case-access';
import { caseSnapshot, CaseViewsService } from '@app/cases/case-views.service';
import { AUDIT } from '@app/cases/cases.enums';
import { CaseCreateDto, CaseDto, CaseQueryDto, CaseUpdateDto } from '@app/cases/dto/case.dto';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { caseNumber } from '@app/cases/numbering';
import { NumberingRepository } from '@app/cases/numbering.repository';
import { sent } from '@app/cases/sent';
import { resolveSubject } from '@app/cases/subjects';
import { scopeToActor } from '@app/auth/department-scope';
import { CaseStatus, isDueWithin, isOverdue } from '@libs/cases';
import { todayInVietnam } from '@libs/vn';
import { findPage } from '@app/database/pagination';

const SORTABLE: Record<string, keyof InspectionCase> = { openedOn: 'openedOn', number: 'sequence', createdAt: 'createdAt', status: 'status' };

/** Cases matched by `due` are filtered after their deadlines are computed; this bounds the scan. */
const DUE_SCAN_LIMIT = 5000;

const searchTextOf = (c: InspectionCase): string => foldForSearch(c.number, c.title, c.subjectName);

/** Hồ sơ vụ việc: open, read, list (with deadline filters) and edit the case's own fields. */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly views: CaseViewsService,
    private readonly numbering: NumberingRepository,
  ) {}

  async list(actor: Actor, q: CaseQueryDto): Promise<Page<CaseDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const qb = scopeToActor(this.dataSource.getRepository(InspectionCase).createQueryBuilder('c'), actor, q.departmentId);
    if (q.q) qb.andWhere('c.searchText like :q', { q: likePattern(q.q) });
    if (q.status) qb.andWhere('c.status = :status', { status: q.status });
    if (q.origin) qb.andWhere('c.origin = :origin', { origin: q.origin });
    if (q.subjectType) qb.andWhere('c.subjectType = :subjectType', { subjectType: q.subjectType });
    if (q.subjectId) qb.andWhere('c.subjectId = :subjectId', { subjectId: q.subjectId });
    // Giao cho tôi: within the caller's department scope, the cases whose assigned inspectors include the user.
    if (q.assignee) qb.andWhere(':assignee = any(c.assignedInspectorIds)', { assignee: q.assignee === 'me' ? actor.userId : q.assignee.toLowerCase() });
    const desc = q.sort?.startsWith('-') ?? true;
    const field = sortColumn(SORTABLE, q.sort?.replace(/^-/, '') ?? 'openedOn');
    if (!field) throw AppError.field('sort', `sort must be one of: ${Object.keys(SORTABLE).join(', ')}`);
    qb.orderBy(`c.${field}`, desc ? 'DESC' : 'ASC');
    // The tie-break on the number; never on the sort column itself (a second orderBy on a key replaces the first).
    if (field !== 'sequence') qb.addOrderBy('c.sequence', 'DESC');
    if (!q.due) {
      const [rows, total] = await findPage(qb, page, pageSize);
      const views = await this.views.many(this.dataSource.manager, rows);
      return { items: views.map((v) => v.dto), total, page, pageSize };
    }
    // Deadlines count working days on the editable calendar, so they are computed, not stored: filter after.
    qb.andWhere('c.status <> :closed', { closed: CaseStatus.Closed }).take(DUE_SCAN_LIMIT);
    const today = todayInVietnam();
    const views = await this.views.many(this.dataSource.manager, await qb.getMany(), today);
    const within = q.due === 'overdue' ? null : Number(q.due.slice('within:'.length));
    const matching = views.filter((v) => (within === null ? isOverdue(v.deadlines) : isDueWithin(v.deadlines, today, within)));
    return { items: matching.slice((page - 1) * pageSize, page * pageSize).map((v) => v.dto), total: matching.length, page, pageSize };
  }

  async get(actor: Actor, id: string): Promise<CaseDto> {
    const manager = this.dataSource.manager;
    return this.views.one(manager, await findCase(manager, actor, id));
  }

  async create(actor: Actor, dto: CaseCreateDto): Promise<CaseDto> {
    const departmentId = actor.departmentId;
    if (!departmentId) throw AppError.field('departmentId', 'only department users can open cases');
    const today = todayInVietnam();
    const openedOn = dto.openedOn ?? today;
    if (openedOn > today) throw AppError.field('openedOn', `openedOn ${openedOn} is in the future`);
    return this.dataSource.transaction(async (manager) => {
      const subject = await resolveSubject(manager, departmentId, dto.subjectType, dto.subjectId);
      const inspectors = await this.checkInspectors(manager, departmentId, dto.assignedInspectorIds ?? [actor.userId]);
      // Numbered by the year it is opened in Vietnam, gapless within the department (NĐ 30/2020 Đ15 by analogy).
      const year = Number(today.slice(0, 4));
      const sequence = await this.numbering.next(manager, departmentId, year, 'case');
      const entity = manager.create(InspectionCase, {
        departmentId,
        number: caseNumber(sequence, year),
        year,
        sequence,
        title: dto.title.trim(),
        summary: dto.summary ?? '',
        subjectType: dto.subjectType,
        subjectId: dto.subjectId,
        subjectName: subject.name,
        origin: dto.origin,
        originNote: dto.originNote ?? '',
        openedOn,
        assignedInspectorIds: inspectors,
        complex: dto.complex ?? false,
        verificationNeeded: dto.verificationNeeded ?? false,
        status: CaseStatus.Open,
      });
      entity.searchText = searchTextOf(entity);
      const saved = await manager.save(entity);
      const view = await this.views.one(manager, saved);
      await this.audit.record(manager, actor, { action: 'create', entityType: AUDIT.case, entityId: saved.id, after: caseSnapshot(view) });
      return view;
    });
  }

  async update(actor: Actor, id: string, dto: CaseUpdateDto): Promise<CaseDto> {
    const { version, ...rest } = dto;
    const changes = sent(rest);
    return this.dataSource.transaction(async (manager) => {
      const c = await lockOpenCase(manager, actor, id);
      assertVersion(c, version);
      const before = await this.views.one(manager, c);
      if (changes.assignedInspectorIds) changes.assignedInspectorIds = await this.checkInspectors(manager, c.departmentId, changes.assignedInspectorIds);
      if (changes.decisionReceivedOn !== undefined) this.checkReceipt(c, changes.decisionReceivedOn);
      Object.assign(c, changes);
      c.searchText = searchTextOf(c);
      const saved = await manager.save(c);
      const after = await this.views.one(manager, saved);
      await this.audit.record(manager, actor, { action: 'update', entityType: AUDIT.case, entityId: id, departmentId: c.departmentId, before: caseSnapshot(before), after: caseSnapshot(after) });
      return after;
    });
  }

  /** The offender's receipt of the decision starts the payment period (LXLVPHC Đ73 k1): only once decided. */
  private checkReceipt(c: InspectionCase, on: string): void {
    if (c.status !== CaseStatus.Decided && c.status !== CaseStatus.Executed) {
      throw new AppError(ErrorCode.InvalidTransition, 'decisionReceivedOn can be set only once the case is decided');
    }
    if (c.decidedOn && on < c.decidedOn) throw AppError.field('decisionReceivedOn', `decisionReceivedOn is before the decision of ${c.decidedOn}`);
    if (on > todayInVietnam()) throw AppError.field('decisionReceivedOn', 'decisionReceivedOn is in the future');
  }

  /** Assigned inspectors must be active inspectors of the case's department. */
  private async checkInspectors(manager: EntityManager, departmentId: string, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return unique;
    const rows: { id: string }[] = await manager.query(
      `select id from users where id = any($1) and department_id = $2 and role = 'inspector' and active`,
      [unique, departmentId],
    );
    const found = new Set(rows.map((r) => r.id));
    const unknown = unique.filter((i) => !found.has(i));
    if (unknown.length > 0) throw AppError.field('assignedInspectorIds', `not active inspectors of the department: ${unknown.join(', ')}`);
    return unique;
  }
}
