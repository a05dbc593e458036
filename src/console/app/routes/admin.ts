// Administration (department details, holiday calendar, operations) and the registry's licence expiry list.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { PAGE_SIZES } from '../../i18n/vi';
import { appRoute } from './shell';

export interface LicenceExpirySearch {
  within?: number;
  page?: number;
  pageSize?: number;
}

const pagingSearch = (s: Record<string, unknown>): { page?: number; pageSize?: number } => ({
  page: typeof s.page === 'number' && Number.isInteger(s.page) && s.page >= 1 && s.page <= 100_000 ? s.page : undefined,
  pageSize: PAGE_SIZES.find((n) => n === s.pageSize),
});

const departmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/department',
  component: lazyRouteComponent(() => import('../../pages/department-page'), 'DepartmentPage'),
});

const calendarRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/calendar',
  validateSearch: (s: Record<string, unknown>): { year?: number } => ({ year: typeof s.year === 'number' && s.year >= 2000 && s.year <= 2100 ? s.year : undefined }),
  component: lazyRouteComponent(() => import('../../pages/calendar-page'), 'CalendarPage'),
});

/** The system operator's page: the queue dashboard and the health of the services. */
const operationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/operations',
  component: lazyRouteComponent(() => import('../../pages/operations-page'), 'OperationsPage'),
});

const licenceExpiryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/registry/licences/expiring',
  validateSearch: (s: Record<string, unknown>): LicenceExpirySearch => ({
    within: typeof s.within === 'number' && Number.isInteger(s.within) && s.within >= 1 && s.within <= 365 ? s.within : undefined,
    ...pagingSearch(s),
  }),
  component: lazyRouteComponent(() => import('../../pages/licence-expiry-page'), 'LicenceExpiryPage'),
});

export const adminRoutes = [departmentRoute, calendarRoute, operationsRoute, licenceExpiryRoute] as const;
