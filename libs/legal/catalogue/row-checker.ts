/** Building blocks of catalogue validation: patterns, allowed keys and a checker that names the row in every error. */
import { isIsoDate } from '../dates';
import { CatalogueValidationError } from '../errors';

/** Point letters in Vietnamese legal texts (no f, j, w, z; đ after d). */
export const POINT_LETTERS: readonly string[] = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

/**
 * A catalogue code is a citation: `<decree>:Đ<article>`, then `.k<clause>` and `.<point>` where the provision has
 * them. Nothing else: no `?`, no `kTop`, no research slugs, no `@version` suffix (versions are separate rows).
 */
export const CODE_PATTERN = /^(\d+\/\d{4}):Đ(\d+)(?:\.k(\d+)(?:\.([a-zđ]))?)?$/u;
export const INSTRUMENT_PATTERN = /^(\d+\/\d{4})\/NĐ-CP$/;
export const AMENDED_BY_PATTERN = /^\d+\/\d{4}\/NĐ-CP\b/;
export const URL_PATTERN = /^https?:\/\/\S+$/;

export const ROW_KEYS = new Set([
  'code',
  'instrument',
  'amendedBy',
  'article',
  'clause',
  'point',
  'field',
  'descriptionVi',
  'descriptionEn',
  'mainSanction',
  'fine',
  'additionalSanctions',
  'remedialMeasures',
  'effectiveFrom',
  'effectiveTo',
  'sourceUrl',
  'verified',
  'verificationNote',
  'definingCircumstances',
  'successorCodes',
  'draft',
  'missing',
  'keywords',
  'subjects',
]);
export const FILE_KEYS = new Set(['instrument', 'titleVi', 'titleEn', 'sourceUrl', 'rows']);
export const FINE_KEYS = new Set(['minVnd', 'maxVnd', 'printedFor']);
export const SANCTION_KEYS = new Set(['kind', 'minMonths', 'maxMonths', 'descriptionVi', 'descriptionEn']);
export const MEASURE_KEYS = new Set(['descriptionVi', 'descriptionEn']);

export type Obj = Record<string, unknown>;

export function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks one row's own fields; `label` names it in every error. */
export class RowChecker {
  constructor(readonly label: string) {}

  fail(problem: string): never {
    throw new CatalogueValidationError(this.label, problem);
  }

  object(value: unknown, path: string, keys: ReadonlySet<string>): Obj {
    if (!isObject(value)) this.fail(`${path} must be an object`);
    for (const key of Object.keys(value)) if (!keys.has(key)) this.fail(`${path} has an unknown key "${key}"`);
    return value;
  }

  text(value: unknown, path: string): string {
    if (typeof value !== 'string' || value.trim() === '') this.fail(`${path} must be a non-empty string`);
    return value;
  }

  date(value: unknown, path: string): string {
    if (!isIsoDate(value)) this.fail(`${path} must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return value;
  }

  vnd(value: unknown, path: string): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      this.fail(`${path} must be a positive safe integer number of VND, got ${JSON.stringify(value)}`);
    }
    return value;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.fail(`${path} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
    }
    return value as T;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(`${path} must be an array`);
    return value;
  }
}

export function rowLabel(raw: unknown, index: number): string {
  const code = isObject(raw) && typeof raw.code === 'string' ? raw.code : `rows[${index}]`;
  const from = isObject(raw) && typeof raw.effectiveFrom === 'string' ? raw.effectiveFrom : '?';
  return `${code} (effectiveFrom ${from})`;
}
