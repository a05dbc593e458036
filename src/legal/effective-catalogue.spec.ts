import { CatalogueValidationError, loadShippedCatalogue, type CatalogueRow, type Worksheet } from '@libs/legal';
import {
  buildEffectiveCatalogue,
  CatalogueChangeKind,
  unverifiedVersions,
  versionKey,
  type ChangeRecord,
} from '@app/legal/effective-catalogue';

const D8 = '119/2020:Đ8.k4.e';
const NO_RANGE = '119/2020:Đ8.k5.b';
const AT = new Date('2026-11-20T03:00:00Z');
const shippedD8 = loadShippedCatalogue().versions(D8)[0];

let seq = 0;
const change = (over: Partial<ChangeRecord>): ChangeRecord => ({
  seq: ++seq,
  kind: CatalogueChangeKind.Verify,
  code: D8,
  effectiveFrom: '2022-01-27',
  row: null,
  endsPreviousVersion: false,
  source: 'https://vanban.chinhphu.vn/x',
  note: null,
  actorId: 'officer',
  createdAt: AT,
  ...over,
});
const version2020: CatalogueRow = { ...shippedD8, amendedBy: null, effectiveFrom: '2020-12-01', effectiveTo: '2022-01-26' };

describe('buildEffectiveCatalogue', () => {
  it('is the shipped catalogue itself when nothing was changed', () => {
    expect(buildEffectiveCatalogue([]).catalogue).toBe(loadShippedCatalogue());
  });

  it('adds a version and remembers who added it', () => {
    const e = buildEffectiveCatalogue([change({ kind: CatalogueChangeKind.AddVersion, effectiveFrom: '2020-12-01', row: version2020 })]);
    expect(e.catalogue.find(D8, '2021-06-01')).toMatchObject({ effectiveFrom: '2020-12-01', amendedBy: null });
    expect(e.added.get(versionKey(D8, '2020-12-01'))).toMatchObject({ actorId: 'officer', at: AT.toISOString() });
    expect(e.seq).toBe(seq);
  });

  it('verifies a version, keeping the source and date in its note', () => {
    const e = buildEffectiveCatalogue([change({ note: 'khung đã đối chiếu' })]);
    expect(e.catalogue.find(D8, '2024-01-01')).toMatchObject({
      verified: true,
      verificationNote: 'Verified against https://vanban.chinhphu.vn/x on 2026-11-20: khung đã đối chiếu',
    });
    expect(e.verified.get(versionKey(D8, '2022-01-27'))?.source).toBe('https://vanban.chinhphu.vn/x');
  });

  it('ends the open-ended earlier version the day before a new one when asked', () => {
    const later: CatalogueRow = { ...shippedD8, effectiveFrom: '2027-01-01', effectiveTo: null };
    const e = buildEffectiveCatalogue([
      change({ kind: CatalogueChangeKind.AddVersion, effectiveFrom: '2027-01-01', row: later, endsPreviousVersion: true }),
    ]);
    expect(e.catalogue.versions(D8).map((v) => [v.effectiveFrom, v.effectiveTo])).toEqual([
      ['2022-01-27', '2026-12-31'],
      ['2027-01-01', null],
    ]);
  });

  it('refuses overlapping versions and verifying a row with no known range', () => {
    const overlapping: CatalogueRow = { ...shippedD8, effectiveFrom: '2023-01-01' };
    expect(() =>
      buildEffectiveCatalogue([change({ kind: CatalogueChangeKind.AddVersion, effectiveFrom: '2023-01-01', row: overlapping })]),
    ).toThrow(/overlaps/);
    // Đ8 k5 b as amended: its range was never read (Đ5 k3 b, used here before, has an inferred range since 2026-12).
    expect(() => buildEffectiveCatalogue([change({ code: NO_RANGE, effectiveFrom: '2022-01-27' })])).toThrow(CatalogueValidationError);
    expect(() => buildEffectiveCatalogue([change({ effectiveFrom: '1999-01-01' })])).toThrow(/no such version/);
  });
});

describe('unverifiedVersions', () => {
  const worksheet = (code: string, effectiveFrom: string) =>
    ({ acts: [{ index: 0, code, version: { effectiveFrom } }] }) as unknown as Pick<Worksheet, 'acts'>;

  it('lists acts whose version is unverified now, and forgets them once verified', () => {
    expect(unverifiedVersions(loadShippedCatalogue(), worksheet(D8, '2022-01-27'))).toEqual([
      { act: 0, code: D8, effectiveFrom: '2022-01-27' },
    ]);
    const verified = buildEffectiveCatalogue([change({})]).catalogue;
    expect(unverifiedVersions(verified, worksheet(D8, '2022-01-27'))).toEqual([]);
  });

  it('counts a version that no longer exists as unverified', () => {
    expect(unverifiedVersions(loadShippedCatalogue(), worksheet(D8, '2019-01-01'))).toHaveLength(1);
  });
});
