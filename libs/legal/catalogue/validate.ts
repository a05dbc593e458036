/**
 * Validation of catalogue rows and data files. Everything the engine relies on is checked here once, so the engine
 * can trust rows without re-checking. Errors name the row (code + effectiveFrom) and the problem.
 */
import { isAggravatingCode, type AggravatingCode } from '../circumstances';
import { CatalogueValidationError } from '../errors';
import {
  ADDITIONAL_SANCTION_KINDS,
  FIELDS,
  MAIN_SANCTIONS,
  MISSING_PARTS,
  PRINTED_SIDES,
  SUBJECT_KINDS,
  isSuspensionKind,
  type AdditionalSanction,
  type AdditionalSanctionKind,
  type CatalogueFile,
  type CatalogueRow,
  type Field,
  type FineRange,
  type MainSanction,
  type MissingPart,
  type PrintedSide,
  type SubjectKind,
  type RemedialMeasure,
} from './types';

import {
  AMENDED_BY_PATTERN,
  CODE_PATTERN,
  FILE_KEYS,
  FINE_KEYS,
  INSTRUMENT_PATTERN,
  MEASURE_KEYS,
  POINT_LETTERS,
  ROW_KEYS,
  RowChecker,
  SANCTION_KEYS,
  URL_PATTERN,
  rowLabel,
  type Obj,
} from './row-checker';

export { CODE_PATTERN, POINT_LETTERS } from './row-checker';

/** Halving and medians must stay whole VND on both sides (ranges are multiples of 500 000 VND in practice). */
function checkExactness(c: RowChecker, fine: FineRange): void {
  const sides: [number, number][] =
    fine.printedFor === 'organisation'
      ? [
          [fine.minVnd, fine.maxVnd],
          [fine.minVnd / 2, fine.maxVnd / 2],
        ]
      : [
          [fine.minVnd, fine.maxVnd],
          [fine.minVnd * 2, fine.maxVnd * 2],
        ];
  for (const [min, max] of sides) {
    if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || !Number.isSafeInteger((min + max) / 2)) {
      c.fail(`fine ${fine.minVnd}–${fine.maxVnd} does not give whole VND on both sides (half or median is fractional)`);
    }
  }
}

function checkFine(c: RowChecker, raw: unknown, mainSanction: MainSanction, verified: boolean): FineRange | null {
  if (raw === null) {
    if (mainSanction !== 'warning' && verified) c.fail('fine is null (no known range) so verified must be false');
    return null;
  }
  if (mainSanction === 'warning') c.fail('a warning-only row must have fine: null');
  const f = c.object(raw, 'fine', FINE_KEYS);
  const fine: FineRange = {
    minVnd: c.vnd(f.minVnd, 'fine.minVnd'),
    maxVnd: c.vnd(f.maxVnd, 'fine.maxVnd'),
    printedFor: c.oneOf<PrintedSide>(f.printedFor, PRINTED_SIDES, 'fine.printedFor'),
  };
  if (fine.minVnd > fine.maxVnd) c.fail(`fine.minVnd ${fine.minVnd} is greater than fine.maxVnd ${fine.maxVnd}`);
  checkExactness(c, fine);
  return fine;
}

function checkSanction(c: RowChecker, raw: unknown, path: string): AdditionalSanction {
  const s = c.object(raw, path, SANCTION_KEYS);
  const kind = c.oneOf<AdditionalSanctionKind>(s.kind, ADDITIONAL_SANCTION_KINDS, `${path}.kind`);
  const sanction: AdditionalSanction = {
    kind,
    descriptionVi: c.text(s.descriptionVi, `${path}.descriptionVi`),
    descriptionEn: c.text(s.descriptionEn, `${path}.descriptionEn`),
  };
  if (isSuspensionKind(kind)) {
    for (const key of ['minMonths', 'maxMonths'] as const) {
      const v = s[key];
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) c.fail(`${path}.${key} must be a whole number ≥ 1`);
    }
    sanction.minMonths = s.minMonths as number;
    sanction.maxMonths = s.maxMonths as number;
    if (sanction.minMonths > sanction.maxMonths) c.fail(`${path}.minMonths is greater than maxMonths`);
  } else if (s.minMonths !== undefined || s.maxMonths !== undefined) {
    c.fail(`${path}: months are only for suspensions, not ${kind}`);
  }
  return sanction;
}

/** The row's draft state: what it does not know from a text (empty = a complete citation). */
interface DraftState {
  draft: boolean;
  missing: readonly MissingPart[];
}

/**
 * The code must be a real citation that spells the row's decree, article, clause and point. A draft row's code is
 * provisional where `missing` says so: clause `k0` when the clause was not read, a provisional point letter when the
 * point was not read (so several draft rows of one clause keep distinct codes).
 */
function checkCode(
  c: RowChecker,
  code: string,
  instrument: string,
  article: number,
  clause: number | null,
  point: string | null,
  d: DraftState,
): void {
  const m = CODE_PATTERN.exec(code);
  if (m === null) {
    c.fail(
      `code must be a citation "<decree>:Đ<article>.k<clause>.<point>" (no "?", "kTop", free words or "@" suffix); got "${code}"`,
    );
  }
  const [, decree, codeArticle, codeClause, codePoint] = m;
  if (`${decree}/NĐ-CP` !== instrument) c.fail(`code decree ${decree} does not match instrument ${instrument}`);
  if (Number(codeArticle) !== article) c.fail(`code article Đ${codeArticle} does not match article ${article}`);
  const clauseUnread = d.missing.includes('clause');
  const pointUnread = d.missing.includes('point');
  if (codePoint !== undefined && !POINT_LETTERS.includes(codePoint)) {
    c.fail(`code point "${codePoint}" is not a Vietnamese point letter (${POINT_LETTERS.join(' ')})`);
  }
  if (codeClause === '0' && !clauseUnread) {
    c.fail('code clause "k0" marks a clause that was not read: the row must be a draft missing "clause"');
  }
  if (clause !== null) {
    if (clauseUnread) c.fail('clause must be null while "clause" is missing (the code holds the provisional clause)');
    if (codeClause !== String(clause)) c.fail(`code must have clause segment "k${clause}" after the article`);
  } else if (clauseUnread) {
    if (codeClause === undefined) c.fail('a draft row whose clause was not read has a provisional clause in its code ("k0" if none is inferred)');
  } else if (codeClause !== undefined) {
    c.fail(`code names clause k${codeClause} but clause is null`);
  }
  if (point !== null) {
    if (pointUnread) c.fail('point must be null while "point" is missing (the code holds the provisional point)');
    if (codePoint !== point) c.fail(`code must end with point "${point}" after the clause`);
  } else if (codePoint !== undefined && !pointUnread) {
    c.fail(`code names point "${codePoint}" but point is null`);
  }
}

/** Dòng nháp: `draft` exactly when something is missing, and a draft is never verified. */
function checkDraft(c: RowChecker, r: Obj, verified: boolean): DraftState {
  if (typeof r.draft !== 'boolean') c.fail('draft must be a boolean');
  const missing = c.array(r.missing, 'missing').map((v, i) => c.oneOf<MissingPart>(v, MISSING_PARTS, `missing[${i}]`));
  if (new Set(missing).size !== missing.length) c.fail('missing has duplicates');
  if (r.draft && missing.length === 0) c.fail('a draft row must say what is missing (clause, point or text)');
  if (!r.draft && missing.length > 0) c.fail(`missing lists ${missing.join(', ')} so the row must be a draft`);
  if (r.draft && verified) c.fail('a draft row cannot be verified: its citation is incomplete');
  return { draft: r.draft, missing };
}

function checkRow(raw: unknown, index: number): CatalogueRow {
  const c: RowChecker = new RowChecker(rowLabel(raw, index));
  const r = c.object(raw, 'row', ROW_KEYS);
  for (const key of ROW_KEYS) if (!(key in r)) c.fail(`missing "${key}"`);

  const code = c.text(r.code, 'code');
  const instrument = c.text(r.instrument, 'instrument');
  if (!INSTRUMENT_PATTERN.test(instrument)) c.fail(`instrument must look like "119/2020/NĐ-CP"`);
  if (r.amendedBy !== null && (typeof r.amendedBy !== 'string' || !AMENDED_BY_PATTERN.test(r.amendedBy))) {
    c.fail('amendedBy must be null or start with the amending decree, e.g. "14/2022/NĐ-CP Đ2 k10 điểm c"');
  }
  if (typeof r.article !== 'number' || !Number.isInteger(r.article) || r.article < 1)
    {c.fail('article must be a whole number ≥ 1');}
  if (r.clause !== null && (typeof r.clause !== 'number' || !Number.isInteger(r.clause) || r.clause < 1)) {
    c.fail('clause must be null or a whole number ≥ 1');
  }
  if (r.point !== null && (typeof r.point !== 'string' || !POINT_LETTERS.includes(r.point))) {
    c.fail(`point must be null or a Vietnamese point letter (${POINT_LETTERS.join(' ')})`);
  }
  const article = r.article;
  const clause = r.clause as number | null;
  const point = r.point as string | null;
  if (typeof r.verified !== 'boolean') c.fail('verified must be a boolean');
  const verified = r.verified;
  const draft = checkDraft(c, r, verified);
  checkCode(c, code, instrument, article, clause, point, draft);

  const mainSanction = c.oneOf<MainSanction>(r.mainSanction, MAIN_SANCTIONS, 'mainSanction');
  if (r.verificationNote !== null && typeof r.verificationNote !== 'string')
    {c.fail('verificationNote must be a string or null');}
  const verificationNote = r.verificationNote as string | null;
  if (!verified && (verificationNote === null || verificationNote.trim() === '')) {
    c.fail('an unverified row needs a verificationNote saying what is not verified');
  }

  const effectiveFrom = c.date(r.effectiveFrom, 'effectiveFrom');
  const effectiveTo = r.effectiveTo === null ? null : c.date(r.effectiveTo, 'effectiveTo');
  if (effectiveTo !== null && effectiveTo < effectiveFrom) c.fail(`effectiveTo ${effectiveTo} is before effectiveFrom`);

  const sourceUrl = c.text(r.sourceUrl, 'sourceUrl');
  if (!URL_PATTERN.test(sourceUrl)) c.fail('sourceUrl must be an http(s) URL (every row must be cited)');

  const defining = c.array(r.definingCircumstances, 'definingCircumstances').map((v, i) => {
    if (!isAggravatingCode(v)) c.fail(`definingCircumstances[${i}] must be an aggravating code such as "Đ10.k1.b"`);
    return v;
  });
  if (new Set(defining).size !== defining.length) c.fail('definingCircumstances has duplicates');
  const successorCodes = c.array(r.successorCodes, 'successorCodes').map((v, i) => {
    if (typeof v !== 'string' || !CODE_PATTERN.test(v)) c.fail(`successorCodes[${i}] is not a catalogue code`);
    if (v === code) c.fail('a row cannot be its own successor');
    return v;
  });
  const keywords = c.array(r.keywords, 'keywords').map((v, i) => c.text(v, `keywords[${i}]`).trim());
  const subjects = c.array(r.subjects, 'subjects').map((v, i) => c.oneOf<SubjectKind>(v, SUBJECT_KINDS, `subjects[${i}]`));
  if (subjects.length === 0) c.fail('subjects must name at least one kind of subject');
  if (new Set(subjects).size !== subjects.length) c.fail('subjects has duplicates');

  return {
    code,
    instrument,
    amendedBy: r.amendedBy as string | null,
    article,
    clause,
    point,
    field: c.oneOf<Field>(r.field, FIELDS, 'field'),
    descriptionVi: c.text(r.descriptionVi, 'descriptionVi'),
    descriptionEn: c.text(r.descriptionEn, 'descriptionEn'),
    mainSanction,
    fine: checkFine(c, r.fine, mainSanction, verified),
    additionalSanctions: c
      .array(r.additionalSanctions, 'additionalSanctions')
      .map((s, i) => checkSanction(c, s, `additionalSanctions[${i}]`)),
    remedialMeasures: c.array(r.remedialMeasures, 'remedialMeasures').map((m, i): RemedialMeasure => {
      const o = c.object(m, `remedialMeasures[${i}]`, MEASURE_KEYS);
      return {
        descriptionVi: c.text(o.descriptionVi, `remedialMeasures[${i}].descriptionVi`),
        descriptionEn: c.text(o.descriptionEn, `remedialMeasures[${i}].descriptionEn`),
      };
    }),
    effectiveFrom,
    effectiveTo,
    sourceUrl,
    verified,
    verificationNote,
    definingCircumstances: defining as AggravatingCode[],
    successorCodes,
    draft: draft.draft,
    missing: [...draft.missing],
    keywords,
    subjects,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** Rejects versions of one code whose date ranges overlap (both ends inclusive). */
function checkNoOverlaps(rows: readonly CatalogueRow[]): void {
  const byCode = new Map<string, CatalogueRow[]>();
  for (const row of rows) {
    const list = byCode.get(row.code);
    if (list === undefined) byCode.set(row.code, [row]);
    else list.push(row);
  }
  for (const list of byCode.values()) {
    list.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1];
      const next = list[i];
      if (prev.effectiveTo === null || prev.effectiveTo >= next.effectiveFrom) {
        throw new CatalogueValidationError(
          `${next.code} (effectiveFrom ${next.effectiveFrom})`,
          `overlaps the version from ${prev.effectiveFrom} to ${prev.effectiveTo ?? 'now'}`,
        );
      }
    }
  }
}

/** Validates rows (each row, then no overlapping versions) and returns frozen, normalised copies. */
export function validateCatalogueRows(rows: readonly unknown[]): CatalogueRow[] {
  if (!Array.isArray(rows)) throw new CatalogueValidationError('(rows)', 'rows must be an array');
  const checked = rows.map(checkRow);
  checkNoOverlaps(checked);
  return checked.map(deepFreeze);
}

/** Validates one data file (`catalogue/data/*.json`); every row must belong to the file's instrument. */
export function validateCatalogueFile(raw: unknown, fileName: string): CatalogueFile {
  const c: RowChecker = new RowChecker(`file ${fileName}`);
  const f = c.object(raw, 'file', FILE_KEYS);
  const instrument = c.text(f.instrument, 'instrument');
  if (!INSTRUMENT_PATTERN.test(instrument)) c.fail('instrument must look like "119/2020/NĐ-CP"');
  const rows = validateCatalogueRows(c.array(f.rows, 'rows'));
  for (const row of rows) {
    if (row.instrument !== instrument) {
      throw new CatalogueValidationError(
        `${row.code} (effectiveFrom ${row.effectiveFrom})`,
        `is in ${fileName} but belongs to ${row.instrument}`,
      );
    }
  }
  return {
    instrument,
    titleVi: c.text(f.titleVi, 'titleVi'),
    titleEn: c.text(f.titleEn, 'titleEn'),
    sourceUrl: c.text(f.sourceUrl, 'sourceUrl'),
    rows,
  };
}
