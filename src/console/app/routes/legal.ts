// The legal catalogue: browse the acts, one act's versions and sources, and the verification queue.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from './shell';

const catalogueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/legal/catalogue',
  validateSearch: (s: Record<string, unknown>): { q?: string; page?: number } => ({
    q: typeof s.q === 'string' && s.q.trim() !== '' ? s.q.slice(0, 200) : undefined,
    page: typeof s.page === 'number' && s.page >= 1 ? s.page : undefined,
  }),
  component: lazyRouteComponent(() => import('../../pages/catalogue-page'), 'CataloguePage'),
});

const catalogueActRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/legal/catalogue/$code',
  component: lazyRouteComponent(() => import('../../pages/catalogue-act-page'), 'CatalogueActPage'),
});

const reviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/legal/review',
  component: lazyRouteComponent(() => import('../../pages/catalogue-review-page'), 'CatalogueReviewPage'),
});

export const legalRoutes = [catalogueRoute, catalogueActRoute, reviewRoute] as const;
