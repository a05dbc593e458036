// Test-only helpers that read rendered PDFs back with poppler-utils (pdftotext), when it is installed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';

export const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

/** Text of the PDF (or of one page) with whitespace collapsed, NFC; undefined when pdftotext is missing. */
export function pdfText(pdf: Buffer, page?: number): string | undefined {
  if (!hasPdftotext) return undefined;
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  const out = spawnSync('pdftotext', [...range, '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 << 20 });
  if (out.status !== 0) throw new Error(`pdftotext failed: ${out.stderr.toString()}`);
  return out.stdout.toString('utf8').normalize('NFC').replace(/\s+/g, ' ').trim();
}

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every word with its box (points, origin top-left), from `pdftotext -bbox`. */
export function pdfWords(pdf: Buffer): WordBox[] | undefined {
  if (!hasPdftotext) return undefined;
  const out = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', '-', '-'], { input: pdf, maxBuffer: 64 << 20 });
  const html = out.stdout.toString('utf8');
  const words: WordBox[] = [];
  let page = 0;
  for (const line of html.split('\n')) {
    if (line.includes('<page ')) page++;
    const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
    if (m) words.push({ page, text: m[5], xMin: Number(m[1]), xMax: Number(m[3]), yMin: Number(m[2]), yMax: Number(m[4]) });
  }
  return words;
}

export function pageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The first element of the trailer's /ID array, as lower-case hex. */
export function fileId(pdf: Buffer): string | undefined {
  return /\/ID \[<([0-9a-f]+)> <[0-9a-f]+>\]/i.exec(pdf.toString('latin1'))?.[1].toLowerCase();
}
