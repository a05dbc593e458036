import { domainToASCII, domainToUnicode } from 'node:url';
import { foldForSearch } from '@app/common/search-text';

/**
 * Tên miền: one stored form for every way of writing a domain, so that `bücher.vn`, `BÜCHER.VN`, `xn--bcher-kva.vn`,
 * its full-width form and a copy with a zero-width space pasted in are one domain, and find one another (issue 12).
 * Pure (no Nest): the DTO decorators (domains.ts) and the migration that normalised the stored domains use it.
 */

/** Invisible characters a copy and paste brings along: zero-width space, joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** The top-level label: letters, or an IDN in its ASCII form (which also rules out a bare IP address). */
const TOP_LABEL = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
/** Control, format (bidi overrides among them) and separator characters: never part of an address. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Z}]/u;

/** The host in its stored form: IDNA to ASCII (UTS #46, as browsers do), no final dot; null when it is no host name. */
function asciiHost(host: string): string | null {
  // A scheme, port, user or anything else the host parser would silently cut off: not a host name.
  if (host === '' || /[:@\\%]/.test(host) || UNPRINTABLE.test(host)) return null;
  const ascii = domainToASCII(host.toLowerCase()).replace(/\.$/, '');
  if (ascii === '' || ascii.length > 253) return null;
  const labels = ascii.split('.');
  // An xn-- label must decode to Unicode: Node 24's URL parser (Ada) passes "xn--zz" through where Node 20 refused it.
  const decodes = (l: string): boolean => !l.startsWith('xn--') || domainToUnicode(l) !== l;
  return labels.length >= 2 && labels.every((l) => LABEL.test(l) && decodes(l)) && TOP_LABEL.test(labels[labels.length - 1]) ? ascii : null;
}

/** NFKC (full-width letters, dots and slashes become plain ones), invisible characters out, an http(s) scheme off. */
function parts(input: string): { host: string; path: string } {
  const text = input.normalize('NFKC').replace(INVISIBLE, '').trim().replace(/^https?:\/\//i, '');
  const end = text.search(/[/?#]/);
  const path = end < 0 ? '' : text.slice(end).replace(/\/+$/, '');
  return { host: end < 0 ? text : text.slice(0, end), path };
}

/**
 * The stored form of a domain: NFKC, invisible characters removed, lower case, IDNA to ASCII, no final dot (a pasted
 * `https://…/` around it is dropped). Null unless that is a host name of at least two labels of letters, digits and
 * hyphens (≤ 63 characters each, ≤ 253 in all).
 */
export function normaliseDomain(input: string): string | null {
  const { host, path } = parts(input);
  return path === '' ? asciiHost(host) : null;
}

/**
 * The stored form of a website or channel an unregistered subject uses: a domain, or a domain and a path
 * (`facebook.com/trang-tin`) whose domain part is normalised as `normaliseDomain` does and whose path is kept as sent.
 */
export function normaliseSiteAddress(input: string): string | null {
  const { host, path } = parts(input);
  const ascii = asciiHost(host);
  return ascii !== null && !UNPRINTABLE.test(path) ? `${ascii}${path}` : null;
}

/** The stored forms and their readable Unicode forms, folded like every other search term. */
export function domainSearchText(addresses: readonly string[] | null | undefined): string {
  return foldForSearch(
    (addresses ?? []).flatMap((a) => {
      const slash = a.indexOf('/');
      const host = slash < 0 ? a : a.slice(0, slash);
      return [a, `${domainToUnicode(host)}${slash < 0 ? '' : a.slice(slash)}`];
    }),
  );
}

/** Search text that is a domain (or a site address) in any of its forms, as stored; null for other text. */
export function domainQuery(q: string): string | null {
  return /[.\uFF0E\u3002]/.test(q) ? normaliseSiteAddress(q) : null;
}
