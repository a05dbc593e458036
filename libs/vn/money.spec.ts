import fc from 'fast-check';
import { amountInWords, formatGrouped, formatVnd, MAX_AMOUNT_IN_WORDS } from './money';

describe('amountInWords', () => {
  // legal-research §6.4: the amounts decisions print, figures then words.
  it.each([
    [1_005_000, 'một triệu không trăm linh năm nghìn đồng'],
    [68_750_000, 'sáu mươi tám triệu bảy trăm năm mươi nghìn đồng'],
    [21_000, 'hai mươi mốt nghìn đồng'],
    [115_000, 'một trăm mười lăm nghìn đồng'],
    [700_000, 'bảy trăm nghìn đồng'],
    [7_500_000, 'bảy triệu năm trăm nghìn đồng'],
    [252_500_000, 'hai trăm năm mươi hai triệu năm trăm nghìn đồng'],
    [5_000_000, 'năm triệu đồng'],
  ])('reads %d as the §6.4 example "%s"', (vnd, words) => {
    expect(amountInWords(vnd)).toBe(words);
  });

  it.each([
    [0, 'không đồng'],
    [1, 'một đồng'],
    [5, 'năm đồng'],
    [10, 'mười đồng'],
    [11, 'mười một đồng'],
    [14, 'mười bốn đồng'],
    [15, 'mười lăm đồng'],
    [20, 'hai mươi đồng'],
    [21, 'hai mươi mốt đồng'],
    [24, 'hai mươi bốn đồng'],
    [25, 'hai mươi lăm đồng'],
    [101, 'một trăm linh một đồng'],
    [105, 'một trăm linh năm đồng'],
    [110, 'một trăm mười đồng'],
    [111, 'một trăm mười một đồng'],
    [1_000, 'một nghìn đồng'],
    [40_000_000, 'bốn mươi triệu đồng'],
    [1_000_000_000, 'một tỷ đồng'],
    [1_000_000_001, 'một tỷ không trăm linh một đồng'],
    [2_000_500_000, 'hai tỷ năm trăm nghìn đồng'],
    [5_000_021, 'năm triệu không trăm hai mươi mốt đồng'],
    [1_000_000_000_000, 'một nghìn tỷ đồng'],
    [1_500_000_000_000, 'một nghìn năm trăm tỷ đồng'],
    [1_005_000_000_000, 'một nghìn không trăm linh năm tỷ đồng'],
    [1_000_500_000_000, 'một nghìn tỷ năm trăm triệu đồng'],
  ])('reads the edge case %d as "%s"', (vnd, words) => {
    expect(amountInWords(vnd)).toBe(words);
  });

  it('reads the largest supported amount, 999 999 999 999 999', () => {
    const nineHundredNinetyNine = 'chín trăm chín mươi chín';
    expect(amountInWords(MAX_AMOUNT_IN_WORDS)).toBe(
      `${nineHundredNinetyNine} nghìn ${nineHundredNinetyNine} tỷ ${nineHundredNinetyNine} triệu ` +
        `${nineHundredNinetyNine} nghìn ${nineHundredNinetyNine} đồng`,
    );
  });

  it('gives the same words for a bigint as for the equal number', () => {
    expect(amountInWords(68_750_000n)).toBe(amountInWords(68_750_000));
    expect(amountInWords(999_999_999_999_999n)).toBe(amountInWords(MAX_AMOUNT_IN_WORDS));
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], [1_000_000_000_000_000], [2 ** 53]])(
    'refuses %p with a RangeError',
    (vnd) => {
      expect(() => amountInWords(vnd)).toThrow(RangeError);
    },
  );

  it('refuses negative and out-of-range bigints with a RangeError', () => {
    expect(() => amountInWords(-1n)).toThrow(RangeError);
    expect(() => amountInWords(1_000_000_000_000_000n)).toThrow(RangeError);
  });

  it('always ends in "đồng" and never contains a double space or stray whitespace', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_AMOUNT_IN_WORDS }), (vnd) => {
        const words = amountInWords(vnd);
        expect(words.endsWith(' đồng') || words === 'không đồng').toBe(true);
        expect(words).not.toContain('  ');
        expect(words).toBe(words.trim());
        expect(words).toBe(words.toLowerCase());
      }),
    );
  });

  it('gives different words to different amounts across 0 … 1 200 000 and near scale boundaries', () => {
    const seen = new Map<string, number>();
    const check = (vnd: number): void => {
      const words = amountInWords(vnd);
      const previous = seen.get(words);
      if (previous !== undefined) throw new Error(`${previous} and ${vnd} both read "${words}"`);
      seen.set(words, vnd);
    };
    for (let vnd = 0; vnd <= 1_200_000; vnd++) check(vnd);
    const nearBoundaries = new Set<number>();
    for (const base of [1e9, 1e12, 1_001e9, 1e14, MAX_AMOUNT_IN_WORDS - 2_000]) {
      for (let offset = -2_000; offset <= 2_000; offset++) nearBoundaries.add(base + offset);
    }
    for (const vnd of nearBoundaries) if (vnd > 1_200_000 && vnd <= MAX_AMOUNT_IN_WORDS) check(vnd);
  });

  it('is injective on random pairs of distinct amounts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_AMOUNT_IN_WORDS }),
        fc.integer({ min: 0, max: MAX_AMOUNT_IN_WORDS }),
        (a, b) => {
          fc.pre(a !== b);
          expect(amountInWords(a)).not.toBe(amountInWords(b));
        },
      ),
    );
  });
});

describe('formatGrouped and formatVnd', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1_000, '1.000'],
    [68_750_000, '68.750.000'],
    [-1_005_000, '-1.005.000'],
    [-999, '-999'],
    [999_999_999_999_999, '999.999.999.999.999'],
  ])('groups %d as "%s"', (n, grouped) => {
    expect(formatGrouped(n)).toBe(grouped);
  });

  it('groups bigints beyond the safe-integer range without losing digits', () => {
    expect(formatGrouped(12_345_678_901_234_567_890n)).toBe('12.345.678.901.234.567.890');
  });

  it('prints figures the way decisions do: "68.750.000 đồng" (legal-research §6.4)', () => {
    expect(formatVnd(68_750_000)).toBe('68.750.000 đồng');
    expect(formatVnd(40_000_000n)).toBe('40.000.000 đồng');
  });

  it('refuses non-integers and unsafe numbers, which would print wrong digits', () => {
    expect(() => formatGrouped(1.5)).toThrow(RangeError);
    expect(() => formatVnd(2 ** 53)).toThrow(RangeError);
  });
});
