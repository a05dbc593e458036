/**
 * The catalogue data-file schema (shared contract with `catalogue/data/*.json`). One file per legal instrument;
 * several versions of one code are several rows with the same code and non-overlapping date ranges.
 */
import type { AggravatingCode } from '../circumstances';

/** Lĩnh vực: decides the limitation period (LXLVPHC Đ6 k1 a) and the authority caps (LXLVPHC Đ24 k1). */
export type Field = 'press' | 'publishing' | 'e-information';
export const FIELDS: readonly Field[] = ['press', 'publishing', 'e-information'];

/** Hình thức xử phạt chính: cảnh cáo / cảnh cáo hoặc phạt tiền / phạt tiền. */
export type MainSanction = 'warning' | 'warning-or-fine' | 'fine';
export const MAIN_SANCTIONS: readonly MainSanction[] = ['warning', 'warning-or-fine', 'fine'];

/** Which offender the printed range is for (NĐ 119/2020 Đ4 k2: most rows are organisation amounts). */
export type PrintedSide = 'organisation' | 'individual';
export const PRINTED_SIDES: readonly PrintedSide[] = ['organisation', 'individual'];

/** The offender: tổ chức or cá nhân. Same values as PrintedSide. */
export type OffenderType = PrintedSide;

/** Hình thức xử phạt bổ sung. */
export type AdditionalSanctionKind =
  | 'licence-suspension' // tước quyền sử dụng giấy phép có thời hạn
  | 'activity-suspension' // đình chỉ hoạt động có thời hạn
  | 'practising-certificate-suspension' // tước quyền sử dụng chứng chỉ hành nghề có thời hạn
  | 'press-card-revocation' // thu hồi thẻ nhà báo
  | 'confiscation'; // tịch thu tang vật, phương tiện
export const ADDITIONAL_SANCTION_KINDS: readonly AdditionalSanctionKind[] = [
  'licence-suspension',
  'activity-suspension',
  'practising-certificate-suspension',
  'press-card-revocation',
  'confiscation',
];

export type SuspensionKind = 'licence-suspension' | 'activity-suspension' | 'practising-certificate-suspension';

export function isSuspensionKind(kind: AdditionalSanctionKind): kind is SuspensionKind {
  switch (kind) {
    case 'licence-suspension':
    case 'activity-suspension':
    case 'practising-certificate-suspension':
      return true;
    case 'press-card-revocation':
    case 'confiscation':
      return false;
  }
}

export interface FineRange {
  minVnd: number;
  maxVnd: number;
  printedFor: PrintedSide;
}

export interface AdditionalSanction {
  kind: AdditionalSanctionKind;
  /** Present for suspensions only. */
  minMonths?: number;
  maxMonths?: number;
  descriptionVi: string;
  descriptionEn: string;
}

/** Biện pháp khắc phục hậu quả. */
export interface RemedialMeasure {
  descriptionVi: string;
  descriptionEn: string;
}

/**
 * Who a row is about, as inspectors filter the catalogue (đối tượng). A row lists every kind it can apply to; a
 * magazine is a press agency, so rows for press agencies in general list both.
 */
export type SubjectKind =
  | 'press-agency' // cơ quan báo chí (báo in, báo điện tử, phát thanh, truyền hình)
  | 'magazine' // tạp chí (in, điện tử)
  | 'general-site' // trang thông tin điện tử tổng hợp
  | 'website' // trang thông tin điện tử nói chung (mọi loại)
  | 'social-network' // doanh nghiệp thiết lập, cung cấp dịch vụ mạng xã hội
  | 'social-network-user' // người sử dụng mạng xã hội (tổ chức, cá nhân)
  | 'journalist' // nhà báo, phóng viên, người đứng đầu cơ quan báo chí
  | 'other'; // cơ quan, tổ chức, cá nhân khác (người cung cấp thông tin, tổ chức họp báo, người cản trở nhà báo…)
export const SUBJECT_KINDS: readonly SubjectKind[] = [
  'press-agency',
  'magazine',
  'general-site',
  'website',
  'social-network',
  'social-network-user',
  'journalist',
  'other',
];

/**
 * What a draft row (dòng nháp) does not know from a text: the clause number, the point letter, or the wording of the
 * act itself. A draft row can be found and previewed, but no violation or decision may cite it.
 */
export type MissingPart = 'clause' | 'point' | 'text';
export const MISSING_PARTS: readonly MissingPart[] = ['clause', 'point', 'text'];

export interface CatalogueRow {
  /**
   * `"<decree>:Đ<article>.k<clause>.<point>"` (clause and point only where the provision has them), e.g.
   * `119/2020:Đ8.k4.e`; stable across versions. On a draft row the code is provisional: a clause that was not read is
   * `k0` (no decree has a clause 0), and a point letter that was not read is the next free letter of that clause.
   */
  code: string;
  /** e.g. `119/2020/NĐ-CP` */
  instrument: string;
  /** e.g. `14/2022/NĐ-CP Đ2 k10 điểm c`, or null for the text as first issued. */
  amendedBy: string | null;
  article: number;
  /** null when the provision has no clause, or (draft rows only) when the clause was not read: the code says `k0`. */
  clause: number | null;
  /** null when the provision has no point, or (draft rows only) when the point was not read. */
  point: string | null;
  field: Field;
  descriptionVi: string;
  descriptionEn: string;
  mainSanction: MainSanction;
  /** null exactly when mainSanction is 'warning' or no range is known (then verified is false). */
  fine: FineRange | null;
  additionalSanctions: AdditionalSanction[];
  remedialMeasures: RemedialMeasure[];
  /** Inclusive calendar dates; effectiveTo null = still in force. */
  effectiveFrom: string;
  effectiveTo: string | null;
  sourceUrl: string;
  verified: boolean;
  verificationNote: string | null;
  /** Dòng nháp: the citation is incomplete (see `missing`); never verified, never cited by a record or decision. */
  draft: boolean;
  /** Empty exactly when the row is not a draft. */
  missing: MissingPart[];
  /** Words inspectors use for the act ("báo hóa", "tin giả", "giấy giới thiệu"…), searched without diacritics. */
  keywords: string[];
  /** Who the act is about; the catalogue search filters on it. */
  subjects: SubjectKind[];
  /** Aggravating circumstances that already define this act and so cannot aggravate it (LXLVPHC Đ10 k2). */
  definingCircumstances: AggravatingCode[];
  /** Codes in a later instrument that replace this row. */
  successorCodes: string[];
}

/** One `catalogue/data/*.json` file. */
export interface CatalogueFile {
  instrument: string;
  titleVi: string;
  titleEn: string;
  sourceUrl: string;
  rows: CatalogueRow[];
}
