/**
 * Tên tệp chứng cứ: the name an evidence file is downloaded as (issue 12). It takes its extension from the type
 * recognised from the bytes at upload, so a page uploaded as `hoa-don.hta` or a note as `ghi-chu.bat` downloads as
 * `.html` or `.txt`, and it carries no character that changes how the name is shown (bidi overrides, controls).
 */

/** Control, format (bidi overrides and isolates, zero-width characters) and line or paragraph separators. */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
/** Reserved in file names on Windows, or read as a path or a quoted string by some clients. */
const RESERVED = /[<>:"/\\|?*]/g;
/** The extension a name was sent with, if any. */
const EXTENSION = /\.[\p{L}\p{N}]{1,16}$/u;
/** Device names Windows will not create a file under, with any extension. */
const DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** The download name's limit (a header value; long names are cut at the stem). */
export const MAX_DOWNLOAD_NAME = 120;

/** Recognised content type → the one extension a download of it gets. */
const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
  'multipart/related': '.mhtml',
  'text/html': '.html',
  'text/plain': '.txt',
};

/** Cut to `max` characters without splitting a character that takes two UTF-16 units. */
const cut = (text: string, max: number): string => Array.from(text).slice(0, max).join('');

/** Printable characters only, path parts dropped, NFC; no dots or spaces at either end (Windows drops them). */
function printable(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.normalize('NFC').replace(INVISIBLE, '').replace(RESERVED, '_').replace(/^[\s.]+|[\s.]+$/g, '');
}

/** Splits `name.ext`; a name that is only an extension (`.htaccess`) is a stem. */
function split(name: string): { stem: string; ext: string } {
  const m = EXTENSION.exec(name);
  return m && m.index > 0 ? { stem: name.slice(0, m.index), ext: m[0] } : { stem: name, ext: '' };
}

/** Fits `stem + ext` into `max` characters by shortening the stem, never the extension. */
function fit(stem: string, ext: string, max: number): string {
  const trimmed = cut(stem, Math.max(1, max - Array.from(ext).length)).replace(/[\s.]+$/, '');
  const safe = trimmed === '' ? 'evidence' : DEVICE.test(trimmed) ? `_${trimmed}` : trimmed;
  return `${safe}${ext}`;
}

/**
 * The name a download is offered under: the stored name's stem (printable, cut to fit) and the extension of the type
 * recognised at upload. The sent extension is dropped whatever it was (`.hta`, `.bat`, `.cmd`, or a harmless one).
 */
export function evidenceDownloadName(storedName: string, contentType: string): string {
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  const ext = EXTENSIONS[mediaType] ?? '.bin';
  const { stem } = split(printable(storedName));
  return fit(stem, ext, MAX_DOWNLOAD_NAME);
}
