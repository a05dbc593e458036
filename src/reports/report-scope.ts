import { EntityManager } from 'typeorm';
import { AppError } from '@app/common/errors';
import { type Actor, isCrossDepartmentReader } from '@app/common/actor';
import { Department } from '@app/departments/department.entity';

/**
 * Whose figures: the ministry viewer chooses one department or all (no `departmentId`, null here); everyone else reads
 * only their own department, and naming another one answers 404 like any record of another department.
 */
export function scopeOf(actor: Actor, departmentId?: string): string | null {
  if (isCrossDepartmentReader(actor)) return departmentId ?? null;
  if (departmentId !== undefined && departmentId !== actor.departmentId) throw AppError.notFound('Department');
  return actor.departmentId;
}

/** The department of a scope; an unknown id (the ministry viewer's typo) answers 404. */
export async function departmentOf(manager: EntityManager, id: string): Promise<Department> {
  const department = await manager.findOneBy(Department, { id });
  if (!department) throw AppError.notFound('Department');
  return department;
}

/** The SQL of the scope's department name (checked by the caller: null for a department that does not exist). */
export const departmentNameSql = (param: string | null): string =>
  param ? `(select name from departments where id = ${param}::uuid)` : 'null::text';

/** The day the registry is read on: 31 December of the year, or today while the year is not over. */
export function asOfDate(year: number, today: string): string {
  const end = `${year}-12-31`;
  return today < end ? today : end;
}
