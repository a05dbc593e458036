import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { scopeToActor } from '@app/auth/department-scope';
import { NumberingRepository } from '@app/cases/numbering.repository';
import { SanctionDecision } from '@app/decisions/decision.entity';
import { DecisionKind, DecisionStatus } from '@app/decisions/decisions.enums';
import { DecisionExecution } from '@app/execution/entities/decision-execution.entity';
import { DecisionDelivery, EnforcementDecision, ExecutionComplaint, ExecutionRequest, FinePayment, RemedialCompletion } from '@app/execution/entities/execution-records.entity';
import type { ChainDecision, ExecutionFacts, ExecutionRecords } from '@app/execution/execution-state';

/** Kinds of numbers this module takes from the department's gapless yearly counters (NĐ 30/2020 Đ15). */
export type ExecutionNumberKind = 'qd-hqdpt' | 'qd-npnl' | 'qd-ccxp';

/** I/O of the execution records, always on the caller's manager (inside its transaction when it has one). */
@Injectable()
export class ExecutionRepository {
  constructor(private readonly numbering: NumberingRepository) {}

  /** The decision scoped to the caller (another department's answers 404 like a missing one). */
  async decision(manager: EntityManager, actor: Actor, id: string): Promise<SanctionDecision> {
    const d = await scopeToActor(manager.getRepository(SanctionDecision).createQueryBuilder('d'), actor).andWhere('d.id = :id', { id }).getOne();
    if (!d) throw AppError.notFound('Decision');
    return d;
  }

  /** Execution is recorded on an issued sanction decision (MQĐ02), never on a draft or a correction. */
  assertIssuedSanction(d: SanctionDecision): asserts d is SanctionDecision & { snapshot: NonNullable<SanctionDecision['snapshot']>; number: string; issuedOn: string; issuedAt: Date } {
    if (d.kind !== DecisionKind.Sanction) throw new AppError(ErrorCode.InvalidTransition, `Execution is recorded on the sanction decision itself, not on a ${d.kind} decision`);
    if (d.status !== DecisionStatus.Issued || !d.snapshot) throw new AppError(ErrorCode.InvalidTransition, 'The decision is a draft: its execution starts once it is issued');
  }

  /** The sanction decision and every issued decision referring to it (MQĐ38–40), oldest first. */
  async chain(manager: EntityManager, d: SanctionDecision): Promise<ChainDecision[]> {
    const later = await manager.find(SanctionDecision, { where: { originalDecisionId: d.id, status: DecisionStatus.Issued }, order: { issuedAt: 'ASC' } });
    return [d, ...later].flatMap((x) =>
      x.snapshot && x.number && x.issuedOn && x.issuedAt
        ? [{ id: x.id, kind: x.kind, number: x.number, issuedOn: x.issuedOn, issuedAt: x.issuedAt, totalFineVnd: x.totalFineVnd ?? 0, document: x.snapshot.document }]
        : [],
    );
  }

  async records(manager: EntityManager, decisionId: string): Promise<ExecutionRecords> {
    // One after the other: inside a transaction they share one connection.
    const where = { decisionId };
    const deliveries = await manager.find(DecisionDelivery, { where, order: { sentOn: 'ASC', createdAt: 'ASC' } });
    const payments = await manager.find(FinePayment, { where, order: { paidOn: 'ASC', createdAt: 'ASC' } });
    const requests = await manager.find(ExecutionRequest, { where, order: { receivedOn: 'ASC', createdAt: 'ASC' } });
    const enforcements = await manager.find(EnforcementDecision, { where, order: { decidedOn: 'ASC', createdAt: 'ASC' } });
    const complaints = await manager.find(ExecutionComplaint, { where, order: { filedOn: 'ASC', createdAt: 'ASC' } });
    const remedial = await manager.find(RemedialCompletion, { where, order: { measureIndex: 'ASC' } });
    const notStarted: { licence_number: string; from_on: string }[] = await manager.query(
      `select l.number as licence_number, to_char(s.from_on, 'YYYY-MM-DD') as from_on
         from licence_suspensions s join licences l on l.id = s.licence_id
        where s.decision_id = $1 and s.status = 'imposed' order by s.from_on, l.number`,
      [decisionId],
    );
    const suspensionsNotStarted = notStarted.map((r) => ({ licenceNumber: r.licence_number, fromOn: r.from_on }));
    return { deliveries, payments, requests, enforcements, complaints, remedial, suspensionsNotStarted };
  }

  /** Writes the facts the case guards read; the row is created the first time (issued before it existed). */
  async saveFacts(manager: EntityManager, d: SanctionDecision, facts: ExecutionFacts): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DecisionExecution)
      .values({ departmentId: d.departmentId, caseId: d.caseId, decisionId: d.id, ...facts, computedAt: new Date() })
      .orUpdate(['paid_in_full', 'settled_on', 'enforced', 'balance_vnd', 'remedial_outstanding', 'suspension_outstanding', 'annulled', 'computed_at'], ['decision_id'])
      .execute();
  }

  /** Issued sanction decisions of these departments whose case is still open, for the reminders. */
  async openDecisions(manager: EntityManager, departmentIds: string[]): Promise<SanctionDecision[]> {
    if (departmentIds.length === 0) return [];
    return manager
      .getRepository(SanctionDecision)
      .createQueryBuilder('d')
      .innerJoin('inspection_cases', 'c', 'c.id = d.case_id')
      .where('d.departmentId IN (:...departmentIds)', { departmentIds })
      .andWhere(`d.kind = 'sanction' and d.status = 'issued' and c.status <> 'closed'`)
      .orderBy('d.issuedOn', 'ASC')
      .getMany();
  }

  async draftDecisions(manager: EntityManager, departmentIds: string[]): Promise<SanctionDecision[]> {
    if (departmentIds.length === 0) return [];
    return manager.find(SanctionDecision, { where: { departmentId: In(departmentIds), status: DecisionStatus.Draft } });
  }

  /**
   * The next "NN/QĐ-…" number of the department's year for this kind; the counter row stays locked until commit, so
   * numbers run without gaps (NĐ 30/2020 Đ15). The counters table is the cases module's; it keys counters by any
   * kind, so this module's kinds are its own.
   */
  async nextNumber(manager: EntityManager, departmentId: string, year: number, kind: ExecutionNumberKind): Promise<number> {
    return this.numbering.next(manager, departmentId, year, kind);
  }
}
