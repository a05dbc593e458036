/** 'sanction' is form MQĐ02; amend, correct and annul are forms MQĐ38, MQĐ39 and MQĐ40 (NĐ 118/2021 appendix). */
export enum DecisionKind {
  /** Quyết định xử phạt vi phạm hành chính (MQĐ02) */
  Sanction = 'sanction',
  /** Quyết định sửa đổi, bổ sung quyết định (MQĐ38) */
  Amend = 'amend',
  /** Quyết định đính chính quyết định (MQĐ39) */
  Correct = 'correct',
  /** Quyết định hủy bỏ quyết định (MQĐ40) */
  Annul = 'annul',
}

/** Bản dự thảo until issued; an issued decision never changes (a correction is a new decision). */
export enum DecisionStatus {
  Draft = 'draft',
  Issued = 'issued',
}

/**
 * Whose decision it is, and so whose number sequence it takes (NĐ 30/2020 Đ15: numbered per issuing body per
 * calendar year): the department (Giám đốc Sở) or the provincial People's Committee (Chủ tịch UBND tỉnh).
 */
export enum IssuingBodyCode {
  Department = 'department',
  ProvincialCommittee = 'provincial_committee',
}

/** What later issued decisions made of an issued one (the reports count a decision once from this). */
export enum DecisionStanding {
  InForce = 'in_force',
  Amended = 'amended',
  Corrected = 'corrected',
  Annulled = 'annulled',
}

/** Stable codes of the reasons an issue is refused (422 `LEGAL_RULE_VIOLATION`, `details.reasons`). */
export enum RefusalCode {
  /** The case is not ready for decision (status, record, another decision already issued). */
  CaseNotReady = 'case_not_ready',
  /** LXLVPHC Đ61: the explanation window is still open and nothing was received or waived. */
  ExplanationWindowOpen = 'explanation_window_open',
  /** The catalogue row the worksheet applied is still unverified in the current catalogue. */
  UnverifiedRule = 'unverified_rule',
  /** LXLVPHC Đ6 k1, Đ65 k1 a: the limitation period ended before the issue date. */
  TimeBarred = 'time_barred',
  /** LXLVPHC Đ52 k1: the act's bracket maximum is above the signer's cap. */
  AboveSignerCap = 'above_signer_cap',
  /** No authority figure is known for the signer, field and date, so the cap cannot be checked. */
  AuthorityUnknown = 'authority_unknown',
  /** LXLVPHC Đ23 k4: the officer must choose the amount (or suspension months) before a decision. */
  NeedsOfficerChoice = 'needs_officer_choice',
  /** The applied version has no known fine range. */
  FineRangeUnknown = 'fine_range_unknown',
  /** An act of the draft is no longer a violation of the case. */
  ViolationMissing = 'violation_missing',
  /** The draft imposes an additional sanction, but the rows of its acts provide none (the sector decree lists them per act). */
  AdditionalSanctionNotProvided = 'additional_sanction_not_provided',
  /** The draft orders a remedial measure, but the rows of its acts provide none. */
  RemedialMeasureNotProvided = 'remedial_measure_not_provided',
  /** A free-text sanction or measure that belongs to no act's line (the structured list names act and clause). */
  MeasureNotAttached = 'measure_not_attached',
  /** Something the printed form requires is missing (subject identity, payment place, recipients…). */
  DocumentIncomplete = 'document_incomplete',
  /** A correction's original decision is no longer in force (annulled). */
  OriginalNotInForce = 'original_not_in_force',
  /** A licence suspension names a licence the department's registry cannot suspend (LXLVPHC Đ25 k2: it is carried out there). */
  LicenceNotInRegistry = 'licence_not_in_registry',
}

/** Audit entity type of a decision. */
export const AUDIT_DECISION = 'sanction_decision';
