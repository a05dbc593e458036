import { pdfkitDependency } from './assets';

/**
 * Zero-width space: a place where pdfkit may always break a line (UAX #14 rule LB8). It prints nothing and text
 * extraction (pdftotext) drops it, so the word still copies out whole.
 */
export const BREAK_OPPORTUNITY = '\u200B';

const COMBINING = /^\p{M}$/u;

interface Break {
  position: number;
}

type LineBreakerClass = new (text: string) => { nextBreak(): Break | null };

let lineBreaker: LineBreakerClass | undefined;

/** pdfkit's own line breaker (the `linebreak` package, UAX #14): the words found here are the words pdfkit sees. */
function breakerFor(text: string): { nextBreak(): Break | null } {
  lineBreaker ??= pdfkitDependency<LineBreakerClass>('linebreak');
  return new lineBreaker(text);
}

/**
 * `text` with a break opportunity between the characters of every word wider than `maxWidth`, so that pdfkit
 * fills each line with as much of the word as fits and carries on with the next, as it does by itself, but
 * without its cost: pdfkit measures the whole rest of a too-wide word again for every line it takes (and caches
 * each rest), so a 20 000-character word took 35–42 s (issue 12, finding 12). Here each character is measured
 * once, by `charWidth`, so the cost is linear. "Word" means what pdfkit's line breaker finds between two break
 * opportunities, not what spaces delimit (" ! ! !…" has none), so no input escapes. No break goes between a
 * letter and the combining mark after it. A word shorter than `maxRun` characters (the line width over the
 * widest glyph) cannot be too wide and is not measured; text shorter than that is returned at once.
 */
export function breakLongWords(text: string, maxWidth: number, maxRun: number, charWidth: (char: string) => number): string {
  const run = Math.max(1, Math.floor(maxRun));
  if (text.length < run) return text;
  const breaker = breakerFor(text);
  const parts: string[] = [];
  let last = 0;
  let changed = false;
  for (let bk = breaker.nextBreak(); bk !== null; bk = breaker.nextBreak()) {
    const word = text.slice(last, bk.position);
    last = bk.position;
    if (word.length >= run && tooWide(word, maxWidth, charWidth)) {
      let out = '';
      for (const char of word) out += out !== '' && !COMBINING.test(char) ? BREAK_OPPORTUNITY + char : char;
      parts.push(out);
      changed = true;
    } else {
      parts.push(word);
    }
  }
  return changed ? parts.join('') + text.slice(last) : text;
}

function tooWide(word: string, maxWidth: number, charWidth: (char: string) => number): boolean {
  let width = 0;
  for (const char of word) {
    width += charWidth(char);
    if (width > maxWidth) return true;
  }
  return false;
}
