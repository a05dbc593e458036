/** What a user may do. A department's users see only that department; the ministry viewer reads across. */
export enum Role {
  /** Thanh tra viên / cán bộ kiểm tra: opens and works cases. */
  Inspector = 'inspector',
  /** Cán bộ pháp chế: prepares and issues decisions, curates the legal catalogue. */
  LegalOfficer = 'legal_officer',
  /** Lãnh đạo Sở: reads everything of the department, reports. */
  Leader = 'leader',
  /** Quản trị của Sở: users, holiday calendar, registry corrections. */
  DepartmentAdmin = 'department_admin',
  /** Cán bộ Bộ: read-only across departments. */
  MinistryViewer = 'ministry_viewer',
  /**
   * Quản trị vận hành hệ thống: runs the installation (the shared job queues), belongs to no department and reads
   * no department's records. Created by `npm run admin:create-operator`, never through the API.
   */
  SystemOperator = 'system_operator',
}

export const ALL_ROLES = Object.values(Role);

/** Roles that belong to no department (their users have no department id). */
export const isDepartmentless = (role: Role): boolean => role === Role.MinistryViewer || role === Role.SystemOperator;
