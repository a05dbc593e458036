/**
 * Sanctioning authority (thẩm quyền xử phạt): a dated, cited table of caps per signer title, and the per-act check.
 * The decision date picks the regime. An organisation's cap is twice an individual's (LXLVPHC Đ52 k1).
 * Figures the research could not confirm carry `confirmed: false`; worksheets flag them.
 */
import type { Field } from './catalogue/types';

export type SignerTitle =
  | 'commune-chair'
  | 'district-chair'
  | 'provincial-chair'
  | 'department-director'
  | 'department-chief-inspector'
  | 'provincial-chief-inspector'
  | 'inspector'
  | 'inspection-team-leader'
  | 'ministry-department-head';

/** Titles in rising order; used to break ties between equal caps when naming where a case must go. */
export const SIGNER_TITLES: readonly { title: SignerTitle; labelVi: string; labelEn: string }[] = [
  { title: 'inspector', labelVi: 'Thanh tra viên', labelEn: 'Inspector' },
  { title: 'commune-chair', labelVi: 'Chủ tịch Ủy ban nhân dân cấp xã', labelEn: "Commune People's Committee chair" },
  {
    title: 'inspection-team-leader',
    labelVi: 'Trưởng đoàn kiểm tra do Cục trưởng thành lập',
    labelEn: 'Inspection team leader appointed by a ministry department head',
  },
  {
    title: 'department-chief-inspector',
    labelVi: 'Chánh Thanh tra Sở',
    labelEn: 'Chief inspector of a provincial department (until 2025-06-30)',
  },
  {
    title: 'district-chair',
    labelVi: 'Chủ tịch Ủy ban nhân dân cấp huyện',
    labelEn: "District People's Committee chair (until 2025-06-30)",
  },
  { title: 'department-director', labelVi: 'Giám đốc Sở', labelEn: 'Director of a provincial department' },
  {
    title: 'provincial-chief-inspector',
    labelVi: 'Chánh Thanh tra tỉnh',
    labelEn: 'Provincial chief inspector (from 2026-09-26)',
  },
  {
    title: 'provincial-chair',
    labelVi: 'Chủ tịch Ủy ban nhân dân cấp tỉnh',
    labelEn: "Provincial People's Committee chair",
  },
  { title: 'ministry-department-head', labelVi: 'Cục trưởng', labelEn: 'Head of a ministry department (Cục trưởng)' },
];
export const TITLE_RANK: ReadonlyMap<SignerTitle, number> = new Map(SIGNER_TITLES.map((t, i) => [t.title, i]));

export function isSignerTitle(value: unknown): value is SignerTitle {
  return typeof value === 'string' && TITLE_RANK.has(value as SignerTitle);
}

export type AuthorityRegimeId =
  'nd-119-2020-as-issued' | 'nd-119-2020-as-amended-2022' | 'nd-189-2025' | 'nd-189-2025-as-amended-2026';

export interface AuthorityRegime {
  id: AuthorityRegimeId;
  effectiveFrom: string;
  effectiveTo: string | null;
  citation: string;
}

export const AUTHORITY_REGIMES: readonly AuthorityRegime[] = [
  {
    id: 'nd-119-2020-as-issued',
    effectiveFrom: '2020-12-01',
    effectiveTo: '2022-01-26',
    citation: 'NĐ 119/2020 Ch. IV (as issued)',
  },
  {
    id: 'nd-119-2020-as-amended-2022',
    effectiveFrom: '2022-01-27',
    effectiveTo: '2025-06-30',
    citation: 'NĐ 119/2020 Ch. IV, sửa đổi bởi NĐ 14/2022',
  },
  // Law 88/2025 repealed the Law's own authority tables; NĐ 189/2025 sets percentages of the field maximum.
  {
    id: 'nd-189-2025',
    effectiveFrom: '2025-07-01',
    effectiveTo: '2026-09-25',
    citation: 'NĐ 189/2025; LXLVPHC Đ24, Đ37a (Luật 88/2025)',
  },
  {
    id: 'nd-189-2025-as-amended-2026',
    effectiveFrom: '2026-09-26',
    effectiveTo: null,
    citation: 'NĐ 189/2025, sửa đổi bởi NĐ 311/2026',
  },
];

/** Field maximum for an individual (LXLVPHC Đ24 k1); NĐ 189 caps are percentages of it. */
export const FIELD_MAXIMUM_INDIVIDUAL_VND: Readonly<
  Record<Field, { vnd: number; confirmed: boolean; citation: string }>
> = {
  // The Đ24 point naming "báo chí" was not read; 250M is the NĐ 14/2022 press maximum (research §5.3: INFERRED).
  press: {
    vnd: 250_000_000,
    confirmed: false,
    citation: 'LXLVPHC Đ24 k1 (point not read); NĐ 119/2020 Đ4 k1, sửa đổi bởi NĐ 14/2022',
  },
  publishing: { vnd: 100_000_000, confirmed: true, citation: 'LXLVPHC Đ24 k1 đ (Luật 88/2025): xuất bản; in' },
  'e-information': {
    vnd: 100_000_000,
    confirmed: true,
    citation: 'LXLVPHC Đ24 k1 đ (Luật 88/2025): công nghệ thông tin',
  },
};

export type AuthorityCap =
  { kind: 'organisation-vnd'; vnd: number } | { kind: 'percent-of-field-maximum'; percent: number };

export interface AuthorityCapRow {
  regime: AuthorityRegimeId;
  title: SignerTitle;
  fields: readonly Field[];
  cap: AuthorityCap;
  /** May impose licence/activity suspensions (tước quyền sử dụng giấy phép, đình chỉ hoạt động). */
  maySuspend: boolean;
  /** A title a case is referred to when it exceeds the signer (not inspection roles that exist only during an inspection). */
  escalationTarget: boolean;
  confirmed: boolean;
  note: string | null;
  citation: string;
}

const PRE_2025: readonly Field[] = ['press', 'publishing'];
const ALL: readonly Field[] = ['press', 'publishing', 'e-information'];
const ISSUED_NOTE =
  'Figures as issued are CONFIRMED; reading them as organisation amounts is INFERRED (research §5.2).';
const AMENDED_NOTE =
  'How NĐ 14/2022 changed the NĐ 119 authority figures was not read; carried over or set to the field maximum (INFERRED, research §5.2).';
const org = (vnd: number): AuthorityCap => ({ kind: 'organisation-vnd', vnd });
const pct = (percent: number): AuthorityCap => ({ kind: 'percent-of-field-maximum', percent });

function preRows(
  regime: AuthorityRegimeId,
  confirmedNote: string,
  top: Record<'press' | 'publishing', number>,
): AuthorityCapRow[] {
  const base = { regime, confirmed: false, note: confirmedNote };
  const c = regime === 'nd-119-2020-as-issued' ? 'NĐ 119/2020 Ch. IV' : 'NĐ 119/2020 Ch. IV, sửa đổi bởi NĐ 14/2022';
  return [
    {
      ...base,
      title: 'inspector',
      fields: PRE_2025,
      cap: org(1_000_000),
      maySuspend: false,
      escalationTarget: false,
      citation: c,
    },
    {
      ...base,
      title: 'commune-chair',
      fields: PRE_2025,
      cap: org(10_000_000),
      maySuspend: false,
      escalationTarget: true,
      citation: `${c} (Đ40)`,
    },
    {
      ...base,
      title: 'district-chair',
      fields: PRE_2025,
      cap: org(100_000_000),
      maySuspend: true,
      escalationTarget: true,
      citation: `${c} (Đ40)`,
    },
    {
      ...base,
      title: 'department-chief-inspector',
      fields: PRE_2025,
      cap: org(100_000_000),
      maySuspend: true,
      escalationTarget: true,
      citation: c,
    },
    ...(['press', 'publishing'] as const).flatMap((field): AuthorityCapRow[] => [
      {
        ...base,
        title: 'provincial-chair',
        fields: [field],
        cap: org(top[field]),
        maySuspend: true,
        escalationTarget: true,
        citation: `${c} (Đ40)`,
      },
      {
        ...base,
        title: 'ministry-department-head',
        fields: [field],
        cap: org(top[field]),
        maySuspend: true,
        escalationTarget: true,
        citation: c,
      },
    ]),
  ];
}

function nd189Rows(regime: AuthorityRegimeId): AuthorityCapRow[] {
  const amended = regime === 'nd-189-2025-as-amended-2026';
  const base = { regime, fields: ALL, confirmed: true, note: null };
  const rows: AuthorityCapRow[] = [
    {
      ...base,
      title: 'commune-chair',
      cap: pct(50),
      maySuspend: true,
      escalationTarget: true,
      citation: 'NĐ 189/2025 Đ5 k1 b, c',
    },
    {
      ...base,
      title: 'provincial-chair',
      cap: pct(100),
      maySuspend: true,
      escalationTarget: true,
      citation: 'NĐ 189/2025 Đ5 k2 b, c',
    },
    // Department inspectorates were abolished (Luật Thanh tra 84/2025); their power passed to the director (LXLVPHC Đ53 k2).
    {
      ...base,
      title: 'department-director',
      cap: pct(80),
      maySuspend: true,
      escalationTarget: true,
      citation: 'NĐ 189/2025 Đ6 k2 b, c',
    },
    {
      ...base,
      title: 'ministry-department-head',
      cap: pct(100),
      maySuspend: true,
      escalationTarget: true,
      citation: 'NĐ 189/2025 Đ6 k3 b, c',
    },
    amended
      ? {
          ...base,
          title: 'inspection-team-leader',
          cap: pct(50),
          maySuspend: true,
          escalationTarget: false,
          citation: 'NĐ 189/2025 Đ6 k4 → k1, sửa đổi bởi NĐ 311/2026 Đ1 k4',
        }
      : {
          ...base,
          title: 'inspection-team-leader',
          cap: pct(80),
          maySuspend: true,
          escalationTarget: false,
          citation: 'NĐ 189/2025 Đ6 k4 → k2',
        },
  ];
  if (amended) {
    rows.push(
      {
        ...base,
        title: 'provincial-chief-inspector',
        cap: pct(80),
        maySuspend: true,
        escalationTarget: false,
        citation: 'NĐ 189/2025 Đ6 k2, sửa đổi bởi NĐ 311/2026 Đ1 k2',
      },
      {
        ...base,
        title: 'inspector',
        cap: pct(10),
        maySuspend: false,
        escalationTarget: false,
        confirmed: false,
        note: 'Thanh tra viên of the provincial inspectorate; read in the NĐ 311/2026 text but not in the research file: confirm.',
        citation: 'NĐ 189/2025 Đ7 k1 b, sửa đổi bởi NĐ 311/2026 Đ2 k1',
      },
    );
  }
  return rows;
}

/**
 * The authority table. No rows exist for e-information before 2025-07-01 (the NĐ 15/2020 authority articles were not
 * researched), nor for Chánh Thanh tra Sở after 2025-06-30 (abolished), nor for a Thanh tra viên 2025-07-01..2026-09-25.
 */
export const AUTHORITY_CAPS: readonly AuthorityCapRow[] = [
  ...preRows('nd-119-2020-as-issued', ISSUED_NOTE, { press: 200_000_000, publishing: 200_000_000 }),
  // 2022 maxima: press 500M, publishing 200M for an organisation (research §1.1, CONFIRMED).
  ...preRows('nd-119-2020-as-amended-2022', AMENDED_NOTE, { press: 500_000_000, publishing: 200_000_000 }),
  ...nd189Rows('nd-189-2025'),
  ...nd189Rows('nd-189-2025-as-amended-2026'),
];
