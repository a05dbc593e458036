import type { FontStyle } from './assets';
import { type DocumentWriter, MARGINS, MM } from './document';
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
  /** Number and symbol, without "Số: ". */
  number: string;
  placeDateLine?: string;
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
    const parent = h.parentBody.toLocaleUpperCase('vi');
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
  const afterNumber = w.place(`${common.numberPrefix}${h.number}`, leftX, row, LEFT_COLUMN, 'regular', 13);
  let afterDate = row;
  if (h.placeDateLine) {
    const dateSize = fitSize(w, h.placeDateLine, 'italic', [14, 13.5, 13], rightW);
    const dateWidth = w.textWidth(h.placeDateLine, 'italic', dateSize);
    // A place name too long for the column extends leftwards, right-aligned, rather than wrapping the year.
    afterDate =
      dateWidth <= rightW
        ? w.place(h.placeDateLine, rightX, row, rightW, 'italic', dateSize)
        : w.place(h.placeDateLine, w.left + w.width - dateWidth - 1, row, dateWidth + 1, 'italic', dateSize, 'right');
  }
  w.doc.x = w.left;
  w.doc.y = Math.max(afterNumber, afterDate) + 16;
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
  w.doc.y += 12;
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

export interface Columns {
  left: StackedLine[];
  right: StackedLine[];
  leftAlign: 'left' | 'center';
  /** Share of the text width given to the left column. */
  leftShare: number;
}

/** Height of two side-by-side stacks (plus the gap the flow leaves under them). */
export function columnsHeight(w: DocumentWriter, c: Columns): number {
  const leftWidth = w.width * c.leftShare;
  return (
    Math.max(
      stack(w, c.left, w.left, 0, leftWidth, c.leftAlign, false),
      stack(w, c.right, w.left + leftWidth, 0, w.width - leftWidth, 'center', false),
    ) + COLUMNS_GAP
  );
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
  const leftH = stack(w, left, w.left, y, leftWidth, leftAlign, true);
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

/** Room left blank for the handwritten signature and the seal. */
export const SIGNATURE_SPACE = 26 * MM;

/** Verification QR and short code at the bottom of page 1, in the space the writer kept free there. */
export function drawVerification(w: DocumentWriter, v: Verification): void {
  const common = commonWording();
  const { x, y } = w.doc;
  const page = w.doc.page;
  const top = page.height - MARGINS.bottom - QR_SIZE;
  drawQr(w.doc, v.url, w.left, top, QR_SIZE);
  const textX = w.left + QR_SIZE + 3 * MM;
  const textW = w.width - QR_SIZE - 3 * MM;
  const after = w.place(
    fill(common['verification.code'], { code: v.code }),
    textX,
    top + QR_SIZE / 2 - 10,
    textW,
    'regular',
    9,
    'left',
  );
  w.place(fill(common['verification.url'], { url: v.url }), textX, after + 1, textW, 'italic', 9, 'left');
  w.doc.x = x;
  w.doc.y = y;
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
