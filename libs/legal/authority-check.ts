/**
 * The per-act authority check against the table in `authority.ts`. The decision date picks the regime; an
 * organisation's cap is twice an individual's (LXLVPHC Đ52 k1).
 */
import {
  AUTHORITY_CAPS,
  AUTHORITY_REGIMES,
  FIELD_MAXIMUM_INDIVIDUAL_VND,
  TITLE_RANK,
  type AuthorityCapRow,
  type AuthorityRegime,
  type AuthorityRegimeId,
  type SignerTitle,
} from './authority';
import type { Field, OffenderType } from './catalogue/types';

export function authorityRegimeOn(date: string): AuthorityRegime | undefined {
  return AUTHORITY_REGIMES.find((r) => r.effectiveFrom <= date && (r.effectiveTo === null || date <= r.effectiveTo));
}

export interface ResolvedCap {
  row: AuthorityCapRow;
  /** The cap on the offender's side. */
  capVnd: number;
  confirmed: boolean;
}

function resolveCap(row: AuthorityCapRow, field: Field, offender: OffenderType): ResolvedCap {
  let organisationCap: number;
  let confirmed = row.confirmed;
  switch (row.cap.kind) {
    case 'organisation-vnd':
      organisationCap = row.cap.vnd;
      break;
    case 'percent-of-field-maximum': {
      const max = FIELD_MAXIMUM_INDIVIDUAL_VND[field];
      organisationCap = 2 * (max.vnd / 100) * row.cap.percent; // LXLVPHC Đ52 k1: organisation = 2 × individual
      confirmed &&= max.confirmed;
      break;
    }
  }
  const capVnd = offender === 'organisation' ? organisationCap : organisationCap / 2;
  if (!Number.isSafeInteger(capVnd)) throw new Error(`authority cap for ${row.title} is not whole VND`);
  return { row, capVnd, confirmed };
}

/** Caps in force on `date` for a field, one per title. */
export function capsOn(date: string, field: Field, offender: OffenderType): ResolvedCap[] {
  const regime = authorityRegimeOn(date);
  if (regime === undefined) return [];
  return AUTHORITY_CAPS.filter((r) => r.regime === regime.id && r.fields.includes(field)).map((r) =>
    resolveCap(r, field, offender),
  );
}

interface AuthorityCommon {
  title: SignerTitle;
  regime: AuthorityRegimeId | null;
  regimeCitation: string | null;
  /** The signer's cap on this offender's side, or null when the title has none in this regime. */
  capVnd: number | null;
  /** The figure compared with the cap: the maximum of the bracket on the applied side. */
  basisVnd: number | null;
  needsSuspensionPower: boolean;
  confirmed: boolean;
  note: string | null;
  citation: string;
}

export type AuthorityCheck =
  | (AuthorityCommon & { withinAuthority: true })
  | (AuthorityCommon & { withinAuthority: false; mustGoTo: SignerTitle | null })
  | (AuthorityCommon & { withinAuthority: null; reason: string });

export interface AuthorityQuestion {
  title: SignerTitle;
  decisionDate: string;
  field: Field;
  offenderType: OffenderType;
  /** Bracket maximum on the applied side; 0 for warning-only; null when the range is unknown. */
  basisVnd: number | null;
  needsSuspensionPower: boolean;
}

function covers(cap: ResolvedCap, q: AuthorityQuestion, basis: number): boolean {
  return basis <= cap.capVnd && (!q.needsSuspensionPower || cap.row.maySuspend);
}

/**
 * Is the act within the signer's authority? Authority is per act (LXLVPHC Đ52 k1) and measured against the bracket
 * maximum, the cautious reading (LXLVPHC 2012 Đ52 k2 wording); when not, names the lowest title that covers it.
 */
export function checkAuthority(q: AuthorityQuestion): AuthorityCheck {
  const regime = authorityRegimeOn(q.decisionDate);
  const caps = capsOn(q.decisionDate, q.field, q.offenderType);
  const own = caps.find((c) => c.row.title === q.title);
  const common: AuthorityCommon = {
    title: q.title,
    regime: regime?.id ?? null,
    regimeCitation: regime?.citation ?? null,
    capVnd: own?.capVnd ?? null,
    basisVnd: q.basisVnd,
    needsSuspensionPower: q.needsSuspensionPower,
    confirmed: own?.confirmed ?? false,
    note: own?.row.note ?? null,
    citation: own === undefined ? 'LXLVPHC Đ52 k1' : `${own.row.citation}; LXLVPHC Đ52 k1`,
  };
  if (regime === undefined || caps.length === 0) {
    return {
      ...common,
      withinAuthority: null,
      reason: `no authority figures recorded for ${q.field} on ${q.decisionDate}`,
    };
  }
  if (q.basisVnd === null) {
    return { ...common, withinAuthority: null, reason: 'the fine range is unknown, so the cap cannot be compared' };
  }
  const basis = q.basisVnd;
  if (own !== undefined && covers(own, q, basis)) return { ...common, withinAuthority: true };
  const target = caps
    .filter((c) => c.row.escalationTarget && covers(c, q, basis))
    .sort((a, b) => a.capVnd - b.capVnd || (TITLE_RANK.get(a.row.title) ?? 0) - (TITLE_RANK.get(b.row.title) ?? 0))[0];
  return { ...common, withinAuthority: false, mustGoTo: target?.row.title ?? null };
}
