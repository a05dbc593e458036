import { randomBytes } from 'node:crypto';

/** Crockford base32: no I, L, O or U, so a code read aloud or typed from paper is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

/** A new code: 10 symbols from a CSPRNG (50 bits; guessing one of a department's codes is hopeless). */
export function newVerificationCode(random: (n: number) => Buffer = randomBytes): string {
  const bytes = random(LENGTH);
  // 256 is a multiple of 32, so taking the low 5 bits of each byte is unbiased.
  return [...bytes].map((b) => ALPHABET[b & 31]).join('');
}

/** How the code is printed: two groups of five, e.g. "7F3K9-XQ2AB". */
export const printedCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;

/**
 * The stored form of what someone typed, or null when it cannot be a code: case and hyphens ignored, and the
 * look-alikes Crockford maps (O → 0, I and L → 1) read as the digits they stand for.
 */
export function normaliseVerificationCode(input: string): string | null {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== LENGTH) return null;
  return [...cleaned].every((c) => ALPHABET.includes(c)) ? cleaned : null;
}
