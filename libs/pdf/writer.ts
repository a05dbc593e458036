import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import { documentFont, FONT_STYLES, type FontStyle, fontBuffers, parsedFonts } from './assets';
import { breakLongWords } from './wrap';
import type { IsoDate } from './types';

/** Points per millimetre. */
export const MM = 72 / 25.4;

// NĐ 30/2020 Phụ lục I: A4, top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM } as const;

// NĐ 30/2020 Phụ lục I: body 13–14 pt, first-line indent 1–1.27 cm, paragraph spacing ≥ 6 pt,
// line spacing single to 1.5 lines.
export const BODY_SIZE = 14;
export const FIRST_LINE_INDENT = 10 * MM;
export const PARAGRAPH_GAP = 6;
export const LINE_GAP = 1.5;
/** Height of one body line: Liberation Serif's line box is 1.149 em, plus the line gap. */
export const BODY_LINE = BODY_SIZE * 1.149 + LINE_GAP;

/** Body text size and extra space between its lines; a document may pick any pair within NĐ 30/2020's ranges. */
export interface BodyType {
  size: number;
  lineGap: number;
}

export const DEFAULT_BODY: BodyType = { size: BODY_SIZE, lineGap: LINE_GAP };

export interface Run {
  text: string;
  style?: FontStyle;
}

export interface ParagraphOptions {
  style?: FontStyle;
  size?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent; defaults to FIRST_LINE_INDENT. */
  indent?: number;
  x?: number;
  width?: number;
  gapAfter?: number;
  lineGap?: number;
  /** Space the following content needs on the same page (keeps a heading with its first lines). */
  keepWithNext?: number;
}

export interface DocumentMeta {
  title: string;
  subject: string;
  author: string;
  /** Document date: the PDF creation date is its midnight in Asia/Ho_Chi_Minh, never "now". */
  date: IsoDate;
  /** Any JSON value; its SHA-256 becomes the PDF file identifier. */
  input: unknown;
  /** Height kept free at the bottom of page 1 (for the verification QR). */
  firstPageFooter: number;
  /** Body typography; DEFAULT_BODY (14 pt, 1.5 pt line gap) when absent. */
  body?: BodyType;
  /** How the faces reach pdfkit; the output is the same either way. */
  fonts?: FontSource;
  timeLimitMs?: number;
}

/**
 * `parsed`: the faces decoded once per process (the default); `buffers`: pdfkit decodes the font files again for
 * this document, as it did before issue 15 (kept for the benchmark and the test that both give the same bytes).
 */
export type FontSource = 'parsed' | 'buffers';

/** Options every renderer accepts. */
export interface RenderOptions {
  fonts?: FontSource;
  /** Wall-clock budget of one render; DEFAULT_TIME_LIMIT_MS when absent. */
  timeLimitMs?: number;
}

/**
 * A render runs synchronously on the worker's event loop, so it must end well before BullMQ's job lock (30 s)
 * runs out. Inputs are capped at the API and long words are broken in linear time, so a legitimate document takes
 * a fraction of this; the limit is the backstop that turns anything slower into a clean failure.
 */
export const DEFAULT_TIME_LIMIT_MS = 10_000;

/** Thrown when a render exceeds its time limit (checked between drawing steps); the job fails and is retried. */
export class DocumentTimeLimitError extends Error {
  constructor(readonly limitMs: number) {
    super(`rendering took longer than its time limit of ${limitMs} ms`);
    this.name = 'DocumentTimeLimitError';
  }
}

/** JSON with object keys sorted, so equal inputs hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Thin layer over pdfkit with the house typography; all text is normalised to NFC before drawing. */
export class DocumentWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  readonly body: BodyType;
  private readonly limitMs: number;
  private readonly deadline: number;
  /** Advance width of each character drawn, per face and size (the cheap measure of breakLongWords). */
  private readonly charWidths = new Map<string, Map<string, number>>();

  constructor(meta: DocumentMeta) {
    this.limitMs = meta.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    this.deadline = performance.now() + this.limitMs;
    this.body = meta.body ?? DEFAULT_BODY;
    const created = new Date(`${meta.date}T00:00:00+07:00`);
    if (Number.isNaN(created.getTime())) throw new RangeError(`bad document date ${meta.date}`);
    this.doc = new PDFDocument({
      size: 'A4',
      margins: { ...MARGINS },
      autoFirstPage: false,
      bufferPages: true, // page numbers are drawn once the page count is known
      font: '', // no default Helvetica: only the embedded serif appears in the file
      lang: 'vi-VN',
      displayTitle: true,
      info: {
        Title: meta.title.normalize('NFC'),
        Subject: meta.subject.normalize('NFC'),
        Author: meta.author.normalize('NFC'),
        Creator: 'press-inspect',
        Producer: 'press-inspect (PDFKit)',
        CreationDate: created,
        ModDate: created,
      },
    });
    // pdfkit derives /ID from the info dictionary only, so two different documents of the same day and
    // title would share it; use the input's digest instead (still deterministic).
    const digest = createHash('sha256').update(canonicalJson(meta.input)).digest();
    (this.doc as unknown as { _id: Uint8Array })._id = new Uint8Array(digest.subarray(0, 16));
    for (const style of FONT_STYLES) {
      // pdfkit's types only name paths and Buffers; its font factory takes any object with a `layout` function.
      const font = meta.fonts === 'buffers' ? fontBuffers()[style] : (documentFont(style) as unknown as Buffer);
      this.doc.registerFont(style, font);
    }
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.addPage({ size: 'A4', margins: { ...MARGINS } });
    // Only page 1 keeps room for the footer: pages added by text overflow copy the options given above.
    this.doc.page.margins = { ...MARGINS, bottom: MARGINS.bottom + meta.firstPageFooter };
    this.use('regular', this.body.size);
  }

  /** Height of one body line of this document (see BODY_LINE). */
  get bodyLine(): number {
    return this.body.size * 1.149 + this.body.lineGap;
  }

  get left(): number {
    return MARGINS.left;
  }

  get width(): number {
    return this.doc.page.width - MARGINS.left - MARGINS.right;
  }

  use(style: FontStyle, size: number): this {
    this.doc.font(style, size);
    return this;
  }

  /** Fails the render once it has run past its time limit; called before each drawing or measuring step. */
  private checkTime(): void {
    if (performance.now() > this.deadline) throw new DocumentTimeLimitError(this.limitMs);
  }

  /**
   * Text as it is drawn in a box `width` wide whose first line is indented by `indent`: NFC, line ends as "\n",
   * tabs as spaces, and words wider than a line broken (see breakLongWords).
   */
  private prepare(text: string, style: FontStyle, size: number, width: number, indent: number): string {
    this.checkTime();
    const nfc = text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
    const maxWidth = width - Math.max(0, indent);
    const font = parsedFonts()[style];
    const widest = (font.hhea.advanceWidthMax / font.unitsPerEm) * size;
    const key = `${style} ${size}`;
    let widths = this.charWidths.get(key);
    if (widths === undefined) this.charWidths.set(key, (widths = new Map()));
    const known = widths;
    return breakLongWords(nfc, maxWidth, maxWidth / widest, (char) => {
      let w = known.get(char);
      if (w === undefined) {
        w = this.use(style, size).doc.widthOfString(char);
        known.set(char, w);
      }
      return w;
    });
  }

  textWidth(text: string, style: FontStyle, size: number): number {
    this.checkTime();
    return this.use(style, size).doc.widthOfString(text.normalize('NFC'));
  }

  textHeight(text: string, style: FontStyle, size: number, width: number, indent = 0): number {
    const lineGap = this.body.lineGap;
    const prepared = this.prepare(text, style, size, width, indent);
    return this.use(style, size).doc.heightOfString(prepared, { width, indent, lineGap });
  }

  /** Height a body paragraph of `text` takes, with its gap, at the body size and indent. */
  paragraphHeight(text: string, style: FontStyle = 'regular'): number {
    return this.textHeight(text, style, this.body.size, this.width, FIRST_LINE_INDENT) + PARAGRAPH_GAP;
  }

  /** Starts a new page unless `height` points still fit above the bottom margin. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.maxY()) this.doc.addPage({ size: 'A4', margins: { ...MARGINS } });
  }

  /** A paragraph of one or more styled runs, flowing onto new pages as needed. */
  paragraph(content: string | Run[], options: ParagraphOptions = {}): void {
    const runs = typeof content === 'string' ? [{ text: content }] : content;
    const size = options.size ?? this.body.size;
    const lineGap = options.lineGap ?? this.body.lineGap;
    const x = options.x ?? this.left;
    const width = options.width ?? this.width;
    const indent = options.indent ?? FIRST_LINE_INDENT;
    if (options.keepWithNext !== undefined) {
      // The heading's own height (it may wrap), its gap, then the lines it must not be parted from.
      const style = options.style ?? 'regular';
      const own = this.use(style, size).doc.heightOfString(this.prepare(runs.map((r) => r.text).join(''), style, size, width, indent), { width, indent, lineGap });
      this.ensureSpace(own + (options.gapAfter ?? PARAGRAPH_GAP) + options.keepWithNext);
    }
    this.doc.x = x;
    runs.forEach((run, i) => {
      const style = run.style ?? options.style ?? 'regular';
      const text = this.prepare(run.text, style, size, width, indent);
      this.use(style, size);
      this.doc.text(text, {
        width,
        indent,
        align: options.align ?? 'justify',
        lineGap,
        paragraphGap: 0,
        continued: i < runs.length - 1,
      });
    });
    this.doc.x = this.left;
    this.doc.y += options.gapAfter ?? PARAGRAPH_GAP;
  }

  /** A centred line (or lines) across the text width, e.g. the document title. */
  centred(text: string, style: FontStyle, size: number, gapAfter = 0, keepWithNext?: number): void {
    this.paragraph(text, { style, size, align: 'center', indent: 0, gapAfter, keepWithNext });
  }

  /**
   * Draws text at a fixed position and returns the y under it (header cells, footer, page numbers). The explicit
   * height stops pdfkit from breaking the page when the position lies in a margin or the footer zone.
   */
  place(
    text: string,
    x: number,
    y: number,
    width: number,
    style: FontStyle,
    size: number,
    align: 'left' | 'center' | 'right' = 'center',
  ): number {
    const prepared = this.prepare(text, style, size, width, 0);
    this.use(style, size).doc.text(prepared, x, y, {
      width,
      align,
      lineGap: 0,
      height: this.doc.page.height,
    });
    return this.doc.y;
  }

  hline(x1: number, x2: number, y: number, thickness = 0.6): void {
    this.doc.save().lineWidth(thickness).moveTo(x1, y).lineTo(x2, y).stroke().restore();
  }

  /** Page numbers from page 2 only, top centre (NĐ 30/2020 Phụ lục I). */
  numberPages(format: (page: number) => string): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const y = MARGINS.top / 2 - 6;
      this.place(format(i + 1), this.left, y, this.width, 'regular', 13);
    }
  }

  pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  async finish(): Promise<Buffer> {
    this.doc.end();
    return this.done;
  }
}
