import { createHash } from 'node:crypto';
import { BlobConflictError, BlobCorruptError, BlobNotFoundError, BlobStorage } from '@app/storage/blob-storage';
import { PostgresBlobStorage } from '@app/storage/postgres-blob-storage';
import { createOperator } from '@app/cli/create-operator';
import { Role } from '@app/common/role';
import { call, department, Department, startApp, TestApp } from './harness';

const PDF = Buffer.from('%PDF-1.7\nBiên bản vi phạm hành chính\n%%EOF\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('storage and queue dashboard (real PostgreSQL and Redis)', () => {
  let t: TestApp;
  let storage: BlobStorage;
  let a: Department;
  /** The system operator (issue 12: the dashboard is no longer a department admin's). */
  let operator: { token: string; userId: string };

  beforeAll(async () => {
    t = await startApp();
    storage = t.app.get(BlobStorage);
    a = await department(t);
    let printed = '';
    await createOperator(t.dataSource, ['--username', 'van.hanh', '--name', 'Đặng Văn Vận'], (line) => (printed += line));
    const password = /system_operator\s+van\.hanh\s+(\S+)/.exec(printed)?.[1];
    const session = await call(t, 'POST', '/auth/login', { body: { username: 'van.hanh', password } });
    operator = { token: session.body.accessToken, userId: session.body.user.id };
  });
  afterAll(() => t.close());

  const rowCount = (key: string) =>
    t.dataSource.query(`select count(*)::int as n from blobs where key = $1`, [key]).then((r: { n: number }[]) => r[0].n);

  describe('BlobStorage, PostgreSQL driver (the default)', () => {
    it('should be the PostgreSQL driver when STORAGE_DRIVER is not set', () => {
      expect(storage).toBeInstanceOf(PostgresBlobStorage);
    });

    it('should give back the same bytes with their SHA-256, size and type', async () => {
      const stored = await storage.put('evidence/round-trip.pdf', PDF, 'application/pdf');
      expect(stored).toEqual({ key: 'evidence/round-trip.pdf', sha256: sha(PDF), size: PDF.length, contentType: 'application/pdf' });
      const read = await storage.get('evidence/round-trip.pdf');
      expect(read.bytes.equals(PDF)).toBe(true);
      expect(read).toMatchObject(stored);
      expect(await storage.stat('evidence/round-trip.pdf')).toEqual(stored);
      expect(await storage.exists('evidence/round-trip.pdf')).toBe(true);
    });

    it('should treat a second put of the same key and bytes as a no-op, even when concurrent', async () => {
      const first = await storage.put('evidence/twice.pdf', PDF, 'application/pdf');
      const again = await Promise.all([1, 2, 3].map(() => storage.put('evidence/twice.pdf', Buffer.from(PDF), 'application/pdf')));
      expect(again).toEqual([first, first, first]);
      expect(await rowCount('evidence/twice.pdf')).toBe(1);
    });

    it('should refuse to replace a blob with other bytes, keeping the first', async () => {
      await storage.put('evidence/conflict.pdf', PDF, 'application/pdf');
      await expect(storage.put('evidence/conflict.pdf', Buffer.from('khác'), 'application/pdf')).rejects.toBeInstanceOf(BlobConflictError);
      await expect(storage.put('evidence/conflict.pdf', PDF, 'image/png')).rejects.toBeInstanceOf(BlobConflictError);
      expect((await storage.get('evidence/conflict.pdf')).bytes.equals(PDF)).toBe(true);
    });

    it('should answer not found for a key never stored', async () => {
      await expect(storage.get('evidence/none.pdf')).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await storage.exists('evidence/none.pdf')).toBe(false);
      expect(await storage.stat('evidence/none.pdf')).toBeNull();
    });

    it('should refuse UPDATE, DELETE and TRUNCATE from SQL: stored files are legal records', async () => {
      await storage.put('evidence/immutable.pdf', PDF, 'application/pdf');
      await expect(t.dataSource.query(`update blobs set content_type = 'text/plain' where key = 'evidence/immutable.pdf'`)).rejects.toThrow(
        /immutable: UPDATE/,
      );
      await expect(t.dataSource.query(`delete from blobs where key = 'evidence/immutable.pdf'`)).rejects.toThrow(/immutable: DELETE/);
      await expect(t.dataSource.query(`truncate blobs`)).rejects.toThrow(/immutable: TRUNCATE/);
      expect(await rowCount('evidence/immutable.pdf')).toBe(1);
    });

    it('should detect bytes changed behind its back (trigger disabled by a superuser) and refuse to serve them', async () => {
      await storage.put('evidence/tampered.pdf', PDF, 'application/pdf');
      await t.dataSource.transaction(async (m) => {
        await m.query(`alter table blobs disable trigger blobs_no_update`);
        await m.query(`update blobs set bytes = set_byte(bytes, 10, get_byte(bytes, 10) # 1) where key = 'evidence/tampered.pdf'`);
        await m.query(`alter table blobs enable trigger blobs_no_update`);
      });
      await expect(storage.get('evidence/tampered.pdf')).rejects.toBeInstanceOf(BlobCorruptError);
      await expect(storage.get('evidence/tampered.pdf')).rejects.toMatchObject({ code: 'STORAGE_CORRUPT' });
    });

    it('should refuse a row whose size does not match its bytes', async () => {
      await expect(
        t.dataSource.query(`insert into blobs (key, sha256, size, content_type, bytes) values ('x', $1, 1, 'text/plain', '\\x0102')`, [
          sha(PDF),
        ]),
      ).rejects.toThrow(/ck_blobs_size/);
    });
  });

  describe('queue dashboard (Bull Board) at /admin/queues', () => {
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.url}${path}`, { headers, redirect: 'manual' });
    const bearer = (role: Role) => ({ authorization: `Bearer ${a.sessions[role].token}` });
    const asOperator = () => ({ authorization: `Bearer ${operator.token}` });

    it('should answer 401 with the error shape without a token', async () => {
      const res = await get('/admin/queues');
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.any(String) });
      expect((await get('/admin/queues/api/queues')).status).toBe(401);
    });

    it('should answer 401 for a forged token', async () => {
      const [h, p] = a.sessions[Role.DepartmentAdmin].token.split('.');
      expect((await get('/admin/queues', { authorization: `Bearer ${h}.${p}.forged` })).status).toBe(401);
    });

    it('should answer 403 to every department role, the department admin included, and to the ministry viewer', async () => {
      for (const role of [Role.Inspector, Role.LegalOfficer, Role.Leader, Role.DepartmentAdmin, Role.MinistryViewer]) {
        const res = await get('/admin/queues', bearer(role));
        expect([role, res.status]).toEqual([role, 403]);
      }
      expect((await get('/admin/queues/api/queues', bearer(Role.Inspector))).status).toBe(403);
    });

    it('should serve the dashboard page to the system operator', async () => {
      const res = await get('/admin/queues', asOperator());
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toContain('<html');
      // The page's own scripts and styles load from under the dashboard path, with the same guard.
      const base = /<base href="([^"]+)"/.exec(html)?.[1] ?? '';
      const script = /<script defer src="(static\/js\/main[^"]+)"/.exec(html)?.[1] ?? '';
      const asset = new URL(script, `http://host${base}`).pathname;
      expect(asset).toMatch(/^\/admin\/queues\/static\/js\/main\..+\.js$/);
      expect((await get(asset, asOperator())).status).toBe(200);
      expect((await get(asset)).status).toBe(401);
    });

    it('should list every queue of the job catalogue to the operator', async () => {
      const res = await get('/admin/queues/api/queues', asOperator());
      expect(res.status).toBe(200);
      const body = (await res.json()) as { queues: { name: string }[] };
      expect(body.queues.map((q) => q.name)).toContain('maintenance');
    });

    it('should serve the sign-in page without a token, and never as a cached copy', async () => {
      const res = await get('/admin/queues/login');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

    it('should trade the operator’s bearer token for an HttpOnly cookie that then opens the page', async () => {
      const res = await fetch(`${t.url}/admin/queues/session`, { method: 'POST', headers: asOperator() });
      expect(res.status).toBe(204);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^pi_admin_token=[\w-]+\.[\w-]+\.[\w-]+; Path=\/admin\/queues; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
      const page = await get('/admin/queues', { cookie: cookie.split(';')[0] });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
    });

    it('should give no cookie to an inspector', async () => {
      const res = await fetch(`${t.url}/admin/queues/session`, { method: 'POST', headers: bearer(Role.Inspector) });
      expect(res.status).toBe(403);
      expect(res.headers.get('set-cookie')).toBeNull();
    });

    it('should clear a cookie whose token is no longer valid', async () => {
      const res = await get('/admin/queues', { cookie: 'pi_admin_token=aaa.bbb.ccc' });
      expect(res.status).toBe(401);
      expect(res.headers.get('set-cookie')).toContain('Max-Age=0');
    });

    it('should not accept a token in the query string (it would land in request logs)', async () => {
      expect((await get(`/admin/queues?token=${operator.token}`)).status).toBe(401);
    });

    it('should audit the operator changing a queue (pause and resume)', async () => {
      const headers = { ...asOperator(), 'content-type': 'application/json' };
      for (const action of ['pause', 'resume']) {
        const res = await fetch(`${t.url}/admin/queues/api/queues/maintenance/${action}`, { method: 'PUT', headers, body: '{}' });
        expect([action, res.status]).toEqual([action, 200]);
      }
      const rows: { action: string; actor_id: string; path: string }[] = await t.dataSource.query(
        `select action, actor_id, after->>'path' as path from audit_events where entity_type = 'job_queue' order by occurred_at`,
      );
      expect(rows).toEqual([
        {
          action: 'queue-dashboard:put',
          actor_id: operator.userId,
          path: '/admin/queues/api/queues/maintenance/pause',
        },
        {
          action: 'queue-dashboard:put',
          actor_id: operator.userId,
          path: '/admin/queues/api/queues/maintenance/resume',
        },
      ]);
    });

    it('should stay out of the OpenAPI document', async () => {
      const res = await call(t, 'GET', '/docs-json');
      expect(Object.keys(res.body.paths).filter((p) => p.startsWith('/admin'))).toEqual([]);
    });
  });
});
