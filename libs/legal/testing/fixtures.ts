/**
 * Test fixtures: small in-test catalogues whose ranges are those given by the research (legal-research.md §1.2,
 * ranges-confirmation.md). They are NOT the shipped catalogue; the engine must not depend on which rows exist.
 * Descriptions are short fixture labels, not legal text.
 */
import type { CatalogueRow } from '../catalogue/types';
import { Catalogue } from '../catalogue/catalogue';
import type { ActInput } from '../engine/types';

const SOURCE = 'https://example.test/fixture';

/** A valid row with defaults; override what the test is about. */
export function fixtureRow(overrides: Partial<CatalogueRow> & Pick<CatalogueRow, 'code'>): CatalogueRow {
  const m = /^(\d+\/\d{4}):Đ(\d+)(?:\.k(\d+)(?:\.([a-zđ])$)?)?/.exec(overrides.code);
  if (m === null) throw new Error(`bad fixture code ${overrides.code}`);
  return {
    instrument: `${m[1]}/NĐ-CP`,
    amendedBy: null,
    article: Number(m[2]),
    clause: m[3] === undefined ? null : Number(m[3]),
    point: m[4] ?? null,
    field: 'press',
    descriptionVi: `Hành vi mẫu ${overrides.code}`,
    descriptionEn: `Fixture act ${overrides.code}`,
    mainSanction: 'fine',
    fine: { minVnd: 10_000_000, maxVnd: 20_000_000, printedFor: 'organisation' },
    additionalSanctions: [],
    remedialMeasures: [],
    effectiveFrom: '2020-12-01',
    effectiveTo: null,
    sourceUrl: SOURCE,
    verified: true,
    verificationNote: null,
    definingCircumstances: [],
    successorCodes: [],
    draft: false,
    missing: [],
    keywords: [],
    subjects: ['press-agency'],
    ...overrides,
  };
}

const UNVERIFIED =
  'Range inferred from published decisions (ranges-confirmation.md); verify against the consolidated text.';

export const D8_K4_E = '119/2020:Đ8.k4.e';
/** The serious off-mission tier: its clause was never read, so it is a draft row with the provisional clause k0. */
export const D8_SERIOUS = '119/2020:Đ8.k0.l';

/** The acceptance fixture: Đ8 k4 e, 40–60M for an organisation from 2022-01-27, and its 2020 original version. */
export const FIXTURE_ROWS: readonly CatalogueRow[] = [
  fixtureRow({
    code: D8_K4_E,
    effectiveFrom: '2020-12-01',
    effectiveTo: '2022-01-26',
    fine: null,
    verified: false,
    verificationNote: 'Original 2020 range not read.',
  }),
  fixtureRow({
    code: D8_K4_E,
    amendedBy: '14/2022/NĐ-CP Đ2 k10 điểm c',
    effectiveFrom: '2022-01-27',
    fine: { minVnd: 40_000_000, maxVnd: 60_000_000, printedFor: 'organisation' },
    remedialMeasures: [{ descriptionVi: 'Buộc gỡ bỏ bài viết', descriptionEn: 'Take the articles down' }],
    verified: false,
    verificationNote: UNVERIFIED,
  }),
  // Đ5 k3 b, 15–30M (INFERRED), not changed by 14/2022 as far as known.
  fixtureRow({
    code: '119/2020:Đ5.k3.b',
    fine: { minVnd: 15_000_000, maxVnd: 30_000_000, printedFor: 'organisation' },
    verified: false,
    verificationNote: UNVERIFIED,
  }),
  // Serious off-mission tier, 50–70M; clause and point unread (a draft row); a hypothetical 1–3 month suspension.
  fixtureRow({
    code: D8_SERIOUS,
    clause: null,
    point: null,
    draft: true,
    missing: ['clause', 'point'],
    fine: { minVnd: 50_000_000, maxVnd: 70_000_000, printedFor: 'organisation' },
    additionalSanctions: [
      {
        kind: 'licence-suspension',
        minMonths: 1,
        maxMonths: 3,
        descriptionVi: 'Tước giấy phép',
        descriptionEn: 'Licence suspension',
      },
    ],
    verified: false,
    verificationNote: 'Clause and suspension bracket not read.',
  }),
  fixtureRow({ code: '119/2020:Đ14.k2', fine: { minVnd: 500_000, maxVnd: 1_000_000, printedFor: 'organisation' } }),
  fixtureRow({ code: '119/2020:Đ14.k3.a', fine: { minVnd: 3_000_000, maxVnd: 5_000_000, printedFor: 'organisation' } }),
  fixtureRow({
    code: '119/2020:Đ6.k1.đ',
    effectiveFrom: '2022-01-27',
    fine: { minVnd: 3_000_000, maxVnd: 5_000_000, printedFor: 'individual' },
  }),
  fixtureRow({
    code: '119/2020:Đ6.k2.a',
    effectiveFrom: '2022-01-27',
    fine: { minVnd: 10_000_000, maxVnd: 30_000_000, printedFor: 'individual' },
  }),
  fixtureRow({ code: '119/2020:Đ12.k1', mainSanction: 'warning', fine: null }),
  fixtureRow({
    code: '119/2020:Đ8.k1',
    mainSanction: 'warning-or-fine',
    fine: { minVnd: 500_000, maxVnd: 2_000_000, printedFor: 'organisation' },
  }),
  fixtureRow({
    code: '119/2020:Đ8.k5.b',
    effectiveFrom: '2022-01-27',
    fine: null,
    verified: false,
    verificationNote: 'Range after 14/2022 not read.',
  }),
  fixtureRow({
    code: '119/2020:Đ20.k2.a',
    fine: { minVnd: 20_000_000, maxVnd: 30_000_000, printedFor: 'organisation' },
  }),
  fixtureRow({
    code: '119/2020:Đ20.k4.d',
    fine: { minVnd: 40_000_000, maxVnd: 50_000_000, printedFor: 'organisation' },
    additionalSanctions: [
      {
        kind: 'licence-suspension',
        minMonths: 3,
        maxMonths: 12,
        descriptionVi: 'Tước giấy phép thiết lập trang',
        descriptionEn: 'Site licence suspension',
      },
    ],
  }),
  fixtureRow({
    code: '119/2020:Đ7.k1',
    effectiveTo: '2022-01-26',
    fine: { minVnd: 10_000_000, maxVnd: 20_000_000, printedFor: 'organisation' },
  }),
  fixtureRow({
    code: '119/2020:Đ7.k1',
    amendedBy: '14/2022/NĐ-CP Đ2 k9 a',
    effectiveFrom: '2022-01-27',
    fine: { minVnd: 10_000_000, maxVnd: 30_000_000, printedFor: 'organisation' },
  }),
  fixtureRow({
    code: '119/2020:Đ11.k3',
    fine: { minVnd: 20_000_000, maxVnd: 40_000_000, printedFor: 'organisation' },
    additionalSanctions: [
      {
        kind: 'activity-suspension',
        minMonths: 1,
        maxMonths: 12,
        descriptionVi: 'Đình chỉ hoạt động',
        descriptionEn: 'Activity suspension',
      },
    ],
  }),
  fixtureRow({
    code: '119/2020:Đ11.k4',
    fine: { minVnd: 30_000_000, maxVnd: 50_000_000, printedFor: 'organisation' },
    additionalSanctions: [
      {
        kind: 'activity-suspension',
        minMonths: 1,
        maxMonths: 3,
        descriptionVi: 'Đình chỉ hoạt động',
        descriptionEn: 'Activity suspension',
      },
      { kind: 'confiscation', descriptionVi: 'Tịch thu tang vật', descriptionEn: 'Confiscation' },
    ],
  }),
  fixtureRow({
    code: '119/2020:Đ21.k2',
    fine: { minVnd: 5_000_000, maxVnd: 10_000_000, printedFor: 'organisation' },
    definingCircumstances: ['Đ10.k1.b'],
  }),
  fixtureRow({
    code: '119/2020:Đ5.k4',
    effectiveFrom: '2022-01-27',
    fine: { minVnd: 60_000_000, maxVnd: 100_000_000, printedFor: 'organisation' },
  }),
  fixtureRow({
    code: '119/2020:Đ8.k3.a',
    field: 'press',
    fine: { minVnd: 200_000_000, maxVnd: 250_000_000, printedFor: 'organisation' },
    effectiveFrom: '2022-01-27',
  }),
  fixtureRow({
    code: '15/2020:Đ101.k1',
    field: 'e-information',
    effectiveFrom: '2020-04-15',
    effectiveTo: '2026-06-30',
    successorCodes: ['174/2026:Đ95.k1.a'],
  }),
  fixtureRow({
    code: '174/2026:Đ95.k1.a',
    field: 'e-information',
    effectiveFrom: '2026-07-01',
    fine: { minVnd: 20_000_000, maxVnd: 30_000_000, printedFor: 'organisation' },
    verified: false,
    verificationNote: 'OCR copy only.',
  }),
  fixtureRow({
    code: '119/2020:Đ30.k1.a',
    field: 'publishing',
    fine: { minVnd: 40_000_000, maxVnd: 60_000_000, printedFor: 'organisation' },
  }),
];

let cached: Catalogue | undefined;
export function fixtureCatalogue(): Catalogue {
  cached ??= Catalogue.fromRows(FIXTURE_ROWS);
  return cached;
}

/** An ended act with no circumstances; override what the test is about. */
export function act(overrides: Partial<ActInput> = {}): ActInput {
  return {
    code: D8_K4_E,
    offenderType: 'organisation',
    endedOn: '2024-03-01',
    ongoingAtDetection: false,
    detectedOn: '2024-03-05',
    mitigating: [],
    aggravating: [],
    ...overrides,
  };
}

export const M = (code: string): { code: string } => ({ code });
export const TWO_MITIGATING = [M('Đ9.k1'), M('Đ9.k2')];
export const TWO_AGGRAVATING = [M('Đ10.k1.b'), M('Đ10.k1.i')];
