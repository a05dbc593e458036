import { NoVersionInForceError } from '../errors';
import { D8_K4_E, fixtureCatalogue, fixtureRow } from '../testing/fixtures';
import { Catalogue } from './catalogue';

describe('Catalogue', () => {
  const catalogue = fixtureCatalogue();

  it('indexes versions by code, oldest first', () => {
    expect(catalogue.has(D8_K4_E)).toBe(true);
    expect(catalogue.versions(D8_K4_E).map((r) => r.effectiveFrom)).toEqual(['2020-12-01', '2022-01-27']);
    expect(catalogue.versions('119/2020:Đ99.k9')).toEqual([]);
    expect(catalogue.codes()).toContain('174/2026:Đ95.k1.a');
  });

  it.each([
    ['2022-01-26', '2020-12-01'],
    ['2022-01-27', '2022-01-27'],
  ])('resolves %s to the version from %s (NĐ 14/2022 in force 2022-01-27)', (date, from) => {
    expect(catalogue.resolve('119/2020:Đ7.k1', date).effectiveFrom).toBe(from);
  });

  it('resolves a 15/2020 row on 2026-06-30 but not on 2026-07-01, naming its successor (NĐ 174/2026)', () => {
    expect(catalogue.resolve('15/2020:Đ101.k1', '2026-06-30').effectiveTo).toBe('2026-06-30');
    expect(() => catalogue.resolve('15/2020:Đ101.k1', '2026-07-01')).toThrow(
      'no version of 15/2020:Đ101.k1 in force on 2026-07-01 (versions exist for 2020-04-15 to 2026-06-30; replaced by 174/2026:Đ95.k1.a)',
    );
  });

  it('throws NoVersionInForceError with the ranges and successors as data', () => {
    try {
      catalogue.resolve('15/2020:Đ101.k1', '2027-01-01');
      throw new Error('expected a throw');
    } catch (e) {
      expect(e).toBeInstanceOf(NoVersionInForceError);
      const err = e as NoVersionInForceError;
      expect([err.code, err.date, err.successorCodes, err.knownCode]).toEqual([
        '15/2020:Đ101.k1',
        '2027-01-01',
        ['174/2026:Đ95.k1.a'],
        true,
      ]);
      expect(err.availableRanges).toEqual([{ effectiveFrom: '2020-04-15', effectiveTo: '2026-06-30' }]);
    }
  });

  it('says when a code is not in the catalogue at all', () => {
    expect(() => catalogue.resolve('119/2020:Đ99.k9', '2024-01-01')).toThrow('the code is not in the catalogue');
  });

  it('searches code and both descriptions, ignoring case and diacritics', () => {
    const c = Catalogue.fromRows([
      fixtureRow({
        code: '119/2020:Đ8.k4.e',
        descriptionVi: 'Thực hiện không đúng tôn chỉ, mục đích',
        descriptionEn: 'Off-mission',
      }),
      fixtureRow({
        code: '119/2020:Đ12.k1',
        descriptionVi: 'Không ghi đủ thông tin',
        descriptionEn: 'Missing particulars',
        field: 'publishing',
      }),
    ]);
    expect(c.search({ text: 'TON CHI' }).map((r) => r.code)).toEqual(['119/2020:Đ8.k4.e']);
    expect(c.search({ text: 'đ12' }).map((r) => r.code)).toEqual(['119/2020:Đ12.k1']);
    expect(c.search({ text: 'particulars' })).toHaveLength(1);
    expect(c.search({ field: 'publishing' })).toHaveLength(1);
    expect(c.search({ instrument: '15/2020/NĐ-CP' })).toHaveLength(0);
    expect(catalogue.search({ text: 'Đ101', inForceOn: '2026-07-01' })).toHaveLength(0);
    expect(catalogue.search({ text: 'Đ101', inForceOn: '2026-06-30' })).toHaveLength(1);
  });

  it('withRows returns a new validated catalogue and leaves the original untouched', () => {
    const extra = fixtureRow({
      code: '15/2020:Đ101.k1',
      effectiveFrom: '2026-07-01',
      verified: false,
      verificationNote: 'admin-added',
    });
    const next = catalogue.withRows([extra]);
    expect(next.resolve('15/2020:Đ101.k1', '2026-07-01').verificationNote).toBe('admin-added');
    expect(catalogue.versions('15/2020:Đ101.k1')).toHaveLength(1);
    expect(() => catalogue.withRows([{ ...extra, effectiveFrom: '2026-06-01' }])).toThrow(/overlaps/);
  });
});
