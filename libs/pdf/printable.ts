import { FONT_STYLES, parsedFonts } from './assets';

/**
 * Why a character cannot go on an official document:
 * - `no-glyph`: none of the embedded faces can print it, so it would vanish or print as an empty box (emoji, CJK,
 *   Thai, Khmer, Arabic…);
 * - `right-to-left`: a letter of a right-to-left script or a bidirectional control. pdfkit lays text out left to
 *   right only, so Hebrew, which Liberation Serif has, would come out reversed. Shaping and reordering
 *   right-to-left text is out of scope: it is refused.
 */
export type UnprintableReason = 'no-glyph' | 'right-to-left';

export interface UnprintableCharacter {
  /** Index of the character in the NFC form of the text (what the document prints). */
  index: number;
  codePoint: number;
  reason: UnprintableReason;
}

/** Line breaks and tabs have no glyph; the writer turns them into line breaks and spaces. */
const LAYOUT_CONTROLS = new Set([0x09, 0x0a, 0x0d]);

// Blocks of the strongly right-to-left scripts (Unicode bidi classes R and AL), and the bidi controls.
const RIGHT_TO_LEFT: readonly (readonly [number, number])[] = [
  [0x0590, 0x08ff], // Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, NKo, Samaritan, Mandaic, Syriac Suppl., Arabic Ext-A/B
  [0x200e, 0x200f], // left-to-right and right-to-left marks
  [0x202a, 0x202e], // embeddings and overrides
  [0x2066, 0x2069], // isolates
  [0xfb1d, 0xfdff], // Hebrew and Arabic presentation forms A
  [0xfe70, 0xfefe], // Arabic presentation forms B
  [0x10800, 0x10fff], // Cypriot to Old Uyghur, Hanifi Rohingya, Yezidi, Sogdian…
  [0x1e800, 0x1efff], // Mende Kikakui, Adlam, Siyaq numbers, Arabic mathematical letters
];

const isRightToLeft = (cp: number): boolean => RIGHT_TO_LEFT.some(([from, to]) => cp >= from && cp <= to);

let printable: ReadonlySet<number> | undefined;

/** Code points every embedded face maps to a glyph (a field may be printed in any of the four). */
function printableCodePoints(): ReadonlySet<number> {
  if (printable === undefined) {
    const fonts = parsedFonts();
    const [first, ...others] = FONT_STYLES.map((style) => new Set(fonts[style].characterSet));
    printable = new Set([...first].filter((cp) => others.every((set) => set.has(cp))));
  }
  return printable;
}

/**
 * The first character of `text` a document cannot print, read from the embedded faces' character maps, or null.
 * Linear in the length of the text.
 */
export function firstUnprintable(text: string): UnprintableCharacter | null {
  const glyphs = printableCodePoints();
  const nfc = text.normalize('NFC');
  let index = 0;
  for (const char of nfc) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (isRightToLeft(codePoint)) return { index, codePoint, reason: 'right-to-left' };
    if (!glyphs.has(codePoint) && !LAYOUT_CONTROLS.has(codePoint)) return { index, codePoint, reason: 'no-glyph' };
    index += char.length;
  }
  return null;
}

/** "U+1F600 "😀"", or only the code for a character that shows nothing by itself (controls, marks, lone surrogates). */
export function characterLabel(codePoint: number): string {
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const char = String.fromCodePoint(codePoint);
  return /^[\p{C}\p{M}\p{Z}]$/u.test(char) ? code : `${code} "${char}"`;
}

/** "contains U+1F600 "😀", which the document font cannot print", to follow a field name. */
export function describeUnprintable(u: UnprintableCharacter): string {
  const label = characterLabel(u.codePoint);
  switch (u.reason) {
    case 'no-glyph':
      return `contains ${label}, which the document font cannot print`;
    case 'right-to-left':
      return `contains ${label}: right-to-left text cannot be printed on documents`;
  }
}
