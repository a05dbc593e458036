import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The four faces of the embedded serif (Liberation Serif 2, metric-compatible with Times New Roman). */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export const FONT_STYLES: readonly FontStyle[] = ['regular', 'bold', 'italic', 'boldItalic'];

const FONT_FILES: Record<FontStyle, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

let templatesDir: string | undefined;
let fontCache: Readonly<Record<FontStyle, Buffer>> | undefined;
const jsonCache = new Map<string, unknown>();

/**
 * The repository's `templates/` folder. Walks up from this file so the same code works from `libs/pdf`
 * (ts-node, jest) and from `dist/libs/pdf` (compiled), where the folder sits a level higher.
 */
export function templatesRoot(): string {
  if (templatesDir !== undefined) return templatesDir;
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(candidate, 'fonts', FONT_FILES.regular))) {
      templatesDir = candidate;
      return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`templates/fonts not found above ${__dirname}`);
    dir = parent;
  }
}

/** Font files, read from disk once per process; every document registers these same Buffers. */
export function fontBuffers(): Readonly<Record<FontStyle, Buffer>> {
  if (fontCache === undefined) {
    const dir = join(templatesRoot(), 'fonts');
    fontCache = Object.freeze({
      regular: readFileSync(join(dir, FONT_FILES.regular)),
      bold: readFileSync(join(dir, FONT_FILES.bold)),
      italic: readFileSync(join(dir, FONT_FILES.italic)),
      boldItalic: readFileSync(join(dir, FONT_FILES.boldItalic)),
    });
  }
  return fontCache;
}

/**
 * A wording file under `templates/`, parsed once and checked against `check` so a typo in the data fails
 * loudly at the first render instead of printing "undefined" into an official document.
 */
export function loadTemplate<T>(relativePath: string, check: (value: unknown) => value is T): T {
  const cached = jsonCache.get(relativePath);
  if (cached !== undefined) return cached as T;
  const parsed: unknown = JSON.parse(readFileSync(join(templatesRoot(), relativePath), 'utf8'));
  if (!check(parsed)) throw new Error(`templates/${relativePath} does not have the expected shape`);
  jsonCache.set(relativePath, parsed);
  return parsed;
}

/** A wording table: every key in `keys` holds a string and every key in `lists` an array of strings. */
export function isWordingTable<K extends string, L extends string>(
  value: unknown,
  keys: readonly K[],
  lists: readonly L[],
): value is Record<K, string> & Record<L, readonly string[]> {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const missing = keys.filter((key) => typeof record[key] !== 'string');
  const badLists = lists.filter((key) => {
    const list = record[key];
    return !Array.isArray(list) || !list.every((item) => typeof item === 'string');
  });
  if (missing.length > 0 || badLists.length > 0) {
    throw new Error(`wording table lacks: ${[...missing, ...badLists].join(', ')}`);
  }
  return true;
}
