// Administration (department details, holiday calendar, operations) and the registry's licence expiry list.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from './shell';

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
  validateSearch: (s: Record<string, unknown>): { within?: number } => ({ within: typeof s.within === 'number' && s.within >= 1 && s.within <= 365 ? s.within : undefined }),
  component: lazyRouteComponent(() => import('../../pages/licence-expiry-page'), 'LicenceExpiryPage'),
});

export const adminRoutes = [departmentRoute, calendarRoute, operationsRoute, licenceExpiryRoute] as const;
