import { formatDateNumeric, formatDateVi } from '@libs/vn';

/**
 * Căn cứ lines of forms MQĐ02 and MBB01 (legal-research §6.2 item 3): the Law, the sector decree of each act with
 * the amendments in force on the date, the authority decree, the record, the delegation.
 * Dates and titles are from legal-research §0; an instrument appears only from the day it is in force.
 */

interface Instrument {
  /** Số hiệu, e.g. "119/2020/NĐ-CP". */
  number: string;
  /** Ngày ban hành, printed. */
  signedOn: string;
  /** Ngày có hiệu lực: the line appears from then. */
  inForceFrom: string;
  /** Trích yếu, printed after "của Chính phủ"; amendments print none. */
  title?: string;
}

const LAW_AMENDMENTS: readonly { signedOn: string; inForceFrom: string }[] = [
  // Luật 67/2020/QH14 (in force 2022-01-01) and Luật 88/2025/QH15 (in force 2025-07-01).
  { signedOn: '2020-11-13', inForceFrom: '2022-01-01' },
  { signedOn: '2025-06-25', inForceFrom: '2025-07-01' },
];

const D = (number: string, signedOn: string, inForceFrom: string, title?: string): Instrument => ({ number, signedOn, inForceFrom, title });

/** NĐ 189/2025 sets sanctioning authority from 2025-07-01 (before that, each sector decree did); NĐ 311/2026 amends it. */
const AUTHORITY_DECREE = D('189/2025/NĐ-CP', '2025-07-01', '2025-07-01', 'quy định chi tiết Luật Xử lý vi phạm hành chính về thẩm quyền xử phạt vi phạm hành chính');
const AUTHORITY_AMENDMENTS = [D('311/2026/NĐ-CP', '2026-08-06', '2026-09-26')];

const SECTOR_DECREES: Record<string, Instrument> = {
  '119/2020/NĐ-CP': D('119/2020/NĐ-CP', '2020-10-07', '2020-12-01', 'quy định xử phạt vi phạm hành chính trong hoạt động báo chí, hoạt động xuất bản'),
  '15/2020/NĐ-CP': D('15/2020/NĐ-CP', '2020-02-03', '2020-04-15', 'quy định xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông, tần số vô tuyến điện, công nghệ thông tin và giao dịch điện tử'),
  '174/2026/NĐ-CP': D('174/2026/NĐ-CP', '2026-05-15', '2026-07-01', 'quy định xử phạt vi phạm hành chính trong lĩnh vực bưu chính, viễn thông, tần số vô tuyến điện, giao dịch điện tử và công nghệ thông tin'),
};

const SECTOR_AMENDMENTS: Record<string, Instrument[]> = {
  // NĐ 14/2022 Đ2 amends NĐ 119/2020, Đ1 amends NĐ 15/2020; NĐ 211/2025 amends NĐ 15/2020.
  '119/2020/NĐ-CP': [D('14/2022/NĐ-CP', '2022-01-27', '2022-01-27')],
  '15/2020/NĐ-CP': [D('14/2022/NĐ-CP', '2022-01-27', '2022-01-27'), D('211/2025/NĐ-CP', '2025-07-25', '2025-07-25')],
};

const cite = (i: Instrument): string => `Nghị định số ${i.number} ${formatDateVi(i.signedOn)} của Chính phủ${i.title ? ` ${i.title}` : ''}`;
/** An amending decree by number and date: "của Chính phủ" is said once, on the decree it amends. */
const citeAmendment = (i: Instrument): string => `Nghị định số ${i.number} ${formatDateVi(i.signedOn)}`;

function withAmendments(base: Instrument, amendments: Instrument[], on: string): string {
  const inForce = amendments.filter((a) => a.inForceFrom <= on);
  return inForce.length === 0 ? cite(base) : `${cite(base)}, được sửa đổi, bổ sung bởi ${inForce.map(citeAmendment).join(' và ')}`;
}

/** "Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung … ngày …" as in force on `on`. */
export function lawBasis(on: string): string {
  const amendments = LAW_AMENDMENTS.filter((a) => a.inForceFrom <= on).map((a) => `Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính ${formatDateVi(a.signedOn)}`);
  return [`Luật Xử lý vi phạm hành chính ${formatDateVi('2012-06-20')}`, ...amendments].join('; ');
}

/**
 * MQĐ02's own first căn cứ: "Điều 57, Điều 68, Điều 70, Điều 78, Điều 85 Luật Xử lý vi phạm hành chính (sửa đổi,
 * bổ sung năm 2020)" (NĐ 118/2021 appendix), with Luật 88/2025 added from the day it is in force.
 */
export function decisionLawBasis(on: string): string {
  const years = LAW_AMENDMENTS.filter((a) => a.inForceFrom <= on).map((a) => `năm ${a.signedOn.slice(0, 4)}`);
  const amended = years.length === 0 ? '' : ` (sửa đổi, bổ sung ${years.join(' và ')})`;
  return `Điều 57, Điều 68, Điều 70, Điều 78, Điều 85 Luật Xử lý vi phạm hành chính${amended}`;
}

/** The sector decrees the acts apply (their instruments, in first-seen order), each with its amendments in force on `on`. */
export function sectorBases(instruments: readonly string[], on: string): string[] {
  return [...new Set(instruments)].map((n) => {
    const known = SECTOR_DECREES[n];
    return known ? withAmendments(known, SECTOR_AMENDMENTS[n] ?? [], on) : `Nghị định số ${n} của Chính phủ`;
  });
}

/** Văn bản giải trình (LXLVPHC Đ61 k2): who sent it and the day it was received. */
export interface ExplanationBasis {
  from: string;
  receivedOn: string;
}

export interface DecisionBasesInput {
  date: string;
  instruments: readonly string[];
  record: { number: string; drawnOn: string } | null;
  delegation: { number: string; date: string } | null;
  /** The written explanation, when the case received one. */
  explanation?: ExplanationBasis | null;
  /** Biên bản phiên giải trình trực tiếp (form MBB03), when the explanation was heard. */
  hearingRecord?: { number: string; date: string } | null;
  /** Biên bản xác minh tình tiết của vụ việc (form MBB05), when the case was verified (LXLVPHC Đ59). */
  verificationRecords?: readonly { number: string; date: string }[];
  extra: readonly string[];
}

/** The căn cứ of a decision, each starting "Căn cứ", in the order of form MQĐ02 (legal-research §6.2 item 3). */
export function decisionBases(i: DecisionBasesInput): string[] {
  // MQĐ02 cites the Law, the sector decree, the records and the delegation; it does not cite NĐ 118/2021 (the
  // procedure decree that contains the form), so neither do we. NĐ 189/2025 stays: it is what gives the signer
  // the power to sanction from 2025-07-01.
  const lines = [decisionLawBasis(i.date), ...sectorBases(i.instruments, i.date)];
  if (AUTHORITY_DECREE.inForceFrom <= i.date) lines.push(withAmendments(AUTHORITY_DECREE, AUTHORITY_AMENDMENTS, i.date));
  // The record and the delegation are cited as the form prints them: "số …/BB-VPHC lập ngày …/…/……".
  if (i.record) lines.push(`Biên bản vi phạm hành chính số ${i.record.number} lập ngày ${formatDateNumeric(i.record.drawnOn)}`);
  // MQĐ02 căn cứ, in the form's order after the record: the explanation (LXLVPHC Đ61), then verification (Đ59).
  if (i.hearingRecord) lines.push(`Biên bản phiên giải trình trực tiếp số ${i.hearingRecord.number} lập ngày ${formatDateNumeric(i.hearingRecord.date)}`);
  else if (i.explanation) lines.push(`Văn bản giải trình của ${i.explanation.from} nhận ngày ${formatDateNumeric(i.explanation.receivedOn)}`);
  for (const v of i.verificationRecords ?? []) {
    lines.push(`Biên bản xác minh tình tiết của vụ việc vi phạm hành chính số ${v.number} lập ngày ${formatDateNumeric(v.date)}`);
  }
  // NĐ 118/2021 Đ10 k1 (form MQĐ34): a deputy's decision cites the number and date of the delegation.
  if (i.delegation) lines.push(`Quyết định số ${i.delegation.number} ngày ${formatDateNumeric(i.delegation.date)} về việc giao quyền xử phạt vi phạm hành chính`);
  return [...lines.map((l) => `Căn cứ ${l}`), ...i.extra.map((l) => (/^căn cứ/i.test(l.trim()) ? l.trim() : `Căn cứ ${l.trim()}`))];
}

/** The căn cứ of a violation record (MBB01 prints them after "Căn cứ:"): the Law and the sector decrees. */
export function recordBases(instruments: readonly string[], on: string): string[] {
  return [lawBasis(on), ...sectorBases(instruments, on)];
}
