/**
 * Recognises evidence files by their first bytes (magic numbers), never by the name or the declared type a client
 * sends: a renamed executable must not pass as a screenshot.
 */
export interface SniffedType {
  contentType: string;
  /** Short name for messages and the download file name. */
  label: 'png' | 'jpeg' | 'webp' | 'pdf' | 'mhtml' | 'html' | 'text';
}

/** The allow-list, in words, for error messages. */
export const ALLOWED_EVIDENCE_TYPES = 'PNG, JPEG, WebP, PDF, saved web pages (HTML, MHTML) and plain text (UTF-8)';

const startsWith = (bytes: Buffer, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const PDF = ascii('%PDF-');

/** Text head: without a UTF-8 byte-order mark and leading white space, lower-cased. */
function textHead(bytes: Buffer, length = 2048): string {
  let start = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (start < bytes.length && [0x20, 0x09, 0x0a, 0x0d, 0x0c].includes(bytes[start])) start += 1;
  return bytes.subarray(start, start + length).toString('latin1').toLowerCase();
}

/** Valid UTF-8 without NUL or other control characters than tab, line feed, form feed and carriage return. */
export function isPlainText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
    if (b === 0x7f) return false;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const HTML_OPENINGS = ['<!doctype html', '<html', '<head', '<body', '<meta', '<title', '<!--'];

/** MHTML ("Save as single file") begins with MIME headers announcing a multipart/related body. */
function isMhtml(head: string): boolean {
  const headers = head.split(/\r?\n\r?\n/)[0];
  return /(^|\n)(from|mime-version|subject|date|snapshot-content-location):/.test(headers) && /content-type:\s*multipart\/related/.test(headers);
}

/** The type of an evidence file, or null when it is not on the allow-list. */
export function sniffEvidenceType(bytes: Buffer): SniffedType | null {
  if (startsWith(bytes, PNG)) return { contentType: 'image/png', label: 'png' };
  if (startsWith(bytes, JPEG)) return { contentType: 'image/jpeg', label: 'jpeg' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { contentType: 'image/webp', label: 'webp' };
  if (startsWith(bytes, PDF)) return { contentType: 'application/pdf', label: 'pdf' };
  // Saved pages and notes are text: anything with binary bytes past this point is refused.
  if (!isPlainText(bytes)) return null;
  const head = textHead(bytes);
  if (isMhtml(head)) return { contentType: 'multipart/related', label: 'mhtml' };
  if (HTML_OPENINGS.some((o) => head.startsWith(o)) && /<html[\s>]|<!doctype html/.test(head)) return { contentType: 'text/html; charset=utf-8', label: 'html' };
  return { contentType: 'text/plain; charset=utf-8', label: 'text' };
}
