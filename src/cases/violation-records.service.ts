import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { CalendarService } from '@app/calendar/calendar.service';
import { assertVersion, findCase, lockOpenCase } from '@app/cases/case-access';
import { AUDIT, ExplanationMode, ViolationRecordStatus } from '@app/cases/cases.enums';
import { ViolationRecordCreateDto, ViolationRecordDto, ViolationRecordSignDto, ViolationRecordUpdateDto } from '@app/cases/dto/violation-record.dto';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { RecordAct, ViolationRecord } from '@app/cases/entities/violation-record.entity';
import { Violation } from '@app/cases/entities/violation.entity';
import { recordNumber } from '@app/cases/numbering';
import { NumberingRepository } from '@app/cases/numbering.repository';
import { sent } from '@app/cases/sent';
import { CaseTransitionsService } from '@app/cases/transitions.service';
import { requestRecordDocument } from '@app/cases/violation-record-pdf-input';
import { DocumentsService } from '@app/documents/documents.service';
import { CatalogueService } from '@app/legal/catalogue.service';
import { withRecordMeta } from '@app/registry/record.dto';
import { CaseAction, CaseStatus } from '@libs/cases';
import { todayInVietnam } from '@libs/vn';

const actOf = (v: Violation): RecordAct => ({
  violationId: v.id,
  code: v.code,
  descriptionVi: v.descriptionVi,
  facts: v.facts,
  legalBasis: v.legalBasis,
  offenderType: v.offenderType,
  detectedOn: v.detectedOn,
});

const toDto = (r: ViolationRecord, live?: Violation[]): ViolationRecordDto => withRecordMeta(r, {
  caseId: r.caseId,
  status: r.status,
  number: r.number,
  drawnOn: r.drawnOn,
  drawnAt: r.drawnAt,
  place: r.place,
  placeReason: r.placeReason,
  officerId: r.officerId,
  officerName: r.officerName,
  officerTitle: r.officerTitle,
  witnesses: r.witnesses,
  subjectStatement: r.subjectStatement,
  explanationMode: r.explanationMode,
  // A draft shows what signing would state now; a signed record shows what it froze.
  explanationRight: r.explanationRight ?? (live ?? []).some((v) => v.explanationRight),
  explanationLastDay: r.explanationLastDay,
  acts: r.status === ViolationRecordStatus.Signed || !live ? r.acts : live.map(actOf),
  refusalReason: r.refusalReason,
  copies: r.copies,
  signedAt: r.signedAt?.toISOString() ?? null,
  signedById: r.signedById,
});

/** Biên bản vi phạm hành chính (MBB01): drawn as a draft, signed once (numbered "N/BB-VPHC", frozen). */
@Injectable()
export class ViolationRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly calendars: CalendarService,
    private readonly transitions: CaseTransitionsService,
    private readonly documents: DocumentsService,
    private readonly numbering: NumberingRepository,
    private readonly catalogue: CatalogueService,
  ) {}

  async get(actor: Actor, caseId: string): Promise<ViolationRecordDto> {
    const manager = this.dataSource.manager;
    const c = await findCase(manager, actor, caseId);
    const record = await manager.getRepository(ViolationRecord).findOne({ where: { caseId: c.id } });
    if (!record) throw AppError.notFound('Violation record');
    return toDto(record, await this.violations(manager, c));
  }

  async draw(actor: Actor, caseId: string, dto: ViolationRecordCreateDto): Promise<ViolationRecordDto> {
    return this.dataSource.transaction(async (manager) => {
      const c = await lockOpenCase(manager, actor, caseId);
      if (c.status !== CaseStatus.Inspecting) throw new AppError(ErrorCode.InvalidTransition, `A violation record is drawn during the inspection; the case is ${c.status.replace(/_/g, ' ')}`);
      // NĐ 118/2021 Đ12 k3: one record per case, listing every act.
      if (await manager.getRepository(ViolationRecord).exists({ where: { caseId: c.id } })) throw new AppError(ErrorCode.Conflict, 'The case already has a violation record; edit it instead');
      const violations = await this.violations(manager, c);
      this.checkDate(dto.drawnOn, violations);
      const officer = await this.officer(manager, c.departmentId, dto.officerId ?? actor.userId);
      const record = manager.create(ViolationRecord, {
        ...sent(dto),
        caseId: c.id,
        departmentId: c.departmentId,
        status: ViolationRecordStatus.Draft,
        officerId: officer.id,
        officerName: officer.fullName,
        officerTitle: dto.officerTitle ?? officer.title,
        witnesses: dto.witnesses ?? [],
        explanationMode: dto.explanationMode ?? ExplanationMode.Written,
      });
      // Re-read so the columns left to their defaults come back too.
      const saved = await manager.findOneByOrFail(ViolationRecord, { id: (await manager.save(record)).id });
      const view = toDto(saved, violations);
      await this.audit.record(manager, actor, { action: 'create', entityType: AUDIT.record, entityId: saved.id, departmentId: c.departmentId, after: view });
      return view;
    });
  }

  async update(actor: Actor, caseId: string, dto: ViolationRecordUpdateDto): Promise<ViolationRecordDto> {
    const { version, ...rest } = dto;
    const changes = sent(rest);
    return this.dataSource.transaction(async (manager) => {
      const { c, record } = await this.lockDraft(manager, actor, caseId, version);
      const violations = await this.violations(manager, c);
      const before = toDto(record, violations);
      if (changes.drawnOn) this.checkDate(changes.drawnOn, violations);
      if (changes.officerId) {
        const officer = await this.officer(manager, c.departmentId, changes.officerId);
        Object.assign(record, { officerName: officer.fullName, officerTitle: changes.officerTitle ?? officer.title });
      }
      Object.assign(record, changes);
      const saved = await manager.save(record);
      const after = toDto(saved, violations);
      await this.audit.record(manager, actor, { action: 'update', entityType: AUDIT.record, entityId: saved.id, departmentId: c.departmentId, before, after });
      return after;
    });
  }

  /**
   * Signing numbers the record (gapless per department and year), freezes its acts and the right to explain with
   * its last day, and moves the case to "violations recorded" in the same transaction.
   */
  async sign(actor: Actor, caseId: string, dto: ViolationRecordSignDto): Promise<ViolationRecordDto> {
    const { view, doc } = await this.dataSource.transaction(async (manager) => {
      const { c, record } = await this.lockDraft(manager, actor, caseId, dto.version);
      const violations = await this.violations(manager, c);
      if (violations.length === 0) throw new AppError(ErrorCode.InvalidTransition, 'Cannot sign the violation record: it lists no violation; record the violation first');
      // Issue 14: a signed record never states an incomplete citation (a draft row) or a replaced one.
      await this.catalogue.requireCitableInRecord(violations.map((v) => v.worksheet.acts[0]), manager);
      this.checkDate(record.drawnOn, violations);
      const before = toDto(record, violations);
      const explanationRight = violations.some((v) => v.explanationRight);
      const year = Number(record.drawnOn.slice(0, 4));
      const sequence = await this.numbering.next(manager, c.departmentId, year, 'violation_record');
      Object.assign(record, {
        status: ViolationRecordStatus.Signed,
        year,
        sequence,
        number: recordNumber(sequence),
        acts: violations.map(actOf),
        explanationRight,
        explanationLastDay: explanationRight ? await this.explanationLastDay(manager, record) : null,
        signedAt: new Date(),
        signedById: actor.userId,
      });
      const saved = await manager.save(record);
      const after = toDto(saved);
      await this.audit.record(manager, actor, { action: 'sign', entityType: AUDIT.record, entityId: saved.id, departmentId: c.departmentId, before, after: { ...after, note: dto.note ?? null } });
      await this.transitions.applyTransition(manager, actor, c, CaseAction.RecordViolations, { note: `violation record ${saved.number} signed` });
      // Its PDF (MBB01) is requested with the signing; without a complete subject identity it waits for one.
      const requested = await requestRecordDocument(manager, this.documents, c, saved, dto.subject);
      return { view: after, doc: 'doc' in requested ? requested.doc : null };
    });
    if (doc) await this.documents.dispatch(doc);
    return view;
  }

  /** LXLVPHC Đ61: 5 working days for a written explanation, 2 to ask for a hearing, from the record. */
  private async explanationLastDay(manager: EntityManager, record: ViolationRecord): Promise<string> {
    const calendar = await this.calendars.workingDayCalendar(manager);
    try {
      return calendar.addWorkingDays(record.drawnOn, record.explanationMode === ExplanationMode.Hearing ? 2 : 5).date;
    } catch (e) {
      throw new AppError(ErrorCode.InvalidTransition, `Cannot sign: the explanation deadline cannot be counted (${e instanceof Error ? e.message : String(e)}); add the holiday calendar for the year first`);
    }
  }

  private async lockDraft(manager: EntityManager, actor: Actor, caseId: string, version: number): Promise<{ c: InspectionCase; record: ViolationRecord }> {
    const c = await lockOpenCase(manager, actor, caseId);
    const record = await manager.getRepository(ViolationRecord).findOne({ where: { caseId: c.id }, lock: { mode: 'pessimistic_write' } });
    if (!record) throw AppError.notFound('Violation record');
    if (record.status === ViolationRecordStatus.Signed) throw new AppError(ErrorCode.RecordFrozen, `The violation record ${record.number} is signed and frozen`);
    assertVersion(record, version, 'Violation record');
    return { c, record };
  }

  private violations(manager: EntityManager, c: InspectionCase): Promise<Violation[]> {
    return manager.getRepository(Violation).find({ where: { caseId: c.id }, order: { detectedOn: 'ASC', createdAt: 'ASC' } });
  }

  /** A record states acts already detected; it cannot be dated in the future. */
  private checkDate(drawnOn: string, violations: Violation[]): void {
    if (drawnOn > todayInVietnam()) throw AppError.field('drawnOn', 'drawnOn is in the future');
    const latest = violations.reduce<string | null>((max, v) => (max === null || v.detectedOn > max ? v.detectedOn : max), null);
    if (latest !== null && drawnOn < latest) throw AppError.field('drawnOn', `drawnOn ${drawnOn} is before the detection of a listed violation on ${latest}`);
  }

  private async officer(manager: EntityManager, departmentId: string, userId: string): Promise<{ id: string; fullName: string; title: string }> {
    const rows: { id: string; full_name: string; title: string }[] = await manager.query(
      `select id, full_name, title from users where id = $1 and department_id = $2 and role = 'inspector' and active`,
      [userId, departmentId],
    );
    if (rows.length === 0) throw AppError.field('officerId', 'the officer drawing the record must be an active inspector of the department');
    return { id: rows[0].id, fullName: rows[0].full_name, title: rows[0].title };
  }
}
