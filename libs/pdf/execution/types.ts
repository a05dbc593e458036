// Inputs of the decisions taken while a sanction decision is executed (forms MQĐ03, MQĐ05, MQĐ07–09 and MQĐ11 of the
// appendix to NĐ 118/2021). Plain JSON, frozen when requested: the same input always gives the same bytes.
import type { IsoDate, SanctionSubject, Signer } from '../types';

/** A document this one rests on: number and date. */
export interface DocumentRef {
  number: string;
  date: IsoDate;
}

/** What every one of these decisions prints around its own Điều 1. */
export interface ExecutionDocumentBase {
  parentBody?: string;
  issuingBody: string;
  /** e.g. "03/QĐ-NPNL". */
  number: string;
  place: string;
  date: IsoDate;
  /** "THẨM QUYỀN BAN HÀNH": the signer's authority and body, e.g. "GIÁM ĐỐC SỞ VĂN HÓA VÀ THỂ THAO". */
  authorityTitle?: string;
  signer: Signer;
  subject: SanctionSubject;
  /** The sanction decision being executed. */
  sanctionDecision: DocumentRef;
  /** Quyết định giao quyền (MQĐ34, or MQĐ35 for enforcement) a deputy signs under. */
  delegation?: DocumentRef;
  /** Điều 3: who organises the execution, who is informed. */
  executingBody?: string;
  cooperatingBodies?: string[];
  /** Nơi nhận */
  recipients: string[];
}

/** The offender's written request and who confirmed the hardship it states. */
export interface ExecutionRequestRef {
  date: IsoDate;
  confirmedBy: string;
}

/** Quyết định hoãn thi hành quyết định phạt tiền (MQĐ03; LXLVPHC Đ76). */
export interface PostponementDocument extends ExecutionDocumentBase {
  request: ExecutionRequestRef;
  from: IsoDate;
  until: IsoDate;
  /** Papers or items held to secure the fine that are handed back (MQĐ03 Điều 1 k3), if any. */
  returnedItems?: string;
}

/** Quyết định nộp tiền phạt nhiều lần (MQĐ05; LXLVPHC Đ79). */
export interface InstalmentDocument extends ExecutionDocumentBase {
  request: ExecutionRequestRef;
  /** Thời hạn nộp tiền phạt nhiều lần, in months from the day the sanction decision takes effect (at most 6). */
  months: number;
  instalments: { amountVnd: number; dueOn: IsoDate }[];
  returnedItems?: string;
}

/** Biện pháp cưỡng chế (LXLVPHC Đ86) and the form of each. */
export type EnforcementMeasure = 'wage_deduction' | 'account_deduction' | 'asset_seizure' | 'remedial_enforcement';

/** Quyết định cưỡng chế thi hành quyết định xử phạt vi phạm hành chính (MQĐ07, MQĐ08, MQĐ09, MQĐ11). */
export interface EnforcementDocument extends ExecutionDocumentBase {
  measure: EnforcementMeasure;
  /** Căn cứ the decree on enforcement, as the officer cites it (article, number, date, title). */
  enforcementDecreeBasis: string;
  /** Biên bản xác minh thông tin về tiền, tài sản (MBB09), "…/BB-XMCC". */
  verificationRecord?: DocumentRef;
  /** The amount enforced (fine and late charge still owed); absent for remedial enforcement. */
  amountVnd?: number;
  /** The credit institution, employer or place holding what is enforced against, and its address. */
  holder?: { name: string; address: string };
  /** The offender's account at the credit institution (MQĐ08). */
  accountNumber?: string;
  /** The State Treasury account the money goes to. */
  treasury?: { name: string; accountNumber: string };
  /** Days to transfer (at most 30, MQĐ07–08 note 13/15) or to carry the measure out. */
  days: number;
  /** Địa điểm kê biên (MQĐ09). */
  seizurePlace?: string;
  /** The remedial measures enforced (MQĐ11). */
  remedialMeasures?: string[];
  effectiveDate: IsoDate;
}

export type ExecutionDocument = PostponementDocument | InstalmentDocument | EnforcementDocument;
