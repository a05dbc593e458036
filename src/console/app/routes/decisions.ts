// The legal officer's area: decisions list and the decision workspace (owned by the decision workspace pages).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from './shell';

const decisionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/decisions',
  validateSearch: (s: Record<string, unknown>): { page?: number; pageSize?: number } => ({
    page: typeof s.page === 'number' && s.page >= 1 ? s.page : undefined,
    pageSize: typeof s.pageSize === 'number' && [10, 20, 50, 100].includes(s.pageSize) ? s.pageSize : undefined,
  }),
  component: lazyRouteComponent(() => import('../../pages/decisions-page'), 'DecisionsPage'),
});

const decisionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/decisions/$decisionId',
  validateSearch: (s: Record<string, unknown>): { tab?: string } => ({ tab: typeof s.tab === 'string' ? s.tab.slice(0, 40) : undefined }),
  component: lazyRouteComponent(() => import('../../pages/decision-page'), 'DecisionPage'),
});

/** The decision's life after issue: delivery, payments and the late charge, instalments, enforcement, complaints. */
const decisionExecutionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/decisions/$decisionId/execution',
  component: lazyRouteComponent(() => import('../../pages/decision-execution-page'), 'DecisionExecutionPage'),
});

export const decisionRoutes = [decisionsRoute, decisionRoute, decisionExecutionRoute] as const;
