/** Citation strings for catalogue rows: a short form for worksheet steps and the full Vietnamese form for decisions. */
import type { CatalogueRow } from './catalogue/types';

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

/** Parses `14/2022/NĐ-CP Đ2 k10 điểm c`, keeping the known parts up to the first unknown one (`k?`). */
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

/** e.g. `NĐ 119/2020 Đ8 k4 điểm e, sửa đổi bởi NĐ 14/2022 Đ2 k10 điểm c` */
export function shortCitation(row: CatalogueRow): string {
  let s = `${shortInstrument(row.instrument)} Đ${row.article}`;
  if (row.clause !== null) s += ` k${row.clause}`;
  if (row.point !== null) s += ` điểm ${row.point}`;
  if (row.clause === null) s += ' (khoản chưa xác định)';
  const amendment = row.amendedBy === null ? null : parseAmendedBy(row.amendedBy);
  if (amendment !== null) s += `, sửa đổi bởi ${shortProvision(amendment)}`;
  return s;
}

/**
 * The "Quy định tại" wording of form MQĐ02, e.g. "điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi,
 * bổ sung bởi điểm c khoản 10 Điều 2 Nghị định số 14/2022/NĐ-CP".
 */
export function vietnameseCitation(row: CatalogueRow): string {
  const own = fullProvision({
    instrument: row.instrument,
    article: row.article,
    clause: row.clause,
    point: row.clause === null ? null : row.point,
  });
  const prefix = row.clause === null && row.point !== null ? `điểm ${row.point} ` : '';
  const amendment = row.amendedBy === null ? null : parseAmendedBy(row.amendedBy);
  return amendment === null
    ? `${prefix}${own}`
    : `${prefix}${own}, được sửa đổi, bổ sung bởi ${fullProvision(amendment)}`;
}
