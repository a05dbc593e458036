import { BREAK_OPPORTUNITY, breakLongWords } from './wrap';

const ZW = BREAK_OPPORTUNITY;
/** Every character 10 points wide: a 100-point line holds 10. */
const tenPoints = (): number => 10;

describe('breakLongWords', () => {
  it('should leave text alone when no word is wider than the line', () => {
    const text = 'Đăng tải nội dung không đúng tôn chỉ, mục đích.';
    expect(breakLongWords(text, 100, 5, tenPoints)).toBe(text);
    // pdfkit's words carry their trailing space, and so does the measure: 9 letters and a space just fit.
    expect(breakLongWords('abcdefghi klm', 100, 5, tenPoints)).toBe('abcdefghi klm');
  });

  it('should put a break opportunity between the characters of a word wider than the line, and only there', () => {
    expect(breakLongWords('ab abcdefghijkl cd', 100, 5, tenPoints)).toBe(`ab ${[...'abcdefghijkl '].join(ZW)}cd`);
  });

  it('should find words as pdfkit does: " ! ! !" has no break opportunity, so it is one word', () => {
    const out = breakLongWords(' !'.repeat(20), 100, 5, tenPoints);
    expect(out.split(ZW)).toHaveLength(40);
  });

  it('should never part a letter from the combining mark that follows it', () => {
    const word = 'e\u0302'.repeat(20); // ê, decomposed
    const pieces = breakLongWords(word, 100, 5, tenPoints).split(ZW);
    expect(pieces).toHaveLength(20);
    expect(pieces.every((p) => p === 'e\u0302')).toBe(true);
  });

  it('should keep a character outside the Basic Multilingual Plane whole', () => {
    const pieces = breakLongWords('𝐀'.repeat(20), 100, 5, tenPoints).split(ZW);
    expect(pieces.every((p) => p === '𝐀')).toBe(true);
  });

  it('should measure each character once: linear time on a 200 000-character word', () => {
    let calls = 0;
    const start = process.cpuUsage();
    const out = breakLongWords('x'.repeat(200_000), 100, 5, () => (calls++, 10));
    const used = process.cpuUsage(start);
    expect(out).toHaveLength(399_999);
    expect(calls).toBeLessThanOrEqual(200_000);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });
});
