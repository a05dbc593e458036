import type { SubjectIdentity } from '@app/cases/subject-identity';
import type { ActStatus, SignerTitle, Worksheet } from '@libs/legal';
import type { ChoiceBands } from '@libs/legal/officer-choice';
import type { LicenceRef, MeasureAddition, MeasureEdit, MeasureLine } from '@libs/legal/sanctions';
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

/**
 * Quyết định mức phạt cụ thể trong khung (LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1 b, k7): the legal officer's choice for
 * one act, checked against the band of the violation's frozen worksheet as it stood then.
 */
export interface StoredChoice {
  violationId: string;
  amountVnd: number | null;
  suspensionMonths: number | null;
  reason: string;
  /** The worksheet the choice was checked against: a recomputation after it invalidates it. */
  worksheetComputedAt: string;
  bands: ChoiceBands;
  chosenAt: string;
  chosenById: string;
}

/** A record of the case file the căn cứ cite by number and date (MQĐ02: hearing record, verification record). */
export interface RecordRef {
  number: string;
  date: string;
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
  // Added by issue 13; drafts saved before it have none of these (read as empty).
  /** The officer's choices per act, where a worksheet leaves a band. */
  choices?: StoredChoice[];
  /** Lines of the structured list the officer dropped or changed (with the reason), by key. */
  measureEdits?: MeasureEdit[];
  /** Lines the officer added, of a kind the act's clause provides. */
  measureAdditions?: MeasureAddition[];
  /** The licence a suspension concerns, as the registry knew it when the draft was made. */
  licence?: LicenceRef | null;
  /** Biên bản phiên giải trình trực tiếp (MBB03), cited when the explanation was heard. */
  hearingRecord?: RecordRef | null;
  /** Biên bản xác minh tình tiết (MBB05), cited when the case needed verification (LXLVPHC Đ59). */
  verificationRecords?: RecordRef[];
}

/** Frozen at issue: what was printed, and the worksheets it was computed from. */
export interface DecisionSnapshot {
  document: DecisionDocument;
  acts: ActLine[];
  /** The violations' worksheets with the officer's choices applied, as the decision used them. */
  worksheets: { violationId: string; worksheet: Worksheet }[];
  /** What the decision imposes beyond the fines (absent on decisions issued before issue 13). */
  measures?: MeasureLine[];
}

/** The officer's choice for an act as the decision shows it; `stale` when the worksheet was recomputed after it. */
export interface ActChoice {
  amountVnd: number | null;
  suspensionMonths: number | null;
  reason: string;
  chosenAt: string;
  stale: boolean;
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
  /** What the frozen worksheet still leaves to the officer (null: nothing, or a decision issued before issue 13). */
  bands?: ChoiceBands | null;
  choice?: ActChoice | null;
}
