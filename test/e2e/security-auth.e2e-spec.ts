import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Role } from '@app/common/role';
import { apiPath, call, department, Department, startApp, TestApp } from './harness';
import { errorShapeProblem } from './openapi-support';

/**
 * Issue 7 point 4: tokens (tampered, `alg: none`, expired, foreign, of a deactivated user), login rate limiting per
 * address and lockout per account, security headers, and CORS restricted to the configured origins.
 */
const ALLOWED_ORIGIN = 'https://so-vhtt.thu-nghiem.gov.vn';
const RATE = 5;

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

describe('authentication and transport security (issue 7.4)', () => {
  let t: TestApp;
  let a: Department;
  let jwt: JwtService;

  beforeAll(async () => {
    // TRUST_PROXY=loopback: the test client plays the reverse proxy on this machine. Failures slow their address
    // down (issue 12) by a short delay here, so the rate limit is what these tests meet.
    t = await startApp({ TRUST_PROXY: 'loopback', LOGIN_RATE_PER_MINUTE: String(RATE), LOGIN_MAX_FAILURES: '3', LOGIN_FAILURE_DELAY_MS: '50', CORS_ORIGINS: ALLOWED_ORIGIN });
    a = await department(t);
    jwt = t.app.get(JwtService);
  });
  afterAll(() => t.close());

  const me = (token: string) => call(t, 'GET', '/auth/me', { token });
  const login = (username: string, password: string, clientAddress: string) => call(t, 'POST', '/auth/login', { body: { username, password }, headers: { 'x-forwarded-for': clientAddress } });

  describe('tokens', () => {
    const claims = () => ({ sub: a.sessions[Role.Inspector].userId, role: 'inspector', dep: a.id });

    it('should accept the token login gave', async () => {
      expect((await me(a.sessions[Role.Inspector].token)).status).toBe(200);
    });

    it.each([
      [
        'a payload changed to claim another role',
        (tok: string) => tok.replace(/^([^.]+)\.([^.]+)\./, (_m, h: string, p: string) => `${h}.${b64({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), role: 'department_admin' })}.`),
      ],
      ['one character of the signature changed', (tok: string) => tok.slice(0, -2) + (tok.at(-2) === 'A' ? 'B' : 'A') + tok.at(-1)],
      ['the signature removed', (tok: string) => tok.split('.').slice(0, 2).join('.') + '.'],
      ['alg: none and no signature', (tok: string) => `${b64({ alg: 'none', typ: 'JWT' })}.${tok.split('.')[1]}.`],
      ['alg: HS512 in the header', (tok: string) => `${b64({ alg: 'HS512', typ: 'JWT' })}.${tok.split('.').slice(1).join('.')}`],
      ['sent without "Bearer"', (tok: string) => `Token ${tok}`],
    ])('should answer 401 UNAUTHENTICATED for a token with %s', async (_what, forge) => {
      const token = forge(a.sessions[Role.Inspector].token);
      const res = token.startsWith('Token ') ? await call(t, 'GET', '/auth/me', { headers: { authorization: token } }) : await me(token);
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
      expect(errorShapeProblem(res.body)).toBeNull();
    });

    it('should answer 401 for an expired token, one from another issuer, one signed with another secret, and one for no user', async () => {
      const expired = await jwt.signAsync(claims(), { expiresIn: -60 });
      const otherIssuer = await jwt.signAsync(claims(), { issuer: 'someone-else' });
      const otherSecret = await new JwtService({ secret: 'x'.repeat(48) }).signAsync(claims(), { issuer: 'press-inspect', expiresIn: 600 });
      const noUser = await jwt.signAsync({ ...claims(), sub: randomUUID() });
      for (const token of [expired, otherIssuer, otherSecret, noUser]) expect((await me(token)).status).toBe(401);
      expect((await me(await jwt.signAsync(claims()))).status).toBe(200);
    });

    it('should stop honouring the token of a user an admin deactivates, at once', async () => {
      const admin = a.sessions[Role.DepartmentAdmin].token;
      const created = await call(t, 'POST', '/users', {
        token: admin,
        body: { username: `tam.nghi.${randomUUID().slice(0, 6)}`, fullName: 'Cán bộ Tạm nghỉ', role: 'inspector' },
      });
      const session = await login(created.body.user.username, created.body.initialPassword, '198.51.100.40');
      expect((await me(session.body.accessToken)).status).toBe(200);
      const current = (await call(t, 'GET', '/users', { token: admin })).body.find((u: { id: string }) => u.id === created.body.user.id);
      const off = await call(t, 'PATCH', `/users/${created.body.user.id}`, {
        token: admin,
        body: { version: current.version, active: false },
      });
      expect(off.body).toMatchObject({ active: false });
      expect((await me(session.body.accessToken)).status).toBe(401);
      expect((await call(t, 'GET', '/cases', { token: session.body.accessToken })).status).toBe(401);
    });
  });

  describe('login rate limiting and lockout', () => {
    it(`should allow ${RATE} login attempts a minute per address, then 429, while other addresses go on`, async () => {
      const statuses: number[] = [];
      for (let i = 0; i <= RATE; i++) statuses.push((await login('khong.ton.tai', 'sai', '203.0.113.10')).status);
      expect(statuses).toEqual([...Array(RATE).fill(401), 429]);
      expect((await login('khong.ton.tai', 'sai', '203.0.113.11')).status).toBe(401);
    });

    it('should not let a client escape the limit by writing its own X-Forwarded-For in front of the proxy’s', async () => {
      const statuses: number[] = [];
      // The proxy appends the address it saw; whatever the client put before it must not count.
      for (let i = 0; i <= RATE; i++) statuses.push((await login('khong.ton.tai', 'sai', `10.${i}.${i}.${i}, 203.0.113.20`)).status);
      expect(statuses.at(-1)).toBe(429);
    });

    // Issue 12: locking the account let anyone lock anyone out and told which usernames exist (security-identity).
    it('should not lock an account after 3 failures from other addresses, and answer failures alike for real and unknown accounts', async () => {
      const created = await call(t, 'POST', '/users', {
        token: a.sessions[Role.DepartmentAdmin].token,
        body: { username: `khoa.${randomUUID().slice(0, 6)}`, fullName: 'Khóa Thử', role: 'inspector' },
      });
      const username: string = created.body.user.username;
      for (let i = 0; i < 3; i++) expect((await login(username, 'sai-mat-khau', `198.51.100.${i + 1}`)).status).toBe(401);
      expect((await login(username, created.body.initialPassword, '198.51.100.9')).status).toBe(200);
      for (let i = 0; i < 4; i++) {
        expect((await login(username, 'sai', `198.51.100.${20 + i}`)).body.code).toBe('INVALID_CREDENTIALS');
        expect((await login('khong.co.ai', 'sai', `198.51.100.${30 + i}`)).body.code).toBe('INVALID_CREDENTIALS');
      }
    });
  });

  describe('headers', () => {
    it.each([
      ['an API answer', '/departments/current', true],
      ['an error answer', '/cases/not-a-uuid', true],
      ['the health check', '/health', false],
    ])('should send the security headers on %s', async (_what, path, auth) => {
      const res = await call(t, 'GET', path, auth ? { token: a.sessions[Role.Leader].token } : {});
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-powered-by')).toBeNull();
    });
  });

  describe('CORS (CORS_ORIGINS)', () => {
    const preflight = (origin: string) =>
      fetch(`${t.url}${apiPath('/cases')}`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
      });

    it('should allow the configured origin, preflight and request', async () => {
      const pre = await preflight(ALLOWED_ORIGIN);
      expect(pre.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
      expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
      const res = await call(t, 'GET', '/departments/current', {
        token: a.sessions[Role.Leader].token,
        headers: { origin: ALLOWED_ORIGIN },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    });

    it.each(['https://evil.example', 'https://so-vhtt.thu-nghiem.gov.vn.evil.example', 'null'])('should not allow %s', async (origin) => {
      expect((await preflight(origin)).headers.get('access-control-allow-origin')).toBeNull();
      const res = await call(t, 'GET', '/departments/current', { token: a.sessions[Role.Leader].token, headers: { origin } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  it('should keep the queue dashboard (outside the OpenAPI document) from everyone but the system operator', async () => {
    expect((await fetch(`${t.url}/admin/queues`)).status).toBe(401);
    expect((await fetch(`${t.url}/admin/queues`, { headers: { authorization: `Bearer ${a.sessions[Role.Inspector].token}` } })).status).toBe(403);
    expect((await fetch(`${t.url}/admin/queues`, { headers: { authorization: `Bearer ${a.sessions[Role.DepartmentAdmin].token}` } })).status).toBe(403);
  });
});
