import { formatDateVi } from '@libs/vn';

/**
 * Căn cứ lines of forms MQĐ02 and MBB01 (legal-research §6.2 item 3): the Law, its implementing decree, the sector
 * decree of each act with the amendments in force on the date, the authority decree, the record, the delegation.
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

/** NĐ 118/2021 and its amendments NĐ 68/2025 and NĐ 190/2025. */
const DETAIL_DECREE = D('118/2021/NĐ-CP', '2021-12-23', '2022-01-01', 'quy định chi tiết một số điều và biện pháp thi hành Luật Xử lý vi phạm hành chính');
const DETAIL_AMENDMENTS = [D('68/2025/NĐ-CP', '2025-03-18', '2025-03-18'), D('190/2025/NĐ-CP', '2025-07-01', '2025-07-01')];

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

function withAmendments(base: Instrument, amendments: Instrument[], on: string): string {
  const inForce = amendments.filter((a) => a.inForceFrom <= on);
  return inForce.length === 0 ? cite(base) : `${cite(base)}, được sửa đổi, bổ sung bởi ${inForce.map(cite).join(' và ')}`;
}

/** "Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung … ngày …" as in force on `on`. */
export function lawBasis(on: string): string {
  const amendments = LAW_AMENDMENTS.filter((a) => a.inForceFrom <= on).map((a) => `Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính ${formatDateVi(a.signedOn)}`);
  return [`Luật Xử lý vi phạm hành chính ${formatDateVi('2012-06-20')}`, ...amendments].join('; ');
}

/** The sector decrees the acts apply (their instruments, in first-seen order), each with its amendments in force on `on`. */
export function sectorBases(instruments: readonly string[], on: string): string[] {
  return [...new Set(instruments)].map((n) => {
    const known = SECTOR_DECREES[n];
    return known ? withAmendments(known, SECTOR_AMENDMENTS[n] ?? [], on) : `Nghị định số ${n} của Chính phủ`;
  });
}

export interface DecisionBasesInput {
  date: string;
  instruments: readonly string[];
  record: { number: string; drawnOn: string } | null;
  delegation: { number: string; date: string } | null;
  extra: readonly string[];
}

/** The căn cứ of a decision, each starting "Căn cứ", in the order of form MQĐ02 (legal-research §6.2 item 3). */
export function decisionBases(i: DecisionBasesInput): string[] {
  const lines = [lawBasis(i.date), withAmendments(DETAIL_DECREE, DETAIL_AMENDMENTS, i.date), ...sectorBases(i.instruments, i.date)];
  if (AUTHORITY_DECREE.inForceFrom <= i.date) lines.push(withAmendments(AUTHORITY_DECREE, AUTHORITY_AMENDMENTS, i.date));
  if (i.record) lines.push(`Biên bản vi phạm hành chính số ${i.record.number} lập ${formatDateVi(i.record.drawnOn)}`);
  // NĐ 118/2021 Đ10 k1 (form MQĐ34): a deputy's decision cites the number and date of the delegation.
  if (i.delegation) lines.push(`Quyết định số ${i.delegation.number} ${formatDateVi(i.delegation.date)} về việc giao quyền xử phạt vi phạm hành chính`);
  return [...lines.map((l) => `Căn cứ ${l}`), ...i.extra.map((l) => (/^căn cứ/i.test(l.trim()) ? l.trim() : `Căn cứ ${l.trim()}`))];
}

/** The căn cứ of a violation record (MBB01 prints them after "Căn cứ:"): the Law and the sector decrees. */
export function recordBases(instruments: readonly string[], on: string): string[] {
  return [lawBasis(on), ...sectorBases(instruments, on)];
}
