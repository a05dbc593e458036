import { Role } from '@app/common/role';

/** Who is calling: taken from a verified token and re-checked against the users table per request. */
export interface Actor {
  userId: string;
  username: string;
  role: Role;
  /** Null for the ministry viewer. */
  departmentId: string | null;
}

/** Roles that may read across departments (read-only). */
export const isCrossDepartmentReader = (actor: Actor): boolean => actor.role === Role.MinistryViewer;
