import type { SubjectIdentity } from '@app/cases/subject-identity';
import type { ActStatus, SignerTitle, Worksheet } from '@libs/legal';
import type { DecisionAct, DecisionDocument } from '@libs/pdf';

/** Quyết định giao quyền xử phạt (form MQĐ34) a deputy signs under. */
export interface DelegationRef {
  number: string;
  date: string;
}

/** Người ra quyết định. A deputy signs "KT." for the head and cites the delegation (NĐ 30/2020 Đ13; NĐ 118/2021 Đ10 k1). */
export interface DecisionSigner {
  fullName: string;
  /** Chức vụ as printed, e.g. "Phó Giám đốc". */
  title: string;
  /** Đơn vị, e.g. the department's name. */
  unit: string;
  /** The head's authority the decision is issued under, for the cap check (LXLVPHC Đ52, Đ54). */
  signerTitle: SignerTitle;
  deputy: { headTitle: string; delegationDecision: DelegationRef } | null;
}

export interface IssuingBody {
  /** Tên cơ quan của người có thẩm quyền xử phạt, e.g. "Sở Văn hóa và Thể thao". */
  name: string;
  /** Cơ quan chủ quản, printed above it. */
  parentBody: string | null;
  /** Địa danh of the place-and-date line. */
  placeName: string;
}

export interface AdditionalSanctionLine {
  description: string;
  /** Printed as written, e.g. "01 tháng, kể từ ngày Quyết định này có hiệu lực thi hành". */
  period: string | null;
}

export interface RemedialMeasureLine {
  description: string;
  /** Days from receipt of the decision, or a fixed last day; at most one is set. */
  deadlineDays: number | null;
  deadlineDate: string | null;
}

/** Where the fine is paid: the State Treasury or a bank it authorised (LXLVPHC Đ78 k1). */
export interface PaymentAccount {
  treasuryOrBank: string;
  accountNumber: string | null;
  accountName: string | null;
}

/** What a legal officer drafts; everything else on the decision comes from the case and its frozen worksheets. */
export interface DecisionContent {
  signer: DecisionSigner;
  issuingBody: IssuingBody;
  /** Căn cứ lines beyond those derived from the acts (a hearing record, a verification record…). */
  extraLegalBases: string[];
  /** The acts, as violations of the case; amounts and citations come from their frozen worksheets. */
  violationIds: string[];
  subject: SubjectIdentity;
  additionalSanctions: AdditionalSanctionLine[];
  remedialMeasures: RemedialMeasureLine[];
  payment: PaymentAccount | null;
  collectingBody: string | null;
  executingBody: string | null;
  cooperatingBodies: string[];
  /** Nơi nhận */
  recipients: string[];
  /** Null: takes effect on signing (MQĐ02 note 16). */
  effectiveDate: string | null;
}

/** Frozen at issue: what was printed, and the worksheets it was computed from. */
export interface DecisionSnapshot {
  document: DecisionDocument;
  acts: ActLine[];
  worksheets: { violationId: string; worksheet: Worksheet }[];
}

/** One act of a decision as its violation's frozen worksheet states it. */
export interface ActLine {
  violationId: string;
  code: string;
  description: string;
  facts: string;
  /** "Quy định tại" wording, e.g. "điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi, bổ sung bởi …". */
  legalBasis: string;
  instrument: string;
  aggravating: string[];
  mitigating: string[];
  /** Null while the worksheet cannot give a sanction (officer choice pending, range unknown). */
  mainSanction: DecisionAct['mainSanction'] | null;
  status: ActStatus;
}
