import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { assertVersion, findCase, lockOpenCase } from '@app/cases/case-access';
import { CaseFileRepository } from '@app/cases/case-file.repository';
import { AUDIT, ViolationRecordStatus } from '@app/cases/cases.enums';
import { TransitionDto } from '@app/cases/dto/transition.dto';
import { ViolationCreateDto, ViolationDto, ViolationUpdateDto } from '@app/cases/dto/violation.dto';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { Violation } from '@app/cases/entities/violation.entity';
import { sent } from '@app/cases/sent';
import { resolveSubject } from '@app/cases/subjects';
import { ViolationWorksheetsService } from '@app/cases/violation-worksheets.service';
import { withRecordMeta } from '@app/registry/record.dto';
import { CaseStatus } from '@libs/cases';
import type { ActInput } from '@libs/legal';
import { todayInVietnam } from '@libs/vn';

export const toViolationDto = (v: Violation): ViolationDto => withRecordMeta(v, {
  caseId: v.caseId,
  code: v.code,
  offenderType: v.offenderType,
  committedOn: v.committedOn,
  endedOn: v.endedOn,
  ongoingAtDetection: v.ongoingAtDetection,
  detectedOn: v.detectedOn,
  facts: v.facts,
  mitigating: v.mitigating.map((c) => ({ code: c.code, facts: c.facts ?? '' })),
  aggravating: v.aggravating.map((c) => ({ code: c.code, facts: c.facts ?? '' })),
  descriptionVi: v.descriptionVi,
  legalBasis: v.legalBasis,
  explanationRight: v.explanationRight,
  limitationLastDay: v.limitationLastDay,
  suggestedFineVnd: v.worksheet.acts[0]?.fine.suggestedVnd ?? null,
  worksheetComputedAt: v.worksheetComputedAt.toISOString(),
  worksheet: v.worksheet,
});

/** The audit keeps the facts and the result, not the whole worksheet (which stays on the row). */
const auditView = (v: Violation) => {
  const { worksheet: _w, ...rest } = toViolationDto(v);
  return { ...rest, totalFineVnd: v.worksheet.totalFineVnd, engineVersion: v.worksheet.engineVersion };
};

const actOf = (v: Violation): ActInput => ({
  code: v.code,
  offenderType: v.offenderType,
  committedOn: v.committedOn ?? undefined,
  endedOn: v.endedOn,
  ongoingAtDetection: v.ongoingAtDetection,
  detectedOn: v.detectedOn,
  mitigating: v.mitigating,
  aggravating: v.aggravating,
});

/** Hành vi vi phạm on a case, each with its frozen fine worksheet from libs/legal. */
@Injectable()
export class ViolationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly worksheets: ViolationWorksheetsService,
    private readonly caseFiles: CaseFileRepository,
  ) {}

  async list(actor: Actor, caseId: string): Promise<ViolationDto[]> {
    const c = await findCase(this.dataSource.manager, actor, caseId);
    const rows = await this.dataSource.getRepository(Violation).find({ where: { caseId: c.id }, order: { detectedOn: 'ASC', createdAt: 'ASC' } });
    return rows.map(toViolationDto);
  }

  async create(actor: Actor, caseId: string, dto: ViolationCreateDto): Promise<ViolationDto> {
    return this.dataSource.transaction(async (manager) => {
      const c = await this.lockEditable(manager, actor, caseId);
      const offenderType = dto.offenderType ?? (await resolveSubject(manager, c.departmentId, c.subjectType, c.subjectId)).offenderType;
      const v = manager.create(Violation, {
        ...sent(dto),
        caseId: c.id,
        departmentId: c.departmentId,
        offenderType,
        committedOn: dto.committedOn ?? null,
        endedOn: dto.endedOn ?? null,
        facts: dto.facts.trim(),
        mitigating: dto.mitigating ?? [],
        aggravating: dto.aggravating ?? [],
      });
      await this.computeInto(manager, v);
      const saved = await manager.save(v);
      await this.audit.record(manager, actor, { action: 'create', entityType: AUDIT.violation, entityId: saved.id, departmentId: c.departmentId, after: auditView(saved) });
      return toViolationDto(saved);
    });
  }

  async update(actor: Actor, caseId: string, id: string, dto: ViolationUpdateDto): Promise<ViolationDto> {
    const { version, ...rest } = dto;
    const changes = sent(rest);
    return this.dataSource.transaction(async (manager) => {
      const c = await this.lockEditable(manager, actor, caseId);
      const v = await this.lockViolation(manager, c, id);
      assertVersion(v, version, 'Violation');
      const before = auditView(v);
      Object.assign(v, changes);
      // Changed facts change the worksheet: recomputing here is the explicit request.
      await this.computeInto(manager, v);
      const saved = await manager.save(v);
      await this.audit.record(manager, actor, { action: 'update', entityType: AUDIT.violation, entityId: id, departmentId: c.departmentId, before, after: auditView(saved) });
      return toViolationDto(saved);
    });
  }

  /** Recomputes the frozen worksheet with today's catalogue, on request, while the case is not decided. */
  async recompute(actor: Actor, caseId: string, id: string, dto: TransitionDto): Promise<ViolationDto> {
    return this.dataSource.transaction(async (manager) => {
      const c = await lockOpenCase(manager, actor, caseId);
      if ([CaseStatus.Decided, CaseStatus.Executed].includes(c.status)) {
        throw new AppError(ErrorCode.RecordFrozen, 'The case is decided: its worksheets are frozen as the decision used them');
      }
      const v = await this.lockViolation(manager, c, id);
      assertVersion(v, dto.version, 'Violation');
      const before = auditView(v);
      // The computation time always changes, so the version moves and other clients see the recomputation.
      await this.computeInto(manager, v);
      const saved = await manager.save(v);
      await this.audit.record(manager, actor, { action: 'worksheet:recompute', entityType: AUDIT.violation, entityId: id, departmentId: c.departmentId, before, after: { ...auditView(saved), note: dto.note ?? null } });
      return toViolationDto(saved);
    });
  }

  /** Violations can change until the violation record is signed: the record states them and is then frozen. */
  private async lockEditable(manager: EntityManager, actor: Actor, caseId: string): Promise<InspectionCase> {
    const c = await lockOpenCase(manager, actor, caseId);
    const file = await this.caseFiles.load(manager, c.id);
    if (file.record?.status === ViolationRecordStatus.Signed) {
      throw new AppError(ErrorCode.RecordFrozen, `The violation record ${file.record.number} is signed: the violations it states can no longer change`);
    }
    return c;
  }

  private async lockViolation(manager: EntityManager, c: InspectionCase, id: string): Promise<Violation> {
    const v = await manager.getRepository(Violation).findOne({ where: { id, caseId: c.id }, lock: { mode: 'pessimistic_write' } });
    if (!v) throw AppError.notFound('Violation');
    return v;
  }

  private async computeInto(manager: EntityManager, v: Violation): Promise<void> {
    if (v.detectedOn > todayInVietnam()) throw AppError.field('detectedOn', 'detectedOn is in the future');
    const worksheet = await this.worksheets.compute(manager, actOf(v));
    const act = worksheet.acts[0];
    Object.assign(v, {
      worksheet,
      worksheetComputedAt: new Date(),
      legalBasis: act.version.citationVi,
      descriptionVi: act.version.descriptionVi,
      explanationRight: act.explanationRight.applies,
      limitationLastDay: act.limitation.lastDecisionDate,
    });
  }
}
