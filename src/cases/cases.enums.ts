/** Who a case is about: a registry record, or a subject outside the registry (also kept in the registry). */
export enum CaseSubjectType {
  PressAgency = 'press_agency',
  GeneralSite = 'e_information_site',
  RepresentativeOffice = 'representative_office',
  ResidentReporter = 'resident_reporter',
  UnregisteredSubject = 'unregistered_subject',
}

/** Nguồn phát hiện: how the case came to the department. */
export enum CaseOrigin {
  /** Thanh tra, kiểm tra theo kế hoạch */
  PlannedInspection = 'planned_inspection',
  /** Thanh tra, kiểm tra đột xuất */
  AdHocInspection = 'ad_hoc_inspection',
  /** Đơn khiếu nại, tố cáo, phản ánh */
  ComplaintOrReport = 'complaint_or_report',
  /** Theo dõi, giám sát báo chí và thông tin trên mạng */
  PressMonitoring = 'press_monitoring',
  /** Cơ quan khác chuyển đến */
  Referral = 'referral',
}

/** Thanh tra (formal inspection under the Inspection Law) or kiểm tra (check). */
export enum InspectionKind {
  Inspection = 'inspection',
  Check = 'check',
}

/** Within the department's annual plan (kế hoạch năm) or ad hoc (đột xuất). */
export enum InspectionPlanning {
  Planned = 'planned',
  AdHoc = 'ad_hoc',
}

/** Bản nháp until signed; once signed the record is frozen. */
export enum ViolationRecordStatus {
  Draft = 'draft',
  Signed = 'signed',
}

/** Người chứng kiến: a private person or a representative of the commune People's Committee. */
export enum WitnessKind {
  Person = 'person',
  LocalAuthority = 'local_authority',
}

export enum ExplanationMode {
  Written = 'written',
  Hearing = 'hearing',
}

/** Audit entity types of this module. */
export const AUDIT = {
  case: 'inspection_case',
  inspection: 'inspection',
  violation: 'case_violation',
  evidence: 'case_evidence',
  record: 'violation_record',
} as const;
