import { randomBytes } from 'node:crypto';
import { Role } from '@app/common/role';
import { call, department, startApp, TestApp } from './harness';

/**
 * Issue 7 point 4: no secrets or passwords in the logs. The app logs JSON lines to stdout at LOG_LEVEL=info; this
 * suite captures them while it logs in (right and wrong passwords), resets a password, calls the API with bearer
 * tokens and makes the database fail in the middle of creating a user, then looks for every secret it handled.
 */
describe('no secrets or passwords in the logs (issue 7.4)', () => {
  const jwtSecret = `nhat-ky-bi-mat-${randomBytes(16).toString('hex')}`;
  const secrets: string[] = [jwtSecret];
  const lines: string[] = [];
  const realWrite = process.stdout.write.bind(process.stdout);
  let t: TestApp;

  beforeAll(async () => {
    process.stdout.write = ((chunk: string | Uint8Array) => {
      lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof process.stdout.write;
    t = await startApp({ LOG_LEVEL: 'info', JWT_SECRET: jwtSecret });
  });
  afterAll(async () => {
    await t.close();
    process.stdout.write = realWrite;
  });

  it('should log requests, failed logins and a database failure without any password, hash, token or the JWT secret', async () => {
    const a = await department(t);
    const admin = a.sessions[Role.DepartmentAdmin].token;
    secrets.push(...Object.values(a.sessions).map((s) => s.token));

    const created = await call(t, 'POST', '/users', {
      token: admin,
      body: { username: 'nhat.ky', fullName: 'Cán bộ Nhật ký', role: 'inspector' },
    });
    const wrong = `Sai-Mật-Khẩu-${randomBytes(6).toString('hex')}`;
    secrets.push(created.body.initialPassword, wrong);
    expect((await call(t, 'POST', '/auth/login', { body: { username: 'nhat.ky', password: wrong } })).status).toBe(401);
    const session = await call(t, 'POST', '/auth/login', { body: { username: 'nhat.ky', password: created.body.initialPassword } });
    secrets.push(session.body.accessToken);
    const reset = await call(t, 'POST', `/users/${created.body.user.id}/reset-password`, { token: admin });
    secrets.push(reset.body.initialPassword);
    for (const path of ['/auth/me', '/cases', '/registry/press-agencies?q=b%C3%A1o', '/users']) await call(t, 'GET', path, { token: session.body.accessToken });
    await call(t, 'GET', '/auth/me', { token: `${session.body.accessToken.slice(0, -3)}xyz` });

    // A failure inside the database while the new user's password hash is a query parameter.
    await t.dataSource.query(`alter table users add constraint test_log_failure check (full_name <> 'Gây lỗi cơ sở dữ liệu')`);
    const failed = await call(t, 'POST', '/users', {
      token: admin,
      body: { username: 'loi.csdl', fullName: 'Gây lỗi cơ sở dữ liệu', role: 'inspector' },
    });
    expect(failed.status).toBe(500);
    expect(JSON.stringify(failed.body)).not.toMatch(/argon2|INSERT|users/);

    await new Promise((r) => setTimeout(r, 200));
    const text = lines.join('');
    const json = lines
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('{'));
    process.stdout.write = realWrite;
    process.stdout.write(`\nlogs: ${json.length} JSON lines captured at LOG_LEVEL=info, searched for ${secrets.length} secrets and argon2 hashes\n`);
    // The logs are there (so their silence about secrets means something): requests, the failed login, the 500.
    expect(json.some((l) => l.includes('"url":"/api/auth/me"'))).toBe(true);
    expect(json.some((l) => l.includes('failed login') && l.includes('nhat.ky'))).toBe(true);
    expect(json.some((l) => l.includes('unhandled error'))).toBe(true);
    const leaks = secrets.filter((s) => text.includes(s)).map((s) => `${s.slice(0, 12)}… (${s.length} chars)`);
    // A token's signature alone would do: check the third part separately.
    const signatures = secrets
      .filter((s) => s.split('.').length === 3)
      .map((s) => s.split('.')[2])
      .filter((sig) => text.includes(sig));
    expect({ leaks, signatures, argon2: /\$argon2id?\$/.test(text), bearer: /Bearer [A-Za-z0-9_-]{20,}/.test(text) }).toEqual({
      leaks: [],
      signatures: [],
      argon2: false,
      bearer: false,
    });
  });
});
