/**
 * How a browser proves it is the system operator to the queue dashboard. Bull Board is a page, not an
 * API client, so besides `Authorization: Bearer` it accepts the token from an HttpOnly cookie. The
 * cookie is set by `POST /admin/queues/session` (bearer token in the header), which the sign-in page
 * calls with the token it reads from its own address fragment: `/admin/queues/login#token=<jwt>`.
 * A fragment never leaves the browser, so unlike `?token=` the token reaches no request log, proxy
 * log or Referer header.
 */
export const DASHBOARD_PATH = '/admin/queues';
export const DASHBOARD_COOKIE = 'pi_admin_token';
export const LOGIN_PATH = `${DASHBOARD_PATH}/login`;
export const SESSION_PATH = `${DASHBOARD_PATH}/session`;

export type TokenSource = 'header' | 'cookie';

export interface PresentedToken {
  token: string;
  source: TokenSource;
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function cookieValue(header: string | string[] | undefined, name: string): string | undefined {
  const raw = Array.isArray(header) ? header.join(';') : (header ?? '');
  for (const part of raw.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The header wins over the cookie: the most explicit proof first. */
export function presentedToken(headers: Record<string, string | string[] | undefined>): PresentedToken | null {
  const authorization = headers.authorization;
  const bearer = typeof authorization === 'string' ? /^Bearer (\S+)$/.exec(authorization)?.[1] : undefined;
  if (bearer) return { token: bearer, source: 'header' };
  const cookie = cookieValue(headers.cookie, DASHBOARD_COOKIE);
  if (cookie && JWT_SHAPE.test(cookie)) return { token: cookie, source: 'cookie' };
  return null;
}

/**
 * The session cookie: HttpOnly (page scripts cannot read it), SameSite=Strict (another site cannot
 * make the browser retry or delete jobs with it), limited to the dashboard's path, and gone when the
 * token expires. Secure whenever the request came over HTTPS.
 */
export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  const attributes = [
    `${DASHBOARD_COOKIE}=${token}`,
    `Path=${DASHBOARD_PATH}`,
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}`,
  ];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}

export const clearedCookie = (secure: boolean): string => sessionCookie('', 0, secure);

/** The one unguarded page: it holds no data, only the script that trades the fragment for the cookie. */
export const LOGIN_PAGE = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>press-inspect · Hàng đợi công việc</title></head>
<body><p id="m">Đang đăng nhập… (signing in)</p>
<script>
(function () {
  var m = document.getElementById('m');
  var token = new URLSearchParams(location.hash.slice(1)).get('token');
  history.replaceState(null, '', location.pathname);
  if (!token) { m.textContent = 'Open ${LOGIN_PATH}#token=<access token of the system operator>'; return; }
  fetch('${SESSION_PATH}', { method: 'POST', headers: { authorization: 'Bearer ' + token }, credentials: 'same-origin' })
    .then(function (r) {
      if (r.ok) return location.replace('${DASHBOARD_PATH}');
      return r.json().then(function (b) { m.textContent = b.message; });
    })
    .catch(function () { m.textContent = 'Sign-in failed'; });
})();
</script></body></html>
`;
