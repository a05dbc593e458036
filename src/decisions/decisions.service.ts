import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import { Page } from '@app/common/paging.dto';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { assertVersion, lockOpenCase } from '@app/cases/case-access';
import { Violation } from '@app/cases/entities/violation.entity';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { DecisionRepository } from '@app/decisions/decision.repository';
import { compose } from '@app/decisions/decision-composition';
import { DecisionFileRepository } from '@app/decisions/decision-file.repository';
import { SanctionDecision } from '@app/decisions/decision.entity';
import { toDecisionDto } from '@app/decisions/decision-views';
import { AUDIT_DECISION, DecisionKind, DecisionStatus, IssuingBodyCode } from '@app/decisions/decisions.enums';
import { applyChanges, newContent } from '@app/decisions/draft-content';
import type { DecisionDraftDto } from '@app/decisions/dto/decision-content.dto';
import type { CorrectionCreateDto, DecisionDto, DecisionQueryDto, DecisionUpdateDto } from '@app/decisions/dto/decision.dto';
import { Department } from '@app/departments/department.entity';
import { DocumentKind, DocumentRecord } from '@app/documents/document.entity';
import { scopeToActor } from '@app/auth/department-scope';
import { CaseStatus } from '@libs/cases';
import { findPage } from '@app/database/pagination';

/** Drafting decisions and their corrections; issuing is `DecisionIssueService`. */
@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: DecisionRepository,
    private readonly files: DecisionFileRepository,
  ) {}

  async list(actor: Actor, q: DecisionQueryDto): Promise<Page<DecisionDto>> {
    const page = q.page ?? 1;
    const pageSize = q.pageSize ?? 20;
    const qb = scopeToActor(this.dataSource.getRepository(SanctionDecision).createQueryBuilder('d'), actor, q.departmentId);
    if (q.caseId) qb.andWhere('d.caseId = :caseId', { caseId: q.caseId });
    if (q.year !== undefined) qb.andWhere('d.year = :year', { year: q.year });
    if (q.status) qb.andWhere('d.status = :status', { status: q.status });
    if (q.kind) qb.andWhere('d.kind = :kind', { kind: q.kind });
    qb.orderBy('d.year', 'DESC', 'NULLS FIRST').addOrderBy('d.sequence', 'DESC', 'NULLS FIRST').addOrderBy('d.createdAt', 'DESC').addOrderBy('d.id', 'ASC');
    const [rows, total] = await findPage(qb, page, pageSize);
    return { items: await this.views(this.dataSource.manager, rows), total, page, pageSize };
  }

  async get(actor: Actor, id: string): Promise<DecisionDto> {
    return this.view(this.dataSource.manager, await this.repository.findDecision(this.dataSource.manager, actor, id));
  }

  /** Dự thảo quyết định from a case ready for decision; the subject starts from the registry and the record. */
  async draft(actor: Actor, caseId: string, dto: DecisionDraftDto): Promise<DecisionDto> {
    return this.dataSource.transaction(async (manager) => {
      const c = await lockOpenCase(manager, actor, caseId);
      if (c.status !== CaseStatus.ReadyForDecision) {
        throw new AppError(ErrorCode.InvalidTransition, `A decision is drafted from a case ready for decision; the case is ${c.status.replace(/_/g, ' ')}`);
      }
      const code = dto.issuingBody?.code ?? IssuingBodyCode.Department;
      const content = newContent(dto, {
        department: await manager.findOneByOrFail(Department, { id: c.departmentId }),
        code,
        identity: await this.repository.caseIdentity(manager, c),
        violationIds: await this.repository.draftViolationIds(manager, c.id, dto.violationIds),
        licence: await this.files.subjectLicence(manager, c),
      });
      const d = manager.create(SanctionDecision, { departmentId: c.departmentId, caseId: c.id, kind: DecisionKind.Sanction, status: DecisionStatus.Draft, issuingBodyCode: code, content, createdById: actor.userId });
      return this.persist(manager, actor, 'create', d, null);
    });
  }

  /** Sửa dự thảo: an issued decision is frozen (409). */
  async update(actor: Actor, id: string, dto: DecisionUpdateDto): Promise<DecisionDto> {
    const { version, ...changes } = dto;
    return this.dataSource.transaction(async (manager) => {
      const { c, d } = await this.repository.lockDraft(manager, actor, id);
      assertVersion(d, version, 'Decision');
      const before = await this.view(manager, d);
      const code = changes.issuingBody?.code ?? d.issuingBodyCode;
      d.content = applyChanges(d.content, changes, {
        department: await manager.findOneByOrFail(Department, { id: c.departmentId }),
        code,
        identity: d.content.subject,
        violationIds: changes.violationIds === undefined ? d.content.violationIds : await this.repository.draftViolationIds(manager, c.id, changes.violationIds),
      });
      d.issuingBodyCode = code;
      return this.persist(manager, actor, 'update', d, before);
    });
  }

  /**
   * A decision that amends (MQĐ38), corrects (MQĐ39) or annuls (MQĐ40) an issued sanction decision: a new draft,
   * starting from the original's content, issued through the same endpoint with its own number.
   */
  async correct(actor: Actor, id: string, dto: CorrectionCreateDto): Promise<DecisionDto> {
    return this.dataSource.transaction(async (manager) => {
      const found = await this.repository.findDecision(manager, actor, id);
      await lockOpenCase(manager, actor, found.caseId);
      const original = await manager.findOneOrFail(SanctionDecision, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (original.status !== DecisionStatus.Issued) throw new AppError(ErrorCode.InvalidTransition, 'Only an issued decision can be amended, corrected or annulled; edit the draft instead');
      if (original.kind !== DecisionKind.Sanction) throw new AppError(ErrorCode.InvalidTransition, `Corrections refer to the sanction decision itself, not to a ${original.kind} decision`);
      if (await manager.exists(SanctionDecision, { where: { originalDecisionId: id, kind: DecisionKind.Annul, status: DecisionStatus.Issued } })) {
        throw new AppError(ErrorCode.InvalidTransition, `Decision ${original.number} is annulled; it can no longer be changed`);
      }
      const d = manager.create(SanctionDecision, {
        departmentId: original.departmentId,
        caseId: original.caseId,
        kind: dto.kind,
        originalDecisionId: original.id,
        correctionReason: dto.reason.trim(),
        status: DecisionStatus.Draft,
        issuingBodyCode: original.issuingBodyCode,
        content: original.content,
        createdById: actor.userId,
      });
      return this.persist(manager, actor, `correction:${dto.kind}`, d, null);
    });
  }

  /** Saves the decision and audits the change with its view before and after. */
  async persist(manager: EntityManager, actor: Actor, action: string, d: SanctionDecision, before: DecisionDto | null, note?: Record<string, unknown>): Promise<DecisionDto> {
    const saved = await manager.save(d);
    const after = await this.view(manager, saved);
    await this.audit.record(manager, actor, { action, entityType: AUDIT_DECISION, entityId: saved.id, departmentId: saved.departmentId, before, after: note ? { ...after, change: note } : after });
    return after;
  }

  async view(manager: EntityManager, d: SanctionDecision): Promise<DecisionDto> {
    return (await this.views(manager, [d]))[0];
  }

  /** The DTOs of several decisions in a handful of queries: live acts of drafts, corrections, documents. */
  async views(manager: EntityManager, rows: SanctionDecision[]): Promise<DecisionDto[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((d) => d.id);
    const violationIds = rows.filter((d) => d.snapshot === null).flatMap((d) => d.content.violationIds);
    // One after the other: inside a transaction they share one connection.
    const violations = violationIds.length === 0 ? [] : await manager.find(Violation, { where: { id: In(violationIds) } });
    const corrections = await manager.find(SanctionDecision, { where: { originalDecisionId: In(ids) }, order: { createdAt: 'ASC' } });
    const documents = await manager.find(DocumentRecord, { where: { kind: DocumentKind.SanctionDecision, subjectId: In(ids) }, order: { revision: 'ASC' } });
    return rows.map((d) => {
      const live = d.snapshot === null ? compose(d.content, d.content.violationIds.map((vid) => violations.find((v) => v.id === vid && v.caseId === d.caseId))) : null;
      return toDecisionDto(d, {
        liveActs: live?.actLines ?? [],
        liveMeasures: live?.measures ?? [],
        corrections: corrections.filter((x) => x.originalDecisionId === d.id),
        document: documents.filter((x) => x.subjectId === d.id).pop() ?? null,
        publicBaseUrl: this.config.PUBLIC_BASE_URL,
      });
    });
  }
}
