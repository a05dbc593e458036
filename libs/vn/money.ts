/**
 * Amounts of money in Vietnamese: figures ("68.750.000 đồng") and words ("sáu mươi tám triệu … đồng").
 *
 * Decisions print the figure, then the words (MQĐ02 asks for amounts "bằng số và bằng chữ"; legal-research §6.4).
 * The spelling is a linguistic convention, not a legal text; the rules below follow §6.4.
 */

/** Largest amount {@link amountInWords} reads: 999 999 999 999 999 đồng (15 digits, below 2^53). */
export const MAX_AMOUNT_IN_WORDS = 999_999_999_999_999;

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const BILLION = 1_000_000_000n;

/**
 * Số tiền bằng chữ: a VND integer from 0 to 999 999 999 999 999 in lower-case Vietnamese words ending in "đồng".
 *
 * - 0 → "không đồng"; whole empty groups are skipped (5.000.000 → "năm triệu đồng").
 * - "mười" for 10–19, "mốt" for a 1 after a tens digit ≥ 2, "lăm" for a 5 after any tens digit,
 *   "linh" for a zero tens digit before a non-zero unit (105 → "một trăm linh năm").
 * - Every group after the first non-empty one says its hundreds, "không trăm" included
 *   (1.005.000 → "một triệu không trăm linh năm nghìn đồng").
 * - Scales "nghìn", "triệu", "tỷ"; a count of tỷ of 1 000 or more is itself read with "nghìn"
 *   (10^12 → "một nghìn tỷ đồng", 1 500 × 10^9 → "một nghìn năm trăm tỷ đồng").
 * - A 4 after a tens digit is "bốn", never "tư" (24 → "hai mươi bốn"): "tư" is a regional/colloquial variant,
 *   "bốn" is the form that reads the same everywhere, which is what a decision printed for court needs.
 *
 * @throws RangeError for a negative, non-integer, unsafe or out-of-range amount.
 */
export function amountInWords(vnd: number | bigint): string {
  const amount = toAmount(vnd);
  if (amount > BigInt(MAX_AMOUNT_IN_WORDS)) {
    throw new RangeError(`amountInWords: ${String(vnd)} is above the maximum ${MAX_AMOUNT_IN_WORDS}`);
  }
  if (amount === 0n) return 'không đồng';

  const words: string[] = [];
  const billions = amount / BILLION;
  const rest = amount % BILLION;
  if (billions > 0n) words.push(...readBelowBillion(Number(billions), true), 'tỷ');
  if (rest > 0n) words.push(...readBelowBillion(Number(rest), billions === 0n));
  words.push('đồng');
  return words.join(' ');
}

/** Số tiền bằng số: "68.750.000 đồng" (groups of three separated by "."; legal-research §6.4). */
export function formatVnd(vnd: number | bigint): string {
  return `${formatGrouped(vnd)} đồng`;
}

/** An integer with Vietnamese digit grouping: 68750000 → "68.750.000"; a negative number gets a leading "-". */
export function formatGrouped(n: number | bigint): string {
  const value = toInteger(n, 'formatGrouped');
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return negative ? `-${grouped}` : grouped;
}

/** Reads 1 ≤ n < 10^9 as groups of triệu, nghìn and units. */
function readBelowBillion(n: number, isLeading: boolean): string[] {
  const groups: Array<[number, string | undefined]> = [
    [Math.floor(n / 1_000_000), 'triệu'],
    [Math.floor(n / 1_000) % 1_000, 'nghìn'],
    [n % 1_000, undefined],
  ];
  const words: string[] = [];
  let leading = isLeading;
  for (const [group, scale] of groups) {
    if (group === 0) continue;
    words.push(...readGroup(group, leading));
    if (scale !== undefined) words.push(scale);
    leading = false;
  }
  return words;
}

/** Reads 1 ≤ group ≤ 999. The leading group of a number omits a zero hundreds digit; later groups say it. */
function readGroup(group: number, isLeading: boolean): string[] {
  const hundreds = Math.floor(group / 100);
  const tens = Math.floor(group / 10) % 10;
  const units = group % 10;
  const words: string[] = [];
  const saysHundreds = hundreds > 0 || !isLeading;
  if (saysHundreds) words.push(DIGITS[hundreds], 'trăm');

  if (tens === 0) {
    if (units === 0) return words;
    if (saysHundreds) words.push('linh');
    words.push(DIGITS[units]);
    return words;
  }
  if (tens === 1) {
    words.push('mười');
  } else {
    words.push(DIGITS[tens], 'mươi');
  }
  if (units !== 0) words.push(unitAfterTens(units, tens));
  return words;
}

/** The unit word after a tens word: "mốt" only after "mươi" (21), "lăm" after any tens (15, 25). */
function unitAfterTens(units: number, tens: number): string {
  if (units === 1 && tens >= 2) return 'mốt';
  if (units === 5) return 'lăm';
  return DIGITS[units];
}

function toAmount(vnd: number | bigint): bigint {
  const value = toInteger(vnd, 'amountInWords');
  if (value < 0n) throw new RangeError(`amountInWords: ${String(vnd)} is negative`);
  return value;
}

/** Money in libs is a safe integer number or a bigint; anything else would already have lost precision. */
function toInteger(n: number | bigint, caller: string): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${caller}: ${String(n)} is not a safe integer`);
  }
  return BigInt(n);
}
