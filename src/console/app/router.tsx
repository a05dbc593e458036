// The route tree, declared in code (no generator). Every list keeps its page, size, sort and filters in the URL.
import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { auth, can } from './auth';
import { adminRoutes } from './routes/admin';
import { decisionRoutes } from './routes/decisions';
import { legalRoutes } from './routes/legal';
import { appRoute, loginRoute, rootRoute, verifyRoute } from './routes/shell';
import { casesSearch, caseTabSearch, newCaseSearch, registrySearch, reportsSearch, REGISTRY_KINDS, type RegistryKind } from './search';

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    const role = auth.session?.user.role;
    if (role && can.administer(role)) throw redirect({ to: '/admin/users' });
    if (role && can.operate(role)) throw redirect({ to: '/admin/operations' });
    if (role === 'leader' || role === 'ministry_viewer') throw redirect({ to: '/reports', search: {} });
    if (role && !can.readCases(role)) throw redirect({ to: '/registry', search: {} });
    throw redirect({ to: '/my-work' });
  },
});

const casesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases',
  validateSearch: casesSearch,
  component: lazyRouteComponent(() => import('../pages/cases-page'), 'CasesPage'),
});

const newCaseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/new',
  validateSearch: newCaseSearch,
  component: lazyRouteComponent(() => import('../pages/new-case-page'), 'NewCasePage'),
});

const caseRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cases/$caseId',
  validateSearch: caseTabSearch,
  component: lazyRouteComponent(() => import('../pages/case-page'), 'CasePage'),
});

const registryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/registry',
  validateSearch: registrySearch,
  component: lazyRouteComponent(() => import('../pages/registry-page'), 'RegistryPage'),
});

const parseKind = ({ kind }: Record<string, string>): { kind: RegistryKind } => {
  if (!(REGISTRY_KINDS as readonly string[]).includes(kind)) throw redirect({ to: '/registry', search: {} });
  return { kind: kind as RegistryKind };
};

const registryNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/registry/$kind/new',
  params: { parse: parseKind, stringify: ({ kind }: { kind: RegistryKind }) => ({ kind }) },
  component: lazyRouteComponent(() => import('../pages/registry-form-page'), 'RegistryNewPage'),
});

const registryEntityRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/registry/$kind/$id',
  params: { parse: (p: Record<string, string>) => ({ ...parseKind(p), id: p.id ?? '' }), stringify: ({ kind, id }: { kind: RegistryKind; id: string }) => ({ kind, id }) },
  component: lazyRouteComponent(() => import('../pages/registry-entity-page'), 'RegistryEntityPage'),
});

const passwordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account/password',
  component: lazyRouteComponent(() => import('../pages/password-page'), 'PasswordPage'),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  component: lazyRouteComponent(() => import('../pages/users-page'), 'UsersPage'),
});

const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports',
  validateSearch: reportsSearch,
  component: lazyRouteComponent(() => import('../pages/reports-page'), 'ReportsPage'),
});

const myWorkRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-work',
  component: lazyRouteComponent(() => import('../pages/my-work-page'), 'MyWorkPage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  verifyRoute,
  appRoute.addChildren([homeRoute, myWorkRoute, passwordRoute, usersRoute, reportsRoute, casesRoute, newCaseRoute, caseRoute, registryRoute, registryNewRoute, registryEntityRoute, ...decisionRoutes, ...legalRoutes, ...adminRoutes]),
]);

export const router = createRouter({ routeTree, context: { queryClient: undefined as unknown as QueryClient }, defaultPreload: 'intent', defaultPreloadStaleTime: 0, scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
