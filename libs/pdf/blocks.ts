import type { FontStyle } from './assets';
import { type DocumentWriter, MARGINS, MM } from './writer';
import { drawQr } from './qr';
import type { Verification } from './types';
import { commonWording, endWith, fill } from './wording';

// NĐ 30/2020 Phụ lục I layout of the first lines: issuing body on the left, national name and motto on the
// right, "Số:" under the issuing body and the place-and-date line under the motto, on one row.
const LEFT_COLUMN = 66 * MM;

/** Space kept at the bottom of page 1 for the verification QR and code. */
export const QR_SIZE = 17 * MM;
export const VERIFICATION_FOOTER = QR_SIZE + 4 * MM;

/** The largest size in `sizes` at which `text` fits on one line of `width`, else the smallest (it wraps). */
function fitSize(w: DocumentWriter, text: string, style: FontStyle, sizes: readonly number[], width: number): number {
  return sizes.find((s) => w.textWidth(text, style, s) <= width) ?? sizes[sizes.length - 1];
}

export interface HeaderInput {
  parentBody?: string;
  issuingBody: string;
  /** Number and symbol, without "Số: "; none: no "Số:" line (a document not yet registered, never a bare "Số: /"). */
  number?: string;
  placeDateLine?: string;
}

// NĐ 30/2020 Phụ lục I: the parent body's name may shorten the usual phrases, "Ủy ban nhân dân" to "UBND" and
// "Hội đồng nhân dân" to "HĐND".
const PARENT_ABBREVIATIONS: readonly [RegExp, string][] = [
  [/^ỦY BAN NHÂN DÂN\b/u, 'UBND'],
  [/^UỶ BAN NHÂN DÂN\b/u, 'UBND'],
  [/^HỘI ĐỒNG NHÂN DÂN\b/u, 'HĐND'],
];

/** The parent body in capitals, abbreviated as NĐ 30/2020 allows only when the full name would wrap. */
function parentBodyLine(w: DocumentWriter, name: string): string {
  const full = name.normalize('NFC').toLocaleUpperCase('vi');
  if (w.textWidth(full, 'regular', 12) <= LEFT_COLUMN) return full;
  return PARENT_ABBREVIATIONS.reduce((text, [pattern, short]) => text.replace(pattern, short), full);
}

export function drawHeader(w: DocumentWriter, h: HeaderInput): void {
  const common = commonWording();
  const top = MARGINS.top;
  const leftX = w.left;
  const rightX = w.left + LEFT_COLUMN;
  const rightW = w.width - LEFT_COLUMN;

  // Left: parent body in capitals, not bold; issuing body in capitals, bold, 12–13 pt.
  let yLeft = top;
  if (h.parentBody) {
    const parent = parentBodyLine(w, h.parentBody);
    yLeft = w.place(
      parent,
      leftX,
      yLeft,
      LEFT_COLUMN,
      'regular',
      fitSize(w, parent, 'regular', [13, 12.5, 12], LEFT_COLUMN),
    );
  }
  const body = h.issuingBody.toLocaleUpperCase('vi');
  const bodySize = fitSize(w, body, 'bold', [13, 12.5, 12], LEFT_COLUMN);
  yLeft = w.place(body, leftX, yLeft, LEFT_COLUMN, 'bold', bodySize);
  // A rule 1/3–1/2 as long as the issuing body's line, centred under it.
  const ruleLength = 0.4 * Math.min(w.textWidth(body, 'bold', bodySize), LEFT_COLUMN);
  const leftCentre = leftX + LEFT_COLUMN / 2;
  w.hline(leftCentre - ruleLength / 2, leftCentre + ruleLength / 2, yLeft + 2.5);
  yLeft += 2.5;

  // Right: national name bold capitals 12–13 pt; motto bold 13–14 pt underlined exactly its own length.
  let yRight = w.place(
    common.nationalName,
    rightX,
    top,
    rightW,
    'bold',
    fitSize(w, common.nationalName, 'bold', [13, 12.5, 12], rightW),
  );
  const mottoSize = fitSize(w, common.motto, 'bold', [14, 13.5, 13], rightW);
  yRight = w.place(common.motto, rightX, yRight, rightW, 'bold', mottoSize);
  const mottoWidth = w.textWidth(common.motto, 'bold', mottoSize);
  const rightCentre = rightX + rightW / 2;
  w.hline(rightCentre - mottoWidth / 2, rightCentre + mottoWidth / 2, yRight + 0.5);

  const row = Math.max(yLeft, yRight) + 7;
  // "Số:" 13 pt regular; place and date 13–14 pt italic.
  const numberLine = h.number ? `${common.numberPrefix}${h.number}` : '';
  const afterNumber = numberLine ? w.place(numberLine, leftX, row, LEFT_COLUMN, 'regular', 13) : row;
  let afterDate = row;
  if (h.placeDateLine) {
    const dateSize = fitSize(w, h.placeDateLine, 'italic', [14, 13.5, 13], rightW);
    const dateWidth = w.textWidth(h.placeDateLine, 'italic', dateSize);
    // Room leftwards up to the end of the centred "Số: …", which the line must not overprint.
    const room = w.left + w.width - (numberLine ? leftCentre + w.textWidth(numberLine, 'regular', 13) / 2 : w.left) - 6;
    // A place name too long for the column extends leftwards, right-aligned, rather than wrapping the year; one
    // too long even for that wraps in the column.
    afterDate =
      dateWidth <= rightW || dateWidth > room
        ? w.place(h.placeDateLine, rightX, row, rightW, 'italic', dateSize)
        : w.place(h.placeDateLine, w.left + w.width - dateWidth - 1, row, dateWidth + 1, 'italic', dateSize, 'right');
  }
  w.doc.x = w.left;
  w.doc.y = Math.max(afterNumber, afterDate) + 12;
}

/**
 * Document type in bold capitals and the summary line(s) under it, centred, then a short rule 1/3–1/2 as long
 * as the last line (NĐ 30/2020 Phụ lục I, tên loại và trích yếu nội dung).
 */
export function drawTitle(w: DocumentWriter, title: string, summary: Array<{ text: string; style: FontStyle }>): void {
  w.centred(title, 'bold', 14);
  for (const line of summary) w.centred(line.text, line.style, 14);
  const last = summary[summary.length - 1] ?? { text: title, style: 'bold' };
  const ruleLength = 0.4 * Math.min(w.textWidth(last.text, last.style, 14), w.width);
  const centre = w.left + w.width / 2;
  w.hline(centre - ruleLength / 2, centre + ruleLength / 2, w.doc.y + 1);
  w.doc.y += 10;
}

export interface StackedLine {
  text: string;
  style: FontStyle;
  size: number;
  /** Blank space before this line (e.g. room for signature and seal). */
  spaceBefore?: number;
}

/** A stack of lines in a column; returns its height, drawing only when `draw` is set. */
function stack(
  w: DocumentWriter,
  lines: StackedLine[],
  x: number,
  y: number,
  width: number,
  align: 'left' | 'center',
  draw: boolean,
): number {
  let cursor = y;
  for (const line of lines) {
    cursor += line.spaceBefore ?? 0;
    if (draw) cursor = w.place(line.text, x, cursor, width, line.style, line.size, align);
    else cursor += w.textHeight(line.text, line.style, line.size, width);
  }
  return cursor - y;
}

/** Something drawn under a column's lines (the verification QR under "Nơi nhận"). */
export interface ColumnBlock {
  spaceBefore: number;
  height: (w: DocumentWriter, width: number) => number;
  draw: (w: DocumentWriter, x: number, y: number, width: number) => void;
}

export interface Columns {
  left: StackedLine[];
  right: StackedLine[];
  leftAlign: 'left' | 'center';
  /** Share of the text width given to the left column. */
  leftShare: number;
  /** Drawn under the left column's lines. */
  leftBlock?: ColumnBlock;
}

function leftHeight(w: DocumentWriter, c: Columns, width: number): number {
  const lines = stack(w, c.left, w.left, 0, width, c.leftAlign, false);
  return c.leftBlock ? lines + c.leftBlock.spaceBefore + c.leftBlock.height(w, width) : lines;
}

/** Height of two side-by-side stacks: what must fit on the page (the gap under them need not). */
export function columnsHeight(w: DocumentWriter, c: Columns): number {
  const leftWidth = w.width * c.leftShare;
  return Math.max(leftHeight(w, c, leftWidth), stack(w, c.right, w.left + leftWidth, 0, w.width - leftWidth, 'center', false));
}

const COLUMNS_GAP = 10;

/** Two stacks side by side (the right one centred), kept on one page; the flow continues under them. */
export function drawColumns(w: DocumentWriter, c: Columns): void {
  const { left, right, leftAlign } = c;
  const leftWidth = w.width * c.leftShare;
  const rightWidth = w.width - leftWidth;
  const rightX = w.left + leftWidth;
  w.ensureSpace(columnsHeight(w, c));
  const y = w.doc.y;
  let leftH = stack(w, left, w.left, y, leftWidth, leftAlign, true);
  if (c.leftBlock) {
    c.leftBlock.draw(w, w.left, y + leftH + c.leftBlock.spaceBefore, leftWidth);
    leftH += c.leftBlock.spaceBefore + c.leftBlock.height(w, leftWidth);
  }
  const rightH = stack(w, right, rightX, y, rightWidth, 'center', true);
  w.doc.x = w.left;
  w.doc.y = y + Math.max(leftH, rightH) + COLUMNS_GAP;
}

/** "Nơi nhận:" bold italic 12 pt, then the list in 11 pt: "- item;" and the last "- item." */
export function recipientLines(recipients: string[]): StackedLine[] {
  const lines: StackedLine[] = [{ text: commonWording().recipientsHeading, style: 'boldItalic', size: 12 }];
  recipients.forEach((r, i) => {
    lines.push({ text: `- ${endWith(r, i === recipients.length - 1 ? '.' : ';')}`, style: 'regular', size: 11 });
  });
  return lines;
}

/** Room left blank for the handwritten signature and the seal (the seal overlaps the title line, NĐ 30/2020 Phụ lục I). */
export const SIGNATURE_SPACE = 20 * MM;

const VERIFICATION_SIZE = 9;
const URL_SIZE = 8;
const QR_TEXT_GAP = 3 * MM;

/**
 * The address split into lines of `width`, breaking after "/" or "." where it can and inside a run only when it
 * must: pdfkit would break at a hyphen of the host name, and pdftotext then joins the halves without it.
 */
function urlLines(w: DocumentWriter, url: string, width: number): string[] {
  const lines: string[] = [];
  let rest = url;
  while (rest.length > 0 && w.textWidth(rest, 'italic', URL_SIZE) > width) {
    // The longest prefix that fits, by bisection (widths grow with length).
    let fit = 1;
    let over = rest.length;
    while (over - fit > 1) {
      const mid = (fit + over) >> 1;
      if (w.textWidth(rest.slice(0, mid), 'italic', URL_SIZE) <= width) fit = mid;
      else over = mid;
    }
    const head = rest.slice(0, fit);
    const at = Math.max(head.lastIndexOf('/'), head.lastIndexOf('.'));
    const cut = at > 0 ? at + 1 : fit;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) lines.push(rest);
  return lines;
}

interface VerificationText {
  lines: { text: string; style: FontStyle; size: number }[];
  height: number;
}

function verificationText(w: DocumentWriter, v: Verification, width: number): VerificationText {
  const common = commonWording();
  const lines = [
    { text: fill(common['verification.code'], { code: v.code }), style: 'regular' as const, size: VERIFICATION_SIZE },
    { text: common['verification.urlLabel'], style: 'italic' as const, size: VERIFICATION_SIZE },
    ...urlLines(w, v.url, width).map((text) => ({ text, style: 'italic' as const, size: URL_SIZE })),
  ];
  const height = lines.reduce((h, l) => h + w.textHeight(l.text, l.style, l.size, width) + 1, 0);
  return { lines, height };
}

/** Height of the QR with its code and address beside it, in a column of `width`. */
function verificationHeight(w: DocumentWriter, v: Verification, width: number): number {
  return Math.max(QR_SIZE, verificationText(w, v, width - QR_SIZE - QR_TEXT_GAP).height);
}

/** The QR at (x, y) with the verification code and address beside it, vertically centred on it. */
function drawVerificationAt(w: DocumentWriter, v: Verification, x: number, y: number, width: number): void {
  const { x: keepX, y: keepY } = w.doc;
  drawQr(w.doc, v.url, x, y, QR_SIZE);
  const textX = x + QR_SIZE + QR_TEXT_GAP;
  const textW = width - QR_SIZE - QR_TEXT_GAP;
  const text = verificationText(w, v, textW);
  let cursor = y + Math.max(0, (QR_SIZE - text.height) / 2);
  for (const line of text.lines) cursor = w.place(line.text, textX, cursor, textW, line.style, line.size, 'left') + 1;
  w.doc.x = keepX;
  w.doc.y = keepY;
}

/** Verification QR and short code at the bottom of page 1, in the space the writer kept free there. */
export function drawVerification(w: DocumentWriter, v: Verification): void {
  drawVerificationAt(w, v, w.left, w.doc.page.height - MARGINS.bottom - QR_SIZE, w.width);
}

/** Verification QR and short code under "Nơi nhận", beside the signature space of the last page. */
export function verificationBlock(v: Verification): ColumnBlock {
  return {
    spaceBefore: 2 * MM,
    height: (w, width) => verificationHeight(w, v, width),
    draw: (w, x, y, width) => drawVerificationAt(w, v, x, y, width),
  };
}

/** Space between the lines of a list (identity lines, bullets); paragraphs keep the full gap. */
export const LIST_GAP = 2;

/** Bulleted list: "- item;" and the last "- item." (the list closes with the normal paragraph gap). */
export function bullets(w: DocumentWriter, items: string[]): void {
  items.forEach((item, i) => {
    const last = i === items.length - 1;
    w.paragraph(`- ${endWith(item, last ? '.' : ';')}`, { gapAfter: last ? undefined : LIST_GAP });
  });
}

/** Common body-size label paragraph ("3. Quy định tại:") kept with at least two following lines. */
export function heading(w: DocumentWriter, text: string, style: FontStyle = 'regular'): void {
  w.paragraph(text, { style, keepWithNext: 2 * w.bodyLine });
}
