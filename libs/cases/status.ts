/**
 * Trạng thái hồ sơ vụ việc and the explicit steps that move a case. Stored as strings in the database: never
 * rename a value.
 */
export enum CaseStatus {
  /** Mở hồ sơ */
  Open = 'open',
  /** Đang thanh tra, kiểm tra */
  Inspecting = 'inspecting',
  /** Đã lập biên bản vi phạm hành chính */
  ViolationsRecorded = 'violations_recorded',
  /** Chờ giải trình (LXLVPHC Đ61) */
  AwaitingExplanation = 'awaiting_explanation',
  /** Đủ điều kiện ra quyết định */
  ReadyForDecision = 'ready_for_decision',
  /** Đã ra quyết định xử phạt */
  Decided = 'decided',
  /** Đã chấp hành (nộp phạt) hoặc bị cưỡng chế */
  Executed = 'executed',
  /** Đã đóng hồ sơ: read-only */
  Closed = 'closed',
}

export const CASE_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus);

/** Each transition is one endpoint; the names are also the audit actions (`transition:<action>`). */
export enum CaseAction {
  StartInspection = 'start_inspection',
  /** Performed by signing the violation record. */
  RecordViolations = 'record_violations',
  AwaitExplanation = 'await_explanation',
  MarkReadyForDecision = 'ready_for_decision',
  Decide = 'decide',
  Execute = 'execute',
  Close = 'close',
  CloseWithoutSanction = 'close_without_sanction',
}

/**
 * Why a case was closed. All but `sanction_executed` close it without a sanction decision: the grounds of
 * LXLVPHC Đ65 k1 (không ra quyết định xử phạt), plus "no violation" found by the inspection.
 */
export enum ClosureReason {
  SanctionExecuted = 'sanction_executed',
  /** Không có vi phạm hành chính */
  NoViolation = 'no_violation',
  /** Hết thời hiệu xử phạt (LXLVPHC Đ6, Đ65 k1) */
  LimitationExpired = 'limitation_expired',
  /** Không xác định được đối tượng vi phạm (LXLVPHC Đ65 k1) */
  OffenderUnidentified = 'offender_unidentified',
  /** Chuyển hồ sơ để truy cứu trách nhiệm hình sự (LXLVPHC Đ62, Đ65 k1) */
  TransferredForProsecution = 'transferred_for_prosecution',
  /** Cá nhân chết, mất tích; tổ chức giải thể, phá sản trong thời gian xem xét (LXLVPHC Đ65 k1) */
  OffenderDeceasedOrDissolved = 'offender_deceased_or_dissolved',
  /** Tình thế cấp thiết, phòng vệ chính đáng, sự kiện bất ngờ, bất khả kháng… (LXLVPHC Đ11, Đ65 k1) */
  ExemptingCircumstances = 'exempting_circumstances',
}

/** What happened to the offender's right to explain (LXLVPHC Đ61). */
export enum ExplanationOutcome {
  /** The written explanation (or the hearing) was received. */
  Received = 'received',
  /** The offender stated in writing that they do not wish to explain. */
  Waived = 'waived',
}

/** How a decided case was carried out. */
export enum ExecutionMode {
  /** Tự nguyện chấp hành (nộp tiền phạt) */
  Paid = 'paid',
  /** Cưỡng chế thi hành */
  Enforced = 'enforced',
}
