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
}

export const ALL_ROLES = Object.values(Role);
