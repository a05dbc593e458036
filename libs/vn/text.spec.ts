import { stripDiacritics } from './text';

describe('stripDiacritics', () => {
  it('should drop every Vietnamese diacritic and map đ/Đ to d/D', () => {
    expect(stripDiacritics('Tôn chỉ, mục đích của Tạp chí ĐỜI SỐNG')).toBe('Ton chi, muc dich cua Tap chi DOI SONG');
    expect(stripDiacritics('05/QĐ-XPHC')).toBe('05/QD-XPHC');
  });
});
