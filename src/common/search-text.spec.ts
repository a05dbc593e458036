import { foldForSearch, likePattern } from '@app/common/search-text';

describe('foldForSearch', () => {
  it('should fold Vietnamese diacritics and đ so unaccented queries match', () => {
    expect(foldForSearch('Báo Tuổi Trẻ', ['tuoitre.vn'])).toBe('bao tuoi tre tuoitre.vn');
    expect(foldForSearch('Đài Phát thanh')).toBe('dai phat thanh');
  });

  it('should escape LIKE wildcards typed by the user', () => {
    expect(likePattern('50%_off')).toBe('%50\\%\\_off%');
  });
});
