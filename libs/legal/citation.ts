/**
 * Citation strings for catalogue rows: a short form for worksheet steps and the full Vietnamese form for decisions.
 * A draft row (dòng nháp) never reaches a record or a decision; its short form says plainly which part of the
 * citation is provisional, so a worksheet preview cannot be mistaken for a citable one.
 */
import { CODE_PATTERN } from './catalogue/row-checker';
import type { CatalogueRow, MissingPart } from './catalogue/types';

/** `119/2020/NĐ-CP` → `NĐ 119/2020` */
export function shortInstrument(instrument: string): string {
  return `NĐ ${instrument.replace(/\/NĐ-CP$/, '')}`;
}

interface ProvisionRef {
  instrument: string;
  article: number | null;
  clause: number | null;
  point: string | null;
}

const AMENDMENT = /^(\d+\/\d{4}\/NĐ-CP)(?:\s+Đ(\d+)(?:\s+k(\d+)(?:\s+(?:điểm\s+)?([a-zđ])\b)?)?)?/u;

/** Parses `14/2022/NĐ-CP Đ2 k10 điểm c`, keeping the known parts up to the first unknown one (e.g. `k?`). */
export function parseAmendedBy(amendedBy: string): ProvisionRef | null {
  const m = AMENDMENT.exec(amendedBy);
  if (m === null) return null;
  return {
    instrument: m[1],
    article: m[2] === undefined ? null : Number(m[2]),
    clause: m[3] === undefined ? null : Number(m[3]),
    point: m[4] ?? null,
  };
}

function shortProvision(ref: ProvisionRef): string {
  let s = shortInstrument(ref.instrument);
  if (ref.article !== null) s += ` Đ${ref.article}`;
  if (ref.article !== null && ref.clause !== null) s += ` k${ref.clause}`;
  if (ref.article !== null && ref.clause !== null && ref.point !== null) s += ` điểm ${ref.point}`;
  return s;
}

function fullProvision(ref: ProvisionRef): string {
  const parts: string[] = [];
  if (ref.article !== null && ref.clause !== null && ref.point !== null) parts.push(`điểm ${ref.point}`);
  if (ref.article !== null && ref.clause !== null) parts.push(`khoản ${ref.clause}`);
  if (ref.article !== null) parts.push(`Điều ${ref.article}`);
  parts.push(`Nghị định số ${ref.instrument}`);
  return parts.join(' ');
}

/** The clause and point the code spells, provisional ones included (a draft row keeps them only in its code). */
function codeParts(row: CatalogueRow): { clause: number | null; point: string | null } {
  const m = CODE_PATTERN.exec(row.code);
  const clause = row.clause ?? (m?.[3] === undefined || m[3] === '0' ? null : Number(m[3]));
  return { clause, point: row.point ?? m?.[4] ?? null };
}

const DRAFT_PART: Record<MissingPart, string> = {
  clause: 'khoản chưa đọc được trong văn bản',
  point: 'điểm chưa đọc được trong văn bản',
  text: 'nội dung hành vi chưa đọc được trong văn bản',
};

/** e.g. "dòng nháp, trích dẫn chưa đầy đủ: khoản chưa đọc được trong văn bản" */
export function draftNotice(row: CatalogueRow): string {
  return `dòng nháp, trích dẫn chưa đầy đủ: ${row.missing.map((m) => DRAFT_PART[m]).join('; ')}`;
}

/** e.g. `NĐ 119/2020 Đ8 k4 điểm e, sửa đổi bởi NĐ 14/2022 Đ2 k10 điểm c` */
export function shortCitation(row: CatalogueRow): string {
  const { clause, point } = row.draft ? codeParts(row) : row;
  let s = `${shortInstrument(row.instrument)} Đ${row.article}`;
  if (clause !== null) s += ` k${clause}${row.missing.includes('clause') ? '?' : ''}`;
  if (point !== null) s += ` điểm ${point}${row.missing.includes('point') ? '?' : ''}`;
  if (row.draft) s += ` (${draftNotice(row)})`;
  const amendment = row.amendedBy === null ? null : parseAmendedBy(row.amendedBy);
  if (amendment !== null) s += `, sửa đổi bởi ${shortProvision(amendment)}`;
  return s;
}

/**
 * The "Quy định tại" wording of form MQĐ02, e.g. "điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi,
 * bổ sung bởi điểm c khoản 10 Điều 2 Nghị định số 14/2022/NĐ-CP". A draft row gets only the parts read in a text
 * and a bracketed notice; records and decisions refuse draft rows, so it is never printed.
 */
export function vietnameseCitation(row: CatalogueRow): string {
  const own = fullProvision({ instrument: row.instrument, article: row.article, clause: row.clause, point: row.clause === null ? null : row.point });
  const prefix = row.clause === null && row.point !== null ? `điểm ${row.point} ` : '';
  const amendment = row.amendedBy === null ? null : parseAmendedBy(row.amendedBy);
  const text = amendment === null ? `${prefix}${own}` : `${prefix}${own}, được sửa đổi, bổ sung bởi ${fullProvision(amendment)}`;
  return row.draft ? `[${draftNotice(row)}] ${text}` : text;
}
