// The two routes every area hangs from: the root (public pages) and the signed-in shell.
import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, lazyRouteComponent, Outlet, redirect } from '@tanstack/react-router';
import { NotFound } from '../../components/not-found';
import { auth } from '../auth';

export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Outlet,
  notFoundComponent: NotFound,
});

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (s: Record<string, unknown>): { redirect?: string } => (typeof s.redirect === 'string' && s.redirect.startsWith('/') ? { redirect: s.redirect } : {}),
  component: lazyRouteComponent(() => import('../../pages/login-page'), 'LoginPage'),
});

/** The public page behind the QR code of every issued decision: no login. */
export const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verify/$code',
  component: lazyRouteComponent(() => import('../../pages/verify-page'), 'VerifyPage'),
});

/** Everything else needs a signed-in user; an expired session comes back here after the login. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_app',
  beforeLoad: ({ location }) => {
    if (!auth.session) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: lazyRouteComponent(() => import('../../components/app-shell'), 'AppShell'),
});

