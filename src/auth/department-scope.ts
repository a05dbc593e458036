import { SelectQueryBuilder } from 'typeorm';
import { Actor, isCrossDepartmentReader } from '@app/common/actor';
import { DepartmentRecord } from '@app/database/department-record.entity';

/** Reads scoped to the caller's department (all departments for the ministry viewer). */
export function scopeToActor<E extends DepartmentRecord>(qb: SelectQueryBuilder<E>, actor: Actor, departmentId?: string): SelectQueryBuilder<E> {
  const alias = qb.alias;
  if (isCrossDepartmentReader(actor)) {
    return departmentId ? qb.andWhere(`${alias}.departmentId = :scopeDep`, { scopeDep: departmentId }) : qb;
  }
  return qb.andWhere(`${alias}.departmentId = :scopeDep`, { scopeDep: actor.departmentId });
}
