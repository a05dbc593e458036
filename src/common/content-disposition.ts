import { stripDiacritics } from '@libs/vn';

/** RFC 8187 attr-char: encodeURIComponent leaves ' ( ) * unencoded, and ' ends the charset part of filename*. */
const extValue = (text: string): string => encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): an ASCII fallback without diacritics for old clients,
 * the exact name for the others. The caller chooses a safe name; this only makes the header well-formed.
 */
export function attachment(fileName: string): string {
  const ascii = stripDiacritics(fileName).replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${extValue(fileName)}`;
}
