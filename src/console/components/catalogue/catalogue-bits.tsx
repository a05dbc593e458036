// Small pieces shared by the catalogue pages: the verification tag, the fine band, validity, who may curate.
import { Tag, Typography } from 'antd';
import type { Schemas } from '../../api/client';
import type { Role } from '../../app/auth';
import { formatDate, formatMoney, todayInVietnam } from '../../format/format';
import { vi } from '../../i18n/vi';

export type CatalogueRow = Schemas['CatalogueRowDto'];
export type VerificationState = Schemas['CatalogueVerificationState'];

/** The state the API's `verification` filter reads (catalogue.service.ts): a pending change shows first. */
export function verificationState(r: Pick<CatalogueRow, 'pendingApproval' | 'draft' | 'verified'>): VerificationState {
  if (r.pendingApproval) return 'pending';
  if (r.draft) return 'draft';
  return r.verified ? 'verified' : 'unverified';
}

const STATE_COLOR = { verified: 'success', unverified: 'warning', draft: 'error', pending: 'processing' } satisfies Record<VerificationState, string>;

export function VerificationTag({ state }: { state: VerificationState }) {
  return <Tag color={STATE_COLOR[state]}>{vi.legal.labels.verificationState[state]}</Tag>;
}

/** Khung tiền phạt: "20.000.000 ₫ – 30.000.000 ₫", and for whom the decree prints it. */
export function FineBand({ fine, mainSanction }: { fine: CatalogueRow['fine']; mainSanction: CatalogueRow['mainSanction'] }) {
  // No range: a warning-only act, or a range nobody has read yet in the text.
  if (fine === null) return <Typography.Text type="secondary">{mainSanction === 'warning' ? vi.legal.noFine : vi.legal.unknownFine}</Typography.Text>;
  return (
    <span>
      <span style={{ whiteSpace: 'nowrap' }}>{vi.legal.fineBand(formatMoney(fine.minVnd), formatMoney(fine.maxVnd))}</span>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {vi.legal.labels.printedFor[fine.printedFor]}
      </Typography.Text>
    </span>
  );
}

export const validityText = (r: { effectiveFrom: string; effectiveTo: string | null }): string =>
  vi.legal.validity(formatDate(r.effectiveFrom), r.effectiveTo === null ? null : formatDate(r.effectiveTo));

export const inForceOn = (r: { effectiveFrom: string; effectiveTo: string | null }, day: string = todayInVietnam()): boolean =>
  r.effectiveFrom <= day && (r.effectiveTo === null || day <= r.effectiveTo);

/** Lower case without diacritics ("Báo hóa" → "bao hoa"), to filter a list as the API searches. */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase();

/** Codes in reading order: decree, then article, clause and point as numbers and Vietnamese letters. */
export const compareCodes = (a: string, b: string): number => a.localeCompare(b, 'vi', { numeric: true });

/** Who proposes changes to the catalogue (API: CURATORS) and who approves them (legal officers only). */
export const mayCurate = (role: Role | undefined): boolean => role === 'legal_officer' || role === 'department_admin';
export const mayApprove = (role: Role | undefined): boolean => role === 'legal_officer';

/** "số khoản, điểm" from the parts a row lacks. */
export const missingText = (parts: readonly Schemas['CatalogueRowDto']['gaps'][number][]): string => parts.map((p) => vi.legal.labels.gap[p]).join(', ');
