// The legal officer's area: decisions list and the decision workspace (owned by the decision workspace pages).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { Schemas } from '../../api/client';
import { PAGE_SIZES } from '../../i18n/vi';
import { appRoute } from './shell';

export const DECISION_TABS = ['acts', 'measures', 'details', 'issue', 'corrections'] as const;
export type DecisionTab = (typeof DECISION_TABS)[number];

export interface DecisionsSearch {
  page?: number;
  pageSize?: number;
  status?: Schemas['DecisionStatus'];
  year?: number;
}

const int = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
  return Number.isInteger(n) ? n : undefined;
};

export const decisionsSearch = (s: Record<string, unknown>): DecisionsSearch => {
  const page = int(s.page);
  const year = int(s.year);
  return {
    page: page !== undefined && page >= 1 && page <= 100_000 ? page : undefined,
    pageSize: PAGE_SIZES.find((n) => String(n) === String(s.pageSize)),
    status: s.status === 'draft' || s.status === 'issued' ? s.status : undefined,
    year: year !== undefined && year >= 2000 && year <= 2100 ? year : undefined,
  };
};

const decisionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/decisions',
  validateSearch: decisionsSearch,
  component: lazyRouteComponent(() => import('../../pages/decisions-page'), 'DecisionsPage'),
});

const decisionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/decisions/$decisionId',
  validateSearch: (s: Record<string, unknown>): { tab?: DecisionTab } => ({ tab: DECISION_TABS.find((t) => t === s.tab) }),
  component: lazyRouteComponent(() => import('../../pages/decision-page'), 'DecisionPage'),
});

/** The decision's life after issue: delivery, payments and the late charge, instalments, enforcement, complaints. */
const decisionExecutionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/decisions/$decisionId/execution',
  component: lazyRouteComponent(() => import('../../pages/decision-execution-page'), 'DecisionExecutionPage'),
});

export const decisionRoutes = [decisionsRoute, decisionRoute, decisionExecutionRoute] as const;
