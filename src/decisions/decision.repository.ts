import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { lockOpenCase } from '@app/cases/case-access';
import { ViolationRecordStatus } from '@app/cases/cases.enums';
import { ViolationRecord } from '@app/cases/entities/violation-record.entity';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { Violation } from '@app/cases/entities/violation.entity';
import { SanctionDecision } from '@app/decisions/decision.entity';
import { DecisionStatus } from '@app/decisions/decisions.enums';
import { fromSanctionSubject, mergeIdentity, registryIdentity, type SubjectIdentity } from '@app/cases/subject-identity';
import { DocumentKind, DocumentRecord } from '@app/documents/document.entity';
import { scopeToActor } from '@app/auth/department-scope';
import type { ViolationRecordDocument } from '@libs/pdf';

/** I/O of decisions and what a decision reads from its case, always on the caller's manager. */
@Injectable()
export class DecisionRepository {
  /** The decision, scoped to the caller: another department's decision answers 404 like a missing one. */
  async findDecision(manager: EntityManager, actor: Actor, id: string): Promise<SanctionDecision> {
    const d = await scopeToActor(manager.getRepository(SanctionDecision).createQueryBuilder('d'), actor).andWhere('d.id = :id', { id }).getOne();
    if (!d) throw AppError.notFound('Decision');
    return d;
  }

  /**
   * Locks the case, then the decision, in that order everywhere (issuing takes the same locks), so two requests on one
   * decision never deadlock; refuses a closed case and an issued decision.
   */
  async lockDraft(manager: EntityManager, actor: Actor, id: string): Promise<{ c: InspectionCase; d: SanctionDecision }> {
    const found = await this.findDecision(manager, actor, id);
    const c = await lockOpenCase(manager, actor, found.caseId);
    const d = await manager.findOneOrFail(SanctionDecision, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (d.status === DecisionStatus.Issued) throw new AppError(ErrorCode.RecordFrozen, `Decision ${d.number} is issued and cannot change; issue a correction (amend, correct or annul) instead`);
    return { c, d };
  }

  /** The case's violations in the draft's order; an id no longer on the case gives undefined. */
  async violationsOf(manager: EntityManager, caseId: string, ids: readonly string[]): Promise<(Violation | undefined)[]> {
    const rows = ids.length === 0 ? [] : await manager.find(Violation, { where: { caseId, id: In([...ids]) } });
    return ids.map((id) => rows.find((v) => v.id === id));
  }

  /** Every violation of the case, in the order the record lists them. */
  async caseViolations(manager: EntityManager, caseId: string): Promise<Violation[]> {
    return manager.find(Violation, { where: { caseId }, order: { detectedOn: 'ASC', createdAt: 'ASC' } });
  }

  /** The ids a draft sanctions: the ones sent (each must be a violation of the case), or all of them. */
  async draftViolationIds(manager: EntityManager, caseId: string, sent: readonly string[] | undefined): Promise<string[]> {
    const all = (await this.caseViolations(manager, caseId)).map((v) => v.id);
    if (sent === undefined) return all;
    const unknown = sent.filter((id) => !all.includes(id));
    if (unknown.length > 0) throw AppError.field('violationIds', `not violations of this case: ${unknown.join(', ')}`);
    if (sent.length === 0) throw AppError.field('violationIds', 'a decision sanctions at least one act');
    return [...new Set(sent)];
  }

  /** The signed violation record of the case, as the căn cứ cites it. */
  async signedRecord(manager: EntityManager, caseId: string): Promise<ViolationRecord | null> {
    return manager.findOne(ViolationRecord, { where: { caseId, status: ViolationRecordStatus.Signed } });
  }

  /** The subject as the registry knows it, completed by the identity the signed record's document printed. */
  async caseIdentity(manager: EntityManager, c: InspectionCase): Promise<SubjectIdentity> {
    const base = await registryIdentity(manager, c.departmentId, c.subjectType, c.subjectId);
    const record = await this.signedRecord(manager, c.id);
    const doc = record ? await manager.findOne(DocumentRecord, { where: { kind: DocumentKind.ViolationRecord, subjectId: record.id }, order: { revision: 'DESC' } }) : null;
    return doc ? mergeIdentity(base, fromSanctionSubject((doc.input as unknown as ViolationRecordDocument).subject)) : base;
  }
}
