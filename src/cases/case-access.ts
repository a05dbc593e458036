import { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { scopeToActor } from '@app/auth/department-scope';
import { Role } from '@app/common/role';
import { CaseStatus } from '@libs/cases';

/** Who reads cases: the department's case staff and leaders, and the ministry viewer across departments. */
export const CASE_READERS = [Role.Inspector, Role.LegalOfficer, Role.Leader, Role.MinistryViewer];
/** Inspectors open and work cases. */
export const CASE_WORKERS = [Role.Inspector];
/** Legal officers prepare decisions: extension, decision, execution, closing. */
export const DECISION_PREPARERS = [Role.LegalOfficer];
/** Steps either may take: the explanation window, ready for decision, recomputing, closing without sanction. */
export const CASE_STAFF = [Role.Inspector, Role.LegalOfficer];

/**
 * The case, scoped to the caller: another department's case answers 404 exactly like a missing one. With `lock`
 * the row is held (SELECT … FOR UPDATE) until the transaction ends, so changes to one case run one at a time.
 */
export async function findCase(manager: EntityManager, actor: Actor, id: string, lock = false): Promise<InspectionCase> {
  const qb = scopeToActor(manager.getRepository(InspectionCase).createQueryBuilder('c'), actor).andWhere('c.id = :id', { id });
  if (lock) qb.setLock('pessimistic_write');
  const found = await qb.getOne();
  if (!found) throw AppError.notFound('Case');
  return found;
}

/** A closed case is a finished legal record: read-only. */
export function assertNotClosed(c: InspectionCase): void {
  if (c.status === CaseStatus.Closed) throw new AppError(ErrorCode.RecordFrozen, `Case ${c.number} is closed; a closed case cannot change`);
}

/** Locks the case for a change to it or to anything on its file; refuses a closed one. */
export async function lockOpenCase(manager: EntityManager, actor: Actor, id: string): Promise<InspectionCase> {
  const c = await findCase(manager, actor, id, true);
  assertNotClosed(c);
  return c;
}

export function assertVersion(c: { version: number }, version: number, label = 'Case'): void {
  if (c.version !== version) throw AppError.staleVersion(label, version, c.version);
}
