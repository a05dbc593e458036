import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
let parsedCache: Readonly<Record<FontStyle, ParsedFont>> | undefined;
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
 * A font decoded by fontkit, as pdfkit's PDFFontFactory accepts it in place of a file or Buffer (any object with a
 * `layout` function). Only what this library reads is typed; the rest is fontkit's own business.
 */
export interface ParsedFont {
  layout(text: string): unknown;
  hasGlyphForCodePoint(codePoint: number): boolean;
  readonly characterSet: readonly number[];
  readonly unitsPerEm: number;
  readonly postscriptName: string;
  readonly hhea: { readonly advanceWidthMax: number };
}

/**
 * A module pdfkit itself depends on (fontkit, linebreak), loaded from pdfkit's folder so that it is the very copy
 * pdfkit uses, whatever the package manager hoisted.
 */
export function pdfkitDependency<T>(name: 'fontkit' | 'linebreak'): T {
  return createRequire(require.resolve('pdfkit'))(name) as T;
}

/** fontkit's `create`. */
function fontkitCreate(): (buffer: Uint8Array) => ParsedFont {
  return pdfkitDependency<{ create: (buffer: Uint8Array) => ParsedFont }>('fontkit').create;
}

/**
 * The four faces decoded once per process. fontkit decodes a table on first use and keeps it on the font, so
 * every document after the first reuses the character map, metrics and layout tables instead of decoding
 * the four files again (issue 15: about half of each render went to that).
 */
export function parsedFonts(): Readonly<Record<FontStyle, ParsedFont>> {
  if (parsedCache === undefined) {
    const create = fontkitCreate();
    const buffers = fontBuffers();
    const parse = (style: FontStyle): ParsedFont => {
      const font = create(buffers[style]);
      // Resolve the character map processor on the shared font itself, so every document view inherits it.
      void font.hasGlyphForCodePoint(0x20);
      return font;
    };
    parsedCache = Object.freeze({
      regular: parse('regular'),
      bold: parse('bold'),
      italic: parse('italic'),
      boldItalic: parse('boldItalic'),
    });
  }
  return parsedCache;
}

/** A getter of `key` somewhere on the prototype chain (fontkit's lazily cached getters live on the class). */
function inheritedGetter(object: object, key: string): (() => unknown) | undefined {
  for (let proto = Object.getPrototypeOf(object) as object | null; proto !== null; proto = Object.getPrototypeOf(proto) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor?.get) return descriptor.get;
  }
  return undefined;
}

/** The part of a fontkit glyph this module touches: its id, the per-document fields and the caches it shares. */
interface FontkitGlyph {
  id: number;
  codePoints: number[];
  _metrics?: unknown;
  _getMetrics(): unknown;
  _decode(): unknown;
}

type GlyphClass = new (id: number, codePoints: number[], font: object) => FontkitGlyph;

interface FontInternals {
  _glyphs: Record<number, FontkitGlyph | undefined>;
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph | null;
}

/** Per process and face: what a glyph's outline decodes to, and its metrics; both depend on the glyph id alone. */
const decodedGlyphs = new WeakMap<object, Map<number, { decoded: unknown; metrics: unknown }>>();

/**
 * One document's view of a shared parsed face: it inherits the decoded tables but keeps its own glyph objects and
 * layout engine. fontkit stores on each cached glyph the code points of the text that first produced it, and
 * pdfkit writes those into the document's ToUnicode map; sharing glyph objects lets an earlier document decide
 * how a later one's text extracts. Seen with a shared font: a subset pulls in "Y" as a component of "Ý" with no
 * code points, and every later document maps its "Y" to nothing (it no longer copies or searches); glyph 0
 * likewise stands for every character a face lacks. The view's glyphs are
 * new objects, created exactly as fontkit creates them, that borrow only what depends on the glyph id alone (the
 * decoded outline and the metrics), so the bytes are those of a font decoded from the file for this document,
 * whatever was rendered before or at the same time.
 */
export function documentFont(style: FontStyle): ParsedFont {
  const shared = parsedFonts()[style] as ParsedFont & FontInternals;
  const view = Object.create(shared) as ParsedFont & FontInternals;
  let cache = decodedGlyphs.get(shared);
  if (cache === undefined) decodedGlyphs.set(shared, (cache = new Map()));
  const decodedOf = (id: number): { decoded: unknown; metrics: unknown } => {
    let entry = cache.get(id);
    if (entry === undefined) {
      const base = shared.getGlyph(id);
      if (base === null) throw new Error(`glyph ${id} missing from ${style}`);
      entry = { decoded: base._decode(), metrics: base._getMetrics() };
      cache.set(id, entry);
    }
    return entry;
  };
  view._glyphs = {};
  view.getGlyph = (id: number, codePoints: number[] = []): FontkitGlyph | null => {
    const known = view._glyphs[id];
    if (known !== undefined) return known;
    const base = shared.getGlyph(id);
    if (base === null) return null;
    const { decoded, metrics } = decodedOf(id);
    const glyph = new (base.constructor as GlyphClass)(id, codePoints, view);
    glyph._metrics = metrics;
    glyph._decode = () => decoded;
    view._glyphs[id] = glyph;
    return glyph;
  };
  // `_layoutEngine` is a getter that caches its result on the object it is read from; reading it through the
  // class getter on the view gives the view its own engine, which asks the view for its glyphs.
  const engine = inheritedGetter(shared, '_layoutEngine');
  if (engine === undefined) throw new Error('fontkit has no _layoutEngine getter: check the fontkit version');
  engine.call(view);
  return view;
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
