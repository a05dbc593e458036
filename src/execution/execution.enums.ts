import { Role } from '@app/common/role';

/** Hình thức gửi quyết định xử phạt (LXLVPHC Đ70 k2 as amended by Law 88/2025, points a–d). */
export enum DeliveryMethod {
  /** a) Giao trực tiếp */
  InPerson = 'in_person',
  /** b) Gửi qua dịch vụ bưu chính bằng hình thức bảo đảm */
  RegisteredPost = 'registered_post',
  /** c) Gửi bằng phương thức điện tử */
  Electronic = 'electronic',
  /** d) Niêm yết công khai tại nơi cư trú / trụ sở, or through the commune People's Committee */
  PublicPosting = 'public_posting',
}

/** Hình thức nộp tiền phạt (NĐ 118/2021 Đ20 k1 a, b). */
export enum PaymentChannel {
  /** Nộp tiền mặt trực tiếp tại Kho bạc Nhà nước */
  StateTreasury = 'state_treasury',
  /** Nộp vào / chuyển khoản vào tài khoản của Kho bạc Nhà nước (at a commercial bank) */
  BankAccount = 'bank_account',
  /** Chuyển khoản qua Cổng Dịch vụ công Quốc gia */
  PublicServicePortal = 'public_service_portal',
}

/** Đề nghị hoãn thi hành (LXLVPHC Đ76, MQĐ03) or nộp tiền phạt nhiều lần (LXLVPHC Đ79, MQĐ05). */
export enum ExecutionRequestKind {
  Postponement = 'postponement',
  Instalments = 'instalments',
}

export enum ExecutionRequestStatus {
  /** Đang xem xét: these days are not counted as late (NĐ 118/2021 Đ20 k4). */
  Pending = 'pending',
  Granted = 'granted',
  Refused = 'refused',
}

/** Biện pháp cưỡng chế (LXLVPHC Đ86) with its form: MQĐ07, MQĐ08, MQĐ09, MQĐ11. */
export enum EnforcementMeasureKind {
  WageDeduction = 'wage_deduction',
  AccountDeduction = 'account_deduction',
  AssetSeizure = 'asset_seizure',
  RemedialEnforcement = 'remedial_enforcement',
}

/** Khiếu nại (Luật Khiếu nại 2011) or khởi kiện vụ án hành chính (Luật Tố tụng hành chính 2015). */
export enum ComplaintKind {
  Complaint = 'complaint',
  Lawsuit = 'lawsuit',
}

/** What the complaint or lawsuit came to, and its effect on the decision. */
export enum ComplaintOutcome {
  Pending = 'pending',
  /** Giữ nguyên quyết định */
  Upheld = 'upheld',
  /** Sửa đổi, bổ sung (through an issued MQĐ38 decision) */
  Amended = 'amended',
  /** Hủy bỏ (through an issued MQĐ40 decision) */
  Annulled = 'annulled',
  /** Rút đơn / đình chỉ giải quyết */
  Withdrawn = 'withdrawn',
}

/** What an uploaded file proves. */
export enum ExecutionFilePurpose {
  DeliveryProof = 'delivery_proof',
  /** Biên bản về việc không nhận quyết định (MBB06) */
  RefusalRecord = 'refusal_record',
  PaymentReceipt = 'payment_receipt',
  Request = 'request',
  Complaint = 'complaint',
  Remedial = 'remedial',
}

/** Audit entity type of everything recorded about a decision's execution; the entity id is the decision's. */
export const AUDIT_EXECUTION = 'decision_execution';

/** Who reads the execution of a decision: the department's case staff and leaders, and the ministry viewer. */
export const EXECUTION_READERS = [Role.Inspector, Role.LegalOfficer, Role.Leader, Role.MinistryViewer];
/**
 * Who records delivery, proofs and remedial measures done: inspectors deliver decisions and check take-downs, legal
 * officers do the rest.
 */
export const EXECUTION_STAFF = [Role.Inspector, Role.LegalOfficer];
/**
 * Who records payments, decides on postponement and instalments, records enforcement and complaints: legal officers
 * (pháp chế), who prepare the decisions the director signs (README "Roles").
 */
export const EXECUTION_OFFICERS = [Role.LegalOfficer];
