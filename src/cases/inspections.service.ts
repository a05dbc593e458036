import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '@app/common/errors';
import { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { assertVersion, findCase, lockOpenCase } from '@app/cases/case-access';
import { AUDIT, InspectionPlanning } from '@app/cases/cases.enums';
import { InspectionCreateDto, InspectionDto, InspectionPlanDto, InspectionUpdateDto, PlannedInspectionDto } from '@app/cases/dto/inspection.dto';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { sent } from '@app/cases/sent';
import { Inspection } from '@app/cases/entities/inspection.entity';
import { withRecordMeta } from '@app/registry/record.dto';
import { scopeToActor } from '@app/auth/department-scope';
import { todayInVietnam } from '@libs/vn';

const toDto = (i: Inspection, warnings: string[] = []): InspectionDto => withRecordMeta(i, {
  caseId: i.caseId,
  kind: i.kind,
  planning: i.planning,
  planYear: i.planYear,
  decisionNumber: i.decisionNumber,
  decisionDate: i.decisionDate,
  team: i.team,
  periodFrom: i.periodFrom,
  periodTo: i.periodTo,
  place: i.place,
  findings: i.findings,
  conclusion: i.conclusion,
  concludedOn: i.concludedOn,
  warnings,
});

/** A planned inspection names its plan year; dates run forward. */
function checkFields(f: { planning: InspectionPlanning; planYear?: number | null; periodFrom?: string | null; periodTo?: string | null }): void {
  if (f.planning === InspectionPlanning.Planned && !f.planYear) throw AppError.field('planYear', 'a planned inspection names the year of the annual plan it belongs to');
  if (f.planning === InspectionPlanning.AdHoc && f.planYear) throw AppError.field('planYear', 'an ad hoc inspection is not in an annual plan');
  if (f.periodFrom && f.periodTo && f.periodTo < f.periodFrom) throw AppError.field('periodTo', 'periodTo is before periodFrom');
}

/** Thanh tra, kiểm tra logged on cases, and the department's annual plan. */
@Injectable()
export class InspectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, caseId: string): Promise<InspectionDto[]> {
    const c = await findCase(this.dataSource.manager, actor, caseId);
    const rows = await this.dataSource.getRepository(Inspection).find({ where: { caseId: c.id }, order: { createdAt: 'ASC' } });
    return rows.map((i) => toDto(i));
  }

  async create(actor: Actor, caseId: string, dto: InspectionCreateDto): Promise<InspectionDto> {
    checkFields(dto);
    return this.dataSource.transaction(async (manager) => {
      const c = await lockOpenCase(manager, actor, caseId);
      const created = await manager.save(manager.create(Inspection, { ...sent(dto), caseId: c.id, departmentId: c.departmentId }));
      // Re-read so the columns left to their defaults come back too.
      const saved = await manager.findOneByOrFail(Inspection, { id: created.id });
      const warnings = await this.planWarnings(manager, c, saved);
      await this.audit.record(manager, actor, { action: 'create', entityType: AUDIT.inspection, entityId: saved.id, departmentId: c.departmentId, after: { ...toDto(saved), caseId: c.id } });
      return toDto(saved, warnings);
    });
  }

  async update(actor: Actor, caseId: string, id: string, dto: InspectionUpdateDto): Promise<InspectionDto> {
    const { version, ...rest } = dto;
    const changes = sent(rest);
    return this.dataSource.transaction(async (manager) => {
      const c = await lockOpenCase(manager, actor, caseId);
      const inspection = await manager.getRepository(Inspection).findOne({ where: { id, caseId: c.id }, lock: { mode: 'pessimistic_write' } });
      if (!inspection) throw AppError.notFound('Inspection');
      assertVersion(inspection, version, 'Inspection');
      const before = toDto(inspection);
      Object.assign(inspection, changes);
      checkFields(inspection);
      const saved = await manager.save(inspection);
      const warnings = await this.planWarnings(manager, c, saved);
      await this.audit.record(manager, actor, { action: 'update', entityType: AUDIT.inspection, entityId: id, departmentId: c.departmentId, before, after: toDto(saved) });
      return toDto(saved, warnings);
    });
  }

  /** Kế hoạch năm: every planned inspection of the year, each flagged when its subject is planned more than once. */
  async plan(actor: Actor, year = Number(todayInVietnam().slice(0, 4))): Promise<InspectionPlanDto> {
    const rows = await scopeToActor(this.dataSource.getRepository(Inspection).createQueryBuilder('i'), actor)
      .innerJoinAndSelect('i.inspectionCase', 'c')
      .andWhere('i.planning = :planned and i.planYear = :year', { planned: InspectionPlanning.Planned, year })
      .orderBy('i.periodFrom', 'ASC', 'NULLS LAST')
      .addOrderBy('i.createdAt', 'ASC')
      .getMany();
    const subjectKey = (r: Inspection): string => `${r.departmentId}:${r.inspectionCase?.subjectType}:${r.inspectionCase?.subjectId}`;
    const perSubject = new Map<string, number>();
    for (const r of rows) perSubject.set(subjectKey(r), (perSubject.get(subjectKey(r)) ?? 0) + 1);
    const items: PlannedInspectionDto[] = rows.map((r) => {
      const c = r.inspectionCase as InspectionCase;
      const n = perSubject.get(subjectKey(r)) ?? 0;
      const warnings = n > 1 ? [`${c.subjectName} has ${n} planned inspections in ${year}`] : [];
      return { ...toDto(r, warnings), caseNumber: c.number, subjectType: c.subjectType, subjectId: c.subjectId, subjectName: c.subjectName };
    });
    return { year, items };
  }

  /** The annual plan warns when the subject already has a planned inspection that year (in this or another case). */
  private async planWarnings(manager: EntityManager, c: InspectionCase, i: Inspection): Promise<string[]> {
    if (i.planning !== InspectionPlanning.Planned || !i.planYear) return [];
    const others: { number: string }[] = await manager.query(
      `select c.number from inspections i join inspection_cases c on c.id = i.case_id
        where c.department_id = $1 and c.subject_type = $2 and c.subject_id = $3 and i.planning = 'planned'
          and i.plan_year = $4 and i.id <> $5 order by c.number`,
      [c.departmentId, c.subjectType, c.subjectId, i.planYear, i.id],
    );
    if (others.length === 0) return [];
    return [`${c.subjectName} already has a planned inspection in ${i.planYear} (case ${others.map((o) => o.number).join(', ')})`];
  }
}
