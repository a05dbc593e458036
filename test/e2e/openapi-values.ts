import fc from 'fast-check';

/** Hostile values the fuzz suite draws from: injection strings, Unicode edge cases, impossible dates, malformed ids. */

export const SQL_INJECTION = ["' OR '1'='1", "'; DROP TABLE cases; --", '1; SELECT pg_sleep(5)', "\\'; select * from users --", "' UNION SELECT password_hash FROM users --", '%_%', "$1'::text"];
export const HTML_INJECTION = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{{constructor.constructor("alert(1)")()}}', '${7*7}', '<!--#exec cmd="ls"-->'];
/** Zero-width, bidi overrides, combining marks, emoji with joiners, a lone surrogate, BOM, line separators. */
export const UNICODE_EDGE = [
  '\u200b\u200c\u200d\ufeff',
  '\u202eևեր\u202c',
  'مرحبا بالعالم',
  'Z̴̡̛̲͈a̸̢͔l̷̢̛g̵o̴',
  '👩‍👩‍👧‍👦🇻🇳',
  '\ud800',
  '\udfff abc',
  '\u2028\u2029',
  'Nguyễn Thị Ánh Tuyết',
  'ｆｕｌｌｗｉｄｔｈ',
  '\t\r\n ',
];
export const HOSTILE_TEXT = [...SQL_INJECTION, ...HTML_INJECTION, ...UNICODE_EDGE];

export const IMPOSSIBLE_DATES = [
  '2026-02-30',
  '2025-13-01',
  '2025-02-29',
  '2024-04-31',
  '2025-00-10',
  '2025-01-00',
  '0000-01-01',
  '9999-99-99',
  '2025-1-1',
  '20250101',
  '01/02/2025',
  '2025-01-01T00:00:00Z',
  ' 2025-01-01',
  '2025-01-01 ',
  '',
  'today',
  '-2025-01-01',
  '+02025-01-01',
  '２０２５-01-01',
];
export const MALFORMED_IDS = [
  'not-a-uuid',
  '1 OR 1=1',
  "' OR '1'='1",
  '../../etc/passwd',
  '123',
  '00000000-0000-0000-0000-00000000000g',
  '3fa85f64-5717-4562-b3fc-2c963f66afa6-extra',
  'ℌ',
  '%00',
  '0x1',
  '{}',
  '%E2%80%AE',
];

const PAD = ['a', 'Đ', 'ệ', '\u200f', '<', "'", '9'];
/** Text whose length class-validator counts exactly as `n` (BMP, no surrogates or variation selectors). */
export const textOfLength = (n: number, seed: number): string => PAD[seed % PAD.length].repeat(n);

export const hostileText = (max: number): fc.Arbitrary<string> =>
  fc
    .oneof(fc.constantFrom(...HOSTILE_TEXT), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }))
    .map((s) => s.replaceAll('\u0000', ' ').slice(0, Math.max(1, max)))
    .filter((s) => s.length > 0 && s.trim().length > 0);

/** Fields no request body has: mass assignment (departmentId, role), prototype names, injection in a key. */
export const EXTRA_FIELDS = ['departmentId', 'id', 'createdAt', 'role', 'isAdmin', 'passwordHash', '$where', "name'; DROP TABLE users; --", 'constructor', 'toString', '__proto__x', 'colour'];
