/**
 * Finding an act the way an inspector names it: words without diacritics, in any order, ranked by where they match
 * (a keyword the inspectors use, the description, the code), with the version in force first.
 */
import { stripDiacritics } from '@libs/vn';
import type { CatalogueRow, Field, SubjectKind } from './types';

export interface CatalogueSearch {
  /** Words (any order, diacritics optional) or a code such as `119/2020:Đ8.k4.e`. */
  text?: string;
  /** e.g. `119/2020/NĐ-CP` */
  instrument?: string;
  field?: Field;
  /** Only rows about this kind of subject. */
  subject?: SubjectKind;
  /** Only versions in force on this date. */
  inForceOn?: string;
  /** Ranks versions in force on this date first (the caller passes today); defaults to `inForceOn`. */
  rankOn?: string;
  /** Leave out draft rows (dòng nháp). */
  excludeDrafts?: boolean;
}

/** Lower-case, strip diacritics (đ → d) so "ton chi" finds "tôn chỉ". */
export function foldForSearch(text: string): string {
  return stripDiacritics(text.normalize('NFC')).toLowerCase();
}

const words = (folded: string): string[] => folded.split(/[^a-z0-9]+/).filter((w) => w.length > 0);

/** The folded words of one row's searchable texts, prepared once per catalogue. */
export interface RowIndex {
  code: string;
  keywords: string[][];
  description: string[];
  all: ReadonlySet<string>;
  raw: string;
}

export function indexRow(row: CatalogueRow): RowIndex {
  const keywords = row.keywords.map((k) => words(foldForSearch(k)));
  const description = words(foldForSearch(`${row.descriptionVi} ${row.descriptionEn}`));
  const code = foldForSearch(row.code);
  return {
    code,
    keywords,
    description,
    all: new Set([...keywords.flat(), ...description, ...words(code)]),
    raw: `${row.keywords.join(' | ')} | ${row.descriptionVi}`.normalize('NFC').toLowerCase(),
  };
}

/** How well a row matches, by the best place the words were found (0: no match). */
const SCORE = {
  keywordExact: 100,
  keywordPhrase: 70,
  codeMatch: 60,
  keywordWords: 50,
  descriptionPhrase: 40,
  descriptionWords: 25,
  anywhere: 15,
  // Tie-breakers and penalties.
  perKeyword: 2,
  alsoInDescription: 3,
  withDiacritics: 5,
  inForce: 20,
  draft: -8,
  textUnread: -30,
} as const;

const hasPhrase = (text: readonly string[], q: readonly string[]): boolean =>
  ` ${text.join(' ')} `.includes(` ${q.join(' ')} `);

/** A query word matches a word of the text; the last may be the start of one (the inspector is still typing). */
const wordIn = (pool: readonly string[], w: string, last: boolean): boolean =>
  pool.some((t) => t === w || (last && w.length >= 2 && t.startsWith(w)));

/**
 * Every query word is in `text`, in any order. Vietnamese words are mostly two syllables ("tôn chỉ", "mục đích"), so
 * a query of several syllables also needs at least half of its adjacent pairs to sit side by side in the text: "muc
 * dich ton chi" finds "tôn chỉ, mục đích", while "tin gia" does not match "thông tin … quốc gia".
 */
const hasWords = (text: readonly string[], q: readonly string[]): boolean => {
  if (!q.every((w, i) => wordIn(text, w, i === q.length - 1))) return false;
  if (q.length < 2) return true;
  const joined = ` ${text.join(' ')} `;
  let pairs = 0;
  for (let i = 1; i < q.length; i++) if (joined.includes(` ${q[i - 1]} ${q[i]}`)) pairs++;
  return pairs * 2 >= q.length - 1;
};

/** A query that names a code (it holds ":" or "/") matches codes only. */
const looksLikeCode = (folded: string): boolean => /[:/]/.test(folded);

function relevance(ix: RowIndex, query: string): number {
  const folded = foldForSearch(query.trim());
  if (looksLikeCode(folded)) return ix.code.includes(folded.replace(/\s+/g, '')) ? SCORE.codeMatch : 0;
  const q = words(folded);
  if (q.length === 0) return 0;
  let best = 0;
  let keywordHits = 0;
  for (const k of ix.keywords) {
    let hit = 0;
    if (k.join(' ') === q.join(' ')) hit = SCORE.keywordExact;
    else if (hasPhrase(k, q)) hit = SCORE.keywordPhrase;
    else if (hasWords(k, q)) hit = SCORE.keywordWords;
    if (hit > 0) keywordHits++;
    best = Math.max(best, hit);
  }
  const inDescription = hasPhrase(ix.description, q) ? SCORE.descriptionPhrase : hasWords(ix.description, q) ? SCORE.descriptionWords : 0;
  if (best === 0 && q.length === 1 && words(ix.code).includes(q[0])) best = SCORE.codeMatch;
  if (best === 0) best = inDescription;
  if (best === 0 && hasWords([...ix.all], q)) best = SCORE.anywhere;
  if (best === 0) return 0;
  // Among equally good rows, the one whose keywords and description both say it comes first.
  best += Math.min(keywordHits, 3) * SCORE.perKeyword + (inDescription > 0 ? SCORE.alsoInDescription : 0);
  if (ix.raw.includes(query.trim().normalize('NFC').toLowerCase())) best += SCORE.withDiacritics;
  return best;
}

export const inForceOn = (row: CatalogueRow, date: string): boolean =>
  row.effectiveFrom <= date && (row.effectiveTo === null || date <= row.effectiveTo);

/**
 * The rows that match, best first: relevance, then (on `rankOn`) the version in force, then complete rows before
 * drafts. Without text the rows keep their order.
 */
export function searchRows(
  rows: readonly CatalogueRow[],
  index: (row: CatalogueRow) => RowIndex,
  query: CatalogueSearch,
): CatalogueRow[] {
  const filtered = rows.filter(
    (row) =>
      (query.instrument === undefined || row.instrument === query.instrument) &&
      (query.field === undefined || row.field === query.field) &&
      (query.subject === undefined || row.subjects.includes(query.subject)) &&
      (query.inForceOn === undefined || inForceOn(row, query.inForceOn)) &&
      (!query.excludeDrafts || !row.draft),
  );
  const text = query.text?.trim() ?? '';
  if (text === '') return filtered;
  const rankOn = query.rankOn ?? query.inForceOn;
  const scored: { row: CatalogueRow; score: number; order: number }[] = [];
  filtered.forEach((row, order) => {
    const base = relevance(index(row), text);
    if (base === 0) return;
    let score = base;
    if (rankOn !== undefined && inForceOn(row, rankOn)) score += SCORE.inForce;
    if (row.draft) score += row.missing.includes('text') ? SCORE.textUnread : SCORE.draft;
    scored.push({ row, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.map((s) => s.row);
}
