// Plain, JSON-serialisable inputs of the document renderers. The worker stores these snapshots and renders
// them later, so nothing here may depend on "now": the same snapshot must always give the same bytes.

/** Calendar date `YYYY-MM-DD` in Asia/Ho_Chi_Minh. */
export type IsoDate = string;

/** Clock time `HH:mm` (24 h) in Asia/Ho_Chi_Minh. */
export type ClockTime = string;

export type Gender = 'male' | 'female';

/** Cá nhân vi phạm: identity fields of form MQĐ02 / MBB01 (NĐ 118/2021 appendix). */
export interface IndividualSubject {
  kind: 'individual';
  fullName: string;
  gender: Gender;
  dateOfBirth: IsoDate;
  nationality: string;
  occupation?: string;
  /** Nơi ở hiện tại */
  residence: string;
  /** Số định danh cá nhân / CMND / hộ chiếu */
  identityNumber: string;
  identityIssuedOn?: IsoDate;
  identityIssuedBy?: string;
}

/** Giấy chứng nhận đăng ký / giấy phép thành lập, hoạt động (for a press agency: its press licence). */
export interface OrganisationRegistration {
  /** Overrides the form's generic label, e.g. "Giấy phép hoạt động báo chí số". */
  label?: string;
  number: string;
  issuedOn?: IsoDate;
  issuedBy?: string;
}

/** Tổ chức vi phạm: identity fields of form MQĐ02 / MBB01. */
export interface OrganisationSubject {
  kind: 'organisation';
  name: string;
  /** Địa chỉ trụ sở chính */
  headOfficeAddress: string;
  /** Mã số doanh nghiệp (businesses only) */
  enterpriseCode?: string;
  registration?: OrganisationRegistration;
  /** Người đại diện theo pháp luật / người đứng đầu tổ chức */
  legalRepresentative: { fullName: string; gender: Gender; title: string };
}

export type SanctionSubject = IndividualSubject | OrganisationSubject;

/** Shown on the document so anyone can check it against the department's public register. */
export interface Verification {
  /** Short code printed next to the QR, e.g. "QD-2025-7F3K-9XQ2". */
  code: string;
  /** URL encoded in the QR. */
  url: string;
}

/**
 * Hình thức xử phạt chính. LXLVPHC Đ21 k2: cảnh cáo and phạt tiền can only ever be main sanctions; licence
 * suspension and confiscation are modelled as additional sanctions.
 */
export interface MainSanction {
  kind: 'warning' | 'fine';
  /** Integer VND, required when kind is 'fine'. */
  amountVnd?: number;
}

/** One hành vi vi phạm hành chính in a decision. */
export interface DecisionAct {
  description: string;
  /** The facts found, printed after the description ("Cụ thể: …"). */
  facts?: string;
  /** e.g. "điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi, bổ sung bởi …" */
  legalBasis: string;
  /** Tình tiết tăng nặng */
  aggravating: string[];
  /** Tình tiết giảm nhẹ */
  mitigating: string[];
  mainSanction: MainSanction;
}

/** Hình thức xử phạt bổ sung, e.g. licence suspension; `period` is printed as written. */
export interface AdditionalSanction {
  description: string;
  period?: string;
  /** The acts (indexes into `acts`) it is imposed for; printed as "Hành vi thứ …:" when the decision has several. */
  acts?: number[];
}

export type RemedialDeadline = { kind: 'days'; days: number } | { kind: 'date'; date: IsoDate };

/** Biện pháp khắc phục hậu quả */
export interface RemedialMeasure {
  description: string;
  deadline?: RemedialDeadline;
  /** The acts (indexes into `acts`) it is ordered for; printed as "Hành vi thứ …:" when the decision has several. */
  acts?: number[];
}

/** Where the fine is paid (Kho bạc Nhà nước or a bank it authorised). */
export interface FinePayment {
  treasuryOrBank: string;
  accountNumber?: string;
  accountName?: string;
}

/** Người ký; a deputy signs "KT. <head title>" above their own title (NĐ 30/2020 Đ13). */
export interface Signer {
  fullName: string;
  title: string;
  unit: string;
  deputy?: { headTitle: string };
}

/**
 * The decision a MQĐ38 (amend), MQĐ39 (correct) or MQĐ40 (annul) decision refers to.
 */
export interface DecisionReference {
  number: string;
  date: IsoDate;
}

/** 'sanction' is MQĐ02; the others are MQĐ38, MQĐ39 and MQĐ40 (NĐ 118/2021 appendix). */
export type DecisionKind = 'sanction' | 'amend' | 'correct' | 'annul';

/** Quyết định xử phạt vi phạm hành chính (form MQĐ02, NĐ 118/2021 appendix). */
export interface DecisionDocument {
  /** Cơ quan chủ quản, e.g. "UBND THÀNH PHỐ HỒ CHÍ MINH" (printed in capitals). */
  parentBody?: string;
  /** Cơ quan của người có thẩm quyền xử phạt, e.g. "SỞ VĂN HÓA VÀ THỂ THAO". */
  issuingBody: string;
  /** Số và ký hiệu, e.g. "05/QĐ-XPHC". */
  number: string;
  /** Địa danh, e.g. "Thành phố Hồ Chí Minh". */
  place: string;
  date: IsoDate;
  kind: DecisionKind;
  /** Required unless kind is 'sanction'. */
  originalDecision?: DecisionReference;
  /** "THẨM QUYỀN BAN HÀNH" line of the NĐ 118 form, e.g. "GIÁM ĐỐC SỞ VĂN HÓA VÀ THỂ THAO". */
  authorityTitle?: string;
  /** Căn cứ lines, without the final punctuation (the renderer adds ";" and the last ".") */
  legalBases: string[];
  signer: Signer;
  subject: SanctionSubject;
  acts: DecisionAct[];
  /** Must equal the sum of the acts' fines. */
  totalFineVnd: number;
  additionalSanctions: AdditionalSanction[];
  remedialMeasures: RemedialMeasure[];
  /** Printed as "kể từ ngày ký" when equal to `date`. */
  effectiveDate: IsoDate;
  payment: FinePayment;
  /** Body that collects the fine (Điều 3 k2), usually the treasury. */
  collectingBody?: string;
  /** Body that organises execution (Điều 3 k3). */
  executingBody?: string;
  /** Bodies informed to cooperate (Điều 3 k4). */
  cooperatingBodies?: string[];
  /** Nơi nhận, e.g. ["Như Điều 3", "Lưu: VT, Hồ sơ"]. */
  recipients: string[];
  verification: Verification;
}

/** Người có thẩm quyền lập biên bản */
export interface RecordOfficer {
  fullName: string;
  title: string;
  agency: string;
}

/** Người chứng kiến: a private person, or a representative of the commune-level People's Committee. */
export type RecordWitness =
  | { kind: 'person'; fullName: string; occupation: string; address: string }
  | { kind: 'localAuthority'; fullName: string; title: string; agency: string };

export interface RecordInterpreter {
  fullName: string;
  occupation: string;
  address: string;
}

/** One act in a violation record (no sanction yet: the record only states it). */
export interface RecordAct {
  description: string;
  facts?: string;
  legalBasis: string;
  /** The circumstances of this act; when any act has them, they are printed per act instead of the record's lists. */
  aggravating?: string[];
  mitigating?: string[];
  /** The additional sanctions and remedial measures the clause of this act provides, with that clause. */
  possibleMeasures?: string[];
}

/** Quyền giải trình (LXLVPHC Đ61): 'hearing' = 02 working days to ask for one, 'written' = 05 working days. */
export interface RightToExplain {
  mode: 'hearing' | 'written';
  /** Title and body of the sanctioning authority the explanation goes to. */
  authority: string;
  /** Last day, when the caller computed it with the working-day calendar. */
  lastDay?: IsoDate;
}

/** Biên bản vi phạm hành chính (form MBB01, NĐ 118/2021 appendix). */
export interface ViolationRecordDocument {
  parentBody?: string;
  issuingBody: string;
  /** e.g. "12/BB-VPHC" */
  number: string;
  /** Lĩnh vực, printed after "Về", e.g. "lĩnh vực báo chí". */
  field: string;
  date: IsoDate;
  time: ClockTime;
  /** Nơi lập biên bản */
  place: string;
  /** Why the record is drawn up at the office or elsewhere rather than where the act happened. */
  placeReason?: string;
  legalBases: string[];
  officers: RecordOfficer[];
  witnesses: RecordWitness[];
  interpreter?: RecordInterpreter;
  subject: SanctionSubject;
  acts: RecordAct[];
  aggravating: string[];
  mitigating: string[];
  /** Possible additional sanctions and remedial measures, as the officer notes them. */
  possibleMeasures?: string[];
  /** Cá nhân, tổ chức bị thiệt hại */
  injuredParty?: string;
  subjectStatement: string;
  witnessStatement?: string;
  injuredPartyStatement?: string;
  /** Biện pháp ngăn chặn và bảo đảm xử lý vi phạm hành chính */
  preventiveMeasures: string[];
  /** Absent when the case gives no right to explain (LXLVPHC Đ61 k1). */
  rightToExplain?: RightToExplain;
  summons?: { time: ClockTime; date: IsoDate; place: string };
  /** Consent to receive the record and decision electronically, with the address. */
  electronicDelivery?: { consent: boolean; address?: string };
  closing: {
    finishedAt: ClockTime;
    /** Defaults to `date`. */
    finishedOn?: IsoDate;
    copies: number;
    /** Number of sheets; counted from the rendered pages when absent. */
    sheets?: number;
  };
  /** Why the violator did not sign, if they did not. */
  refusalReason?: string;
  verification?: Verification;
}
