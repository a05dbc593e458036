import { DataSource } from 'typeorm';
import { call, department, Department, startApp, TestApp } from './harness';
import { Role } from '@app/common/role';

describe('foundation (HTTP against real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let a: Department;

  beforeAll(async () => {
    t = await startApp({ LOGIN_MAX_FAILURES: '3', LOGIN_FAILURE_DELAY_MS: '50' });
    a = await department(t);
  });
  afterAll(() => t.close());

  const count = (ds: DataSource, table: string) => ds.query(`select count(*)::int as n from ${table}`).then((r: { n: number }[]) => r[0].n);

  it('should answer /health/ready with PostgreSQL and Redis up', async () => {
    const res = await call(t, 'GET', '/health/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('should return the request id in x-request-id, reusing a sane incoming one', async () => {
    const fresh = await call(t, 'GET', '/health');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const reused = await call(t, 'GET', '/health', { headers: { 'x-request-id': 'trace-abc.123' } });
    expect(reused.headers.get('x-request-id')).toBe('trace-abc.123');
  });

  it('should send security headers', async () => {
    const res = await call(t, 'GET', '/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  describe('authentication', () => {
    it('should answer 401 with the error shape when no token is sent', async () => {
      const res = await call(t, 'GET', '/registry/press-agencies');
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.any(String) });
    });

    it('should answer 401 for a tampered token', async () => {
      const token = a.sessions[Role.Inspector].token;
      const [h, p, s] = token.split('.');
      const payload = JSON.parse(Buffer.from(p, 'base64url').toString());
      const forged = `${h}.${Buffer.from(JSON.stringify({ ...payload, role: 'department_admin' })).toString('base64url')}.${s}`;
      const res = await call(t, 'GET', '/users', { token: forged });
      expect(res.status).toBe(401);
    });

    it('should answer 401 for a wrong password without saying whether the user exists', async () => {
      const res = await call(t, 'POST', '/auth/login', { body: { username: 'nobody', password: 'x' } });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
    });

    // Issue 12: failures slow down their source address; no account is locked (test/e2e/security-identity.e2e-spec.ts).
    it('should not lock an account after repeated failed logins: the right password still signs in', async () => {
      const { body } = await call(t, 'POST', '/users', { token: a.sessions[Role.DepartmentAdmin].token, body: { username: 'lock.me', fullName: 'Khóa Thử', role: 'inspector' } });
      for (let i = 0; i < 3; i++) {
        expect((await call(t, 'POST', '/auth/login', { body: { username: 'lock.me', password: 'wrong' } })).status).toBe(401);
      }
      const signedIn = await call(t, 'POST', '/auth/login', { body: { username: 'lock.me', password: body.initialPassword } });
      expect(signedIn.status).toBe(200);
    });

    it('should return the signed-in user on /auth/me', async () => {
      const res = await call(t, 'GET', '/auth/me', { token: a.sessions[Role.Leader].token });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ role: 'leader', departmentId: a.id });
    });
  });

  describe('roles and departments', () => {
    it('should answer 403 when an inspector calls an admin endpoint', async () => {
      const res = await call(t, 'POST', '/users', { token: a.sessions[Role.Inspector].token, body: { username: 'x.y', fullName: 'X', role: 'inspector' } });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('should let an admin create a user, shown once with an initial password, and audit it', async () => {
      const res = await call(t, 'POST', '/users', { token: a.sessions[Role.DepartmentAdmin].token, body: { username: 'new.inspector', fullName: 'Mới', role: 'inspector' } });
      expect(res.status).toBe(201);
      expect(res.body.initialPassword).toMatch(/^\w{4}-\w{4}-\w{4}-\w{4}$/);
      expect(JSON.stringify(res.body)).not.toContain('passwordHash');
      const [audit] = await t.dataSource.query(`select action, actor_id from audit_events where entity_id = $1`, [res.body.user.id]);
      expect(audit).toEqual({ action: 'create', actor_id: a.sessions[Role.DepartmentAdmin].userId });
    });

    it('should show the ministry viewer every department and others only their own', async () => {
      const b = await department(t, 'Sở Văn hóa, Thể thao và Du lịch tỉnh B');
      const mine = await call(t, 'GET', '/departments', { token: b.sessions[Role.Leader].token });
      expect(mine.body.map((d: { id: string }) => d.id)).toEqual([b.id]);
      const all = await call(t, 'GET', '/departments', { token: a.sessions[Role.MinistryViewer].token });
      expect(all.body.map((d: { id: string }) => d.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    });
  });

  describe('validation', () => {
    it('should answer 422 naming an unknown field, and write nothing', async () => {
      const before = await count(t.dataSource, 'press_agencies');
      const res = await call(t, 'POST', '/registry/press-agencies', {
        token: a.sessions[Role.Inspector].token,
        body: { kind: 'print_magazine', name: 'Tạp chí X', governingBody: 'Hội Y', scope: 'local', colour: 'red' },
      });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.fields).toEqual([expect.objectContaining({ field: 'colour' })]);
      expect(await count(t.dataSource, 'press_agencies')).toBe(before);
    });

    it('should answer 422 naming the field for an impossible date (2026-02-30), and write nothing', async () => {
      const before = await count(t.dataSource, 'representative_offices');
      const res = await call(t, 'POST', '/registry/representative-offices', {
        token: a.sessions[Role.Inspector].token,
        body: { agencyName: 'Báo Nhân Dân', address: '1 Lê Lợi', notifiedOn: '2026-02-30' },
      });
      expect(res.status).toBe(422);
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toEqual(['notifiedOn']);
      expect(await count(t.dataSource, 'representative_offices')).toBe(before);
    });

    it('should answer 422 for a malformed id rather than a database error', async () => {
      const res = await call(t, 'GET', '/registry/press-agencies/not-a-uuid', { token: a.sessions[Role.Inspector].token });
      expect(res.status).toBe(422);
      expect(res.body.details.fields[0].field).toBe('id');
    });

    it('should answer 400 with the error shape for malformed JSON', async () => {
      const res = await call(t, 'POST', '/auth/login', { body: '{"username": ' });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    });
  });

  describe('OpenAPI', () => {
    it('should describe every endpoint with request and response schemas at /docs-json', async () => {
      const res = await call(t, 'GET', '/docs-json');
      expect(res.status).toBe(200);
      const paths = Object.entries(res.body.paths as Record<string, Record<string, any>>);
      expect(paths.length).toBeGreaterThan(20);
      const problems: string[] = [];
      for (const [path, ops] of paths) {
        for (const [method, op] of Object.entries(ops)) {
          const ok = Object.entries(op.responses ?? {}).find(([code]) => code.startsWith('2')) as [string, any] | undefined;
          if (!ok || !ok[1].content) problems.push(`${method.toUpperCase()} ${path}: no 2xx response schema`);
          if (['post', 'patch', 'put'].includes(method) && !op.requestBody && !/(reset-password)$/.test(path)) problems.push(`${method.toUpperCase()} ${path}: no request body schema`);
          if (!op.summary) problems.push(`${method.toUpperCase()} ${path}: no summary`);
        }
      }
      expect(problems).toEqual([]);
    });
  });
});
