/**
 * Báo cáo tổng kết năm: the shapes the annual report is built from and returned in. Plain data, no framework: the
 * SQL answers grouped rows (`GroupedRow`), `assembleAnnualReport` turns them into figures with their drill-down links.
 */

/** Who a case is about, as year-end reviews group it (loại đối tượng). Stored on report lines: never rename a value. */
export enum ReportSubjectKind {
  /** Báo (in, điện tử) */
  Newspaper = 'newspaper',
  /** Tạp chí (in, điện tử) */
  Magazine = 'magazine',
  /** Đài phát thanh, truyền hình (báo nói, báo hình) */
  RadioTelevision = 'radio_television',
  /** Văn phòng đại diện, phóng viên thường trú */
  RepresentativeOfficeOrReporter = 'representative_office_or_reporter',
  /** Trang thông tin điện tử tổng hợp */
  GeneralSite = 'general_site',
  /** Khác: subjects outside the registry (unlicensed sites, persons) */
  Other = 'other',
}

/** Every figure of the report; each has a drill-down listing the records behind it. */
export enum ReportMetric {
  Inspections = 'inspections',
  CasesOpened = 'cases_opened',
  CasesClosed = 'cases_closed',
  CasesClosedWithoutSanction = 'cases_closed_without_sanction',
  SanctionDecisions = 'sanction_decisions',
  DecisionsIssued = 'decisions_issued',
  SanctionedActs = 'sanctioned_acts',
  Warnings = 'warnings',
  FinesImposed = 'fines_imposed',
  FinesCollected = 'fines_collected',
  LicenceSuspensions = 'licence_suspensions',
  LicenceSuspensionMonths = 'licence_suspension_months',
  ActivitySuspensions = 'activity_suspensions',
  ActivitySuspensionMonths = 'activity_suspension_months',
  Confiscations = 'confiscations',
  PressCardRevocations = 'press_card_revocations',
  RemedialMeasures = 'remedial_measures',
  ActiveLicences = 'active_licences',
  LicencesExpiring = 'licences_expiring',
}

/** The dimensions a figure may be broken down by; each is also a drill-down filter (query parameter). */
export enum ReportDimension {
  Planning = 'planning',
  InspectionKind = 'inspectionKind',
  SubjectKind = 'subjectKind',
  Reason = 'reason',
  IssuingBody = 'issuingBody',
  DecisionKind = 'decisionKind',
  Code = 'code',
  LicenceKind = 'licenceKind',
}

/** Where a metric's rows come from; one SQL source answers several metrics. */
export enum ReportSource {
  /** Effective lines of sanction decisions counted in the year. */
  Lines = 'lines',
  /** Effective lines of decisions whose case was executed by payment in the year. */
  Collected = 'collected',
  /** Every issued decision (all kinds) by its own issue year. */
  Issued = 'issued',
  Cases = 'cases',
  Inspections = 'inspections',
  Licences = 'licences',
}

/** One row of a grouped SQL answer: a year, the dimension it is broken down by (none: the total), and the values. */
export interface GroupedRow {
  year: number;
  dim: ReportDimension | 'none';
  key: string | null;
  values: Partial<Record<ReportMetric, number>>;
}

export type GroupedRows = Record<ReportSource, GroupedRow[]>;

/** A figure for the year and the year before, each with the query that lists what is behind it. */
export interface Figure {
  value: number;
  previousValue: number;
  drillDown: string;
  previousDrillDown: string;
}

export interface CountRow {
  key: string;
  label: string;
  count: Figure;
}

/** A breakdown of the sanctions (by catalogue code or by subject kind). */
export interface SanctionRow {
  key: string;
  label: string;
  /** Quyết định xử phạt counted once; only by subject kind (a decision may carry several codes). */
  decisions: Figure | null;
  acts: Figure;
  finesImposedVnd: Figure;
  finesCollectedVnd: Figure;
}

export interface ReportSummary {
  inspections: Figure;
  casesOpened: Figure;
  casesClosed: Figure;
  casesClosedWithoutSanction: Figure;
  sanctionDecisions: Figure;
  decisionsIssued: Figure;
  sanctionedActs: Figure;
  warnings: Figure;
  finesImposedVnd: Figure;
  finesCollectedVnd: Figure;
  licenceSuspensions: Figure;
  licenceSuspensionMonths: Figure;
  activitySuspensions: Figure;
  activitySuspensionMonths: Figure;
  confiscations: Figure;
  pressCardRevocations: Figure;
  remedialMeasures: Figure;
  activeLicences: Figure;
  licencesExpiringNextYear: Figure;
}

export interface ReportScope {
  /** Null: all departments (the ministry viewer). */
  departmentId: string | null;
  departmentName: string | null;
}

export interface AnnualReport {
  year: number;
  previousYear: number;
  scope: ReportScope;
  /** The day the registry figures are taken on: 31 December of the year, or today for the current year. */
  asOf: string;
  previousAsOf: string;
  summary: ReportSummary;
  inspectionsByPlanning: CountRow[];
  inspectionsByKind: CountRow[];
  inspectionsBySubjectKind: CountRow[];
  closedWithoutSanctionByReason: CountRow[];
  decisionsByIssuingBody: CountRow[];
  decisionsIssuedByKind: CountRow[];
  byCatalogueCode: SanctionRow[];
  bySubjectKind: SanctionRow[];
  activeLicencesByKind: CountRow[];
  licencesExpiringByKind: CountRow[];
  /** How the figures are counted, in the words printed under the tables. */
  countingRules: string[];
}
