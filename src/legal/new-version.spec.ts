import { Catalogue, loadShippedCatalogue } from '@libs/legal';
import { composeVersion, type NewVersionInput } from '@app/legal/new-version';

const D8 = '119/2020:Đ8.k4.e';
const AT = new Date('2026-11-20T03:00:00Z');
const input = (over: Partial<NewVersionInput> = {}): NewVersionInput => ({
  code: D8,
  effectiveFrom: '2020-12-01',
  effectiveTo: '2022-01-26',
  amendedBy: null,
  fine: { minVnd: 30_000_000, maxVnd: 40_000_000, printedFor: 'organisation' },
  sourceUrl: 'https://vanban.chinhphu.vn/x',
  ...over,
});

describe('composeVersion', () => {
  const shipped = loadShippedCatalogue();

  it('takes what the officer did not send from the latest version, and always enters unverified', () => {
    const row = composeVersion(shipped, input(), AT);
    expect(row).toMatchObject({
      instrument: '119/2020/NĐ-CP',
      article: 8,
      clause: 4,
      point: 'e',
      field: 'press',
      amendedBy: null,
      verified: false,
      verificationNote: 'Added on 2026-11-20; not yet verified against the official text',
    });
    expect(shipped.withRows([row]).find(D8, '2021-06-01')?.fine).toEqual({
      minVnd: 30_000_000,
      maxVnd: 40_000_000,
      printedFor: 'organisation',
    });
  });

  it('leaves the fields of a new code empty so validation names what is missing', () => {
    const row = composeVersion(shipped, input({ code: '119/2020:Đ44.k1.a' }), AT);
    expect(() => Catalogue.fromRows([row])).toThrow(/instrument must be a non-empty string/);
  });

  it('keeps only known keys of additional sanctions so stored rows stay in the data-file schema', () => {
    const extra = { kind: 'confiscation', descriptionVi: 'Tịch thu', descriptionEn: 'Confiscation', minMonths: undefined } as const;
    const row = composeVersion(shipped, input({ additionalSanctions: [extra] }), AT);
    expect(row.additionalSanctions).toEqual([{ kind: 'confiscation', descriptionVi: 'Tịch thu', descriptionEn: 'Confiscation' }]);
  });
});
