// The legal catalogue: browse the acts, one act's versions and sources, and the verification queue.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { Schemas } from '../../api/client';
import { PAGE_SIZES } from '../../i18n/vi';
import { appRoute } from './shell';

const SUBJECT_KINDS = ['press-agency', 'magazine', 'general-site', 'website', 'social-network', 'social-network-user', 'journalist', 'other'] as const satisfies readonly Schemas['CatalogueSubjectKind'][];
const FIELDS = ['press', 'publishing', 'e-information'] as const satisfies readonly Schemas['LegalField'][];
const VERIFICATION_STATES = ['verified', 'unverified', 'draft', 'pending'] as const satisfies readonly Schemas['CatalogueVerificationState'][];
/** Sorts of the catalogue list; none means the API's order (relevance when searching, else each code's versions together). */
export const CATALOGUE_SORTS = ['code', '-code', 'fine', '-fine', 'effectiveFrom', '-effectiveFrom'] as const;

const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined => ((values as readonly unknown[]).includes(v) ? (v as T) : undefined);
const whole = (v: unknown, max: number): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= max ? n : undefined;
};
const text = (v: unknown, max: number): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.slice(0, max) : undefined);
const isoDate = (v: unknown): string | undefined => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
const size = (v: unknown): number | undefined => PAGE_SIZES.find((n) => String(n) === String(v));

export interface CatalogueSearch {
  q?: string;
  instrument?: string;
  article?: number;
  subject?: Schemas['CatalogueSubjectKind'];
  field?: Schemas['LegalField'];
  inForceOn?: string;
  verification?: Schemas['CatalogueVerificationState'];
  sort?: (typeof CATALOGUE_SORTS)[number];
  page?: number;
  pageSize?: number;
}

export const catalogueSearch = (s: Record<string, unknown>): CatalogueSearch => ({
  q: text(s.q, 200),
  instrument: text(s.instrument, 40),
  article: whole(s.article, 1000),
  subject: oneOf(SUBJECT_KINDS, s.subject),
  field: oneOf(FIELDS, s.field),
  inForceOn: isoDate(s.inForceOn),
  verification: oneOf(VERIFICATION_STATES, s.verification),
  sort: oneOf(CATALOGUE_SORTS, s.sort),
  page: whole(s.page, 100_000),
  pageSize: size(s.pageSize),
});

export interface ReviewSearch {
  q?: string;
  page?: number;
  pageSize?: number;
}

const catalogueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/legal/catalogue',
  validateSearch: catalogueSearch,
  component: lazyRouteComponent(() => import('../../pages/catalogue-page'), 'CataloguePage'),
});

const catalogueActRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/legal/catalogue/$code',
  // The version shown, by its first day in force; none: the one in force today (or the latest).
  validateSearch: (s: Record<string, unknown>): { from?: string } => ({ from: isoDate(s.from) }),
  component: lazyRouteComponent(() => import('../../pages/catalogue-act-page'), 'CatalogueActPage'),
});

const reviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/legal/review',
  validateSearch: (s: Record<string, unknown>): ReviewSearch => ({ q: text(s.q, 200), page: whole(s.page, 100_000), pageSize: size(s.pageSize) }),
  component: lazyRouteComponent(() => import('../../pages/catalogue-review-page'), 'CatalogueReviewPage'),
});

export const legalRoutes = [catalogueRoute, catalogueActRoute, reviewRoute] as const;
