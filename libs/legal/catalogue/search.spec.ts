/** Catalogue search over the shipped rows, as inspectors type it (issue 14). */
import { loadShippedCatalogue } from './load';

const TODAY = '2026-12-07';
const catalogue = loadShippedCatalogue();
const find = (text: string, more: Record<string, unknown> = {}) => catalogue.search({ text, rankOn: TODAY, ...more });
const codes = (text: string, more: Record<string, unknown> = {}) => find(text, more).map((r) => r.code);
const inForce = (r: { effectiveFrom: string; effectiveTo: string | null }) =>
  r.effectiveFrom <= TODAY && (r.effectiveTo === null || TODAY <= r.effectiveTo);

describe('catalogue search', () => {
  it.each(['báo hóa', 'bao hoa', 'BÁO HOÁ'])('finds the general-site rows first for "%s"', (text) => {
    const hits = find(text);
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.slice(0, 3).every((r) => r.subjects.includes('general-site'))).toBe(true);
    expect(hits.slice(0, 3).map((r) => r.code)).toEqual(
      expect.arrayContaining(['119/2020:Đ20.k2.a', '119/2020:Đ20.k5']),
    );
    // Magazines and social networks that act as newspapers come after.
    expect(codes(text)).toEqual(expect.arrayContaining(['119/2020:Đ8.k4.e', '174/2026:Đ94.k3.k', '174/2026:Đ95.k1.h']));
  });

  it('finds the false-information rows of NĐ 119, 15 and 174 for "tin gia", the ones in force first', () => {
    const hits = find('tin gia');
    expect(inForce(hits[0])).toBe(true);
    const decrees = new Set(hits.map((r) => r.instrument));
    expect([...decrees].sort()).toEqual(['119/2020/NĐ-CP', '15/2020/NĐ-CP', '174/2026/NĐ-CP']);
    const firstEnded = hits.findIndex((r) => !inForce(r));
    expect(hits.slice(firstEnded).some(inForce)).toBe(false);
    expect(codes('tin gia')).toEqual(
      expect.arrayContaining(['174/2026:Đ95.k1.a', '174/2026:Đ93.k2.b', '119/2020:Đ8.k5.b', '15/2020:Đ101.k1.a', '15/2020:Đ99.k3.a']),
    );
  });

  it('puts the letter-of-introduction row first for "giấy giới thiệu" and "giay gioi thieu"', () => {
    expect(codes('giấy giới thiệu')[0]).toBe('119/2020:Đ6.k1.đ');
    expect(codes('giay gioi thieu')[0]).toBe('119/2020:Đ6.k1.đ');
  });

  it('matches words in any order and without diacritics', () => {
    expect(codes('muc dich ton chi')[0]).toBe('119/2020:Đ8.k4.e');
    expect(codes('trang chủ')).toEqual(expect.arrayContaining(['119/2020:Đ20.k1.đ', '174/2026:Đ93.k1', '15/2020:Đ99.k1']));
    expect(codes('chuyen trang')[0]).toBe('119/2020:Đ5.k4');
    expect(codes('ten mien')).toEqual(expect.arrayContaining(['174/2026:Đ45.k1.d', '15/2020:Đ44.k1.d']));
  });

  it('filters by the kind of subject', () => {
    const users = find('tin gia', { subject: 'social-network-user' });
    expect(users.length).toBeGreaterThan(0);
    expect(users.every((r) => r.subjects.includes('social-network-user'))).toBe(true);
    expect(users[0].code).toBe('174/2026:Đ95.k1.a');
    const magazines = catalogue.search({ subject: 'magazine' });
    expect(magazines.map((r) => r.code)).toEqual(expect.arrayContaining(['119/2020:Đ8.k4.e', '119/2020:Đ6.k1.đ']));
    expect(magazines.some((r) => r.code.startsWith('119/2020:Đ20'))).toBe(false);
  });

  it('matches a code exactly when the text is a code, and ranks drafts after complete rows', () => {
    expect(codes('119/2020:Đ6.k2.b')).toEqual(['119/2020:Đ6.k2.b', '119/2020:Đ6.k2.b']);
    expect(codes('đ101')).toContain('15/2020:Đ101.k2');
    const site = find('trang tin tổng hợp');
    const firstDraft = site.findIndex((r) => r.draft);
    expect(firstDraft).toBeGreaterThan(0);
    expect(site.slice(0, firstDraft).every((r) => !r.draft)).toBe(true);
    expect(find('bao hoa', { excludeDrafts: true }).some((r) => r.draft)).toBe(false);
  });

  it('returns nothing for words no row holds', () => {
    expect(find('xyzzy quux')).toEqual([]);
  });
});
