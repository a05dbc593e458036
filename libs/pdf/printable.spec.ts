import { characterLabel, describeUnprintable, firstUnprintable } from './printable';

describe('firstUnprintable', () => {
  it('should accept Vietnamese in composed and decomposed form, with line breaks and tabs', () => {
    const text = 'Nguyễn Thị Ánh Tuyết, Phường Bến Thành\nĐường Lê Lợi\t№ 5 «trích» – 1/2 € ‰ § ©';
    expect(firstUnprintable(text)).toBeNull();
    expect(firstUnprintable(text.normalize('NFD'))).toBeNull();
  });

  it('should accept Greek and Cyrillic, which the faces carry', () => {
    expect(firstUnprintable('Αθήνα Москва')).toBeNull();
  });

  it.each([
    ['an emoji', 'Tạp chí 😀 Phương Nam', 0x1f600, 8],
    ['a CJK ideograph', 'Công ty 中国', 0x4e2d, 8],
    ['Thai', 'บริษัท', 0x0e1a, 0],
    ['Khmer', 'ក្រុមហ៊ុន', 0x1780, 0],
    ['a control character', 'ab\u0007c', 0x07, 2],
    ['a lone surrogate', 'ab\ud800c', 0xd800, 2],
  ])('should find %s as a character no face can print', (_what, text, codePoint, index) => {
    expect(firstUnprintable(text)).toEqual({ index, codePoint, reason: 'no-glyph' });
  });

  it.each([
    ['Hebrew, which Liberation Serif has but pdfkit would print reversed', 'שלום', 0x05e9],
    ['Arabic', 'شركة', 0x0634],
    ['a right-to-left override', 'abc\u202Edef', 0x202e],
    ['a right-to-left mark', 'abc\u200F', 0x200f],
  ])('should refuse %s as right-to-left', (_what, text, codePoint) => {
    expect(firstUnprintable(text)).toMatchObject({ codePoint, reason: 'right-to-left' });
  });

  it('should report the first offending character only', () => {
    expect(firstUnprintable('a中😀')).toMatchObject({ index: 1, codePoint: 0x4e2d });
  });
});

describe('describeUnprintable', () => {
  it('should name the code point and show the character when it is visible', () => {
    expect(describeUnprintable({ index: 0, codePoint: 0x1f600, reason: 'no-glyph' })).toBe(
      'contains U+1F600 "😀", which the document font cannot print',
    );
    expect(describeUnprintable({ index: 0, codePoint: 0x05d0, reason: 'right-to-left' })).toBe(
      'contains U+05D0 "א": right-to-left text cannot be printed on documents',
    );
  });

  it('should name invisible characters by code point alone', () => {
    expect(characterLabel(0x202e)).toBe('U+202E');
    expect(characterLabel(0x07)).toBe('U+0007');
    expect(characterLabel(0xd800)).toBe('U+D800');
  });
});
