import { cookieValue, LOGIN_PAGE, presentedToken, sessionCookie } from '@app/queue-dashboard/queue-dashboard.auth';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';

describe('queue dashboard credentials', () => {
  it('should prefer the bearer header over the cookie', () => {
    expect(presentedToken({ authorization: `Bearer ${JWT}`, cookie: 'pi_admin_token=a.b.c' })).toEqual({ token: JWT, source: 'header' });
    expect(presentedToken({ cookie: `other=1; pi_admin_token=${JWT}` })).toEqual({ token: JWT, source: 'cookie' });
    expect(presentedToken({})).toBeNull();
  });

  it('should ignore a cookie that is not shaped like a token', () => {
    expect(presentedToken({ cookie: 'pi_admin_token=' })).toBeNull();
    expect(presentedToken({ cookie: 'pi_admin_token=x; y=1.2.3' })).toBeNull();
    expect(cookieValue('a=1; b = 2 ', 'b')).toBe('2');
  });

  it('should set an HttpOnly, SameSite=Strict cookie limited to the dashboard and to the token lifetime', () => {
    expect(sessionCookie(JWT, 3600.7, false)).toBe(`pi_admin_token=${JWT}; Path=/admin/queues; HttpOnly; SameSite=Strict; Max-Age=3600`);
    expect(sessionCookie(JWT, 10, true)).toMatch(/; Secure$/);
    expect(sessionCookie('', -5, false)).toContain('Max-Age=0');
  });

  it('should read the token from the address fragment (never sent to the server) and wipe it from the address bar', () => {
    expect(LOGIN_PAGE).toContain('location.hash');
    expect(LOGIN_PAGE).toContain('history.replaceState');
    expect(LOGIN_PAGE).toContain("fetch('/admin/queues/session'");
  });
});
