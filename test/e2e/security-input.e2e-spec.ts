import { getMetadataStorage } from 'class-validator';
import { Role } from '@app/common/role';
import { MAX_ACTS_PER_PREVIEW } from '@app/legal/fine-preview.dto';
import { NormaliseDomains1796640034280 } from '../../migrations/1796640034280-NormaliseDomains';
import { generalSite, openCase, PDF, upload } from './cases-support';
import { apiPath, call, department, Department, startApp, TestApp } from './harness';

jest.setTimeout(120_000);

/**
 * Issue 12 finding 13 (oversized arrays exhaust the CPU) and the low findings on input: arrays and strings are refused
 * from their size before any per-item work, and the fine preview is rate-limited per user; domains are stored and
 * searched in one normalised form; evidence downloads are named by their recognised type.
 */
/** FINE_PREVIEW_RATE_PER_MINUTE for this suite: above the burst, and quick to exhaust in the rate-limit test. */
const PREVIEWS_PER_MINUTE = 30;
const BURST = 20;
const ACTS = 7_000;
/**
 * The old code kept a health probe waiting ~8 s during the burst; now the worst is a few hundred ms on a quiet
 * machine (the test's own client shares the event loop). The bound leaves room for a CI machine busy with other
 * work (2 s was seen there) and still fails the old behaviour by a wide margin; the figures are printed.
 */
const HEALTH_BOUND_MS = 4000;

const act = () => ({ code: '119/2020:Đ8.k4.e', offenderType: 'organisation', ongoingAtDetection: false, endedOn: '2024-03-01', detectedOn: '2024-03-15' });

const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
};

describe('input size (issue 12: finding 13)', () => {
  let t: TestApp;
  let a: Department;
  let b: Department;

  beforeAll(async () => {
    t = await startApp({ FINE_PREVIEW_RATE_PER_MINUTE: String(PREVIEWS_PER_MINUTE) });
    a = await department(t);
    b = await department(t);
  });
  afterAll(() => t.close());

  it(`should answer ${BURST} parallel previews of ${ACTS} acts with 422 quickly while /health stays responsive`, async () => {
    const body = JSON.stringify({ acts: Array.from({ length: ACTS }, act) });
    const inspector = a.sessions[Role.Inspector].token;
    const preview = () =>
      fetch(`${t.url}${apiPath('/fines/preview')}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${inspector}`, 'content-type': 'application/json' },
        body,
      }).then(async (res) => ({ status: res.status, body: (await res.json()) as { details?: { fields?: { field: string; messages: string[] }[] } } }));
    await preview(); // warm-up: the first request pays for the route's metadata

    let bursting = true;
    const healthLatencies: number[] = [];
    const probe = async () => {
      while (bursting) {
        const { value, ms } = await timed(() => fetch(`${t.url}/health`));
        expect(value.status).toBe(200);
        healthLatencies.push(ms);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const probing = probe();
    const burst = await timed(() => Promise.all(Array.from({ length: BURST }, preview)));
    bursting = false;
    await probing;

    const worstHealth = Math.max(...healthLatencies);
    process.stdout.write(
      `\nfine preview burst: ${BURST} × ${ACTS} acts (${(body.length / 1024).toFixed(0)} KiB each) answered in ${burst.ms.toFixed(0)} ms; ` +
        `/health during it: ${healthLatencies.length} probes, worst ${worstHealth.toFixed(0)} ms, ` +
        `median ${healthLatencies.sort((x, y) => x - y)[Math.floor(healthLatencies.length / 2)].toFixed(0)} ms\n`,
    );
    for (const res of burst.value) {
      expect([res.status, res.body.details?.fields]).toEqual([422, [{ field: 'acts', messages: [`acts must contain no more than ${MAX_ACTS_PER_PREVIEW} elements`] }]]);
    }
    expect(healthLatencies.length).toBeGreaterThan(0);
    expect(worstHealth).toBeLessThan(HEALTH_BOUND_MS);
  });

  it('should refuse an oversized list or string from its size alone, before looking at any item', async () => {
    const token = a.sessions[Role.LegalOfficer].token;
    // Every item is wrong too: the answer names the size only, so no item was checked.
    const many = await call(t, 'POST', '/fines/preview', { token, body: { acts: [{ ...act(), mitigating: Array.from({ length: 5_000 }, () => ({ code: 7 })) }] } });
    expect([many.status, many.body.details.fields]).toEqual([422, [{ field: 'acts[0].mitigating', messages: ['mitigating must contain no more than 8 elements'] }]]);
    const long = await call(t, 'POST', '/fines/preview', { token, body: { acts: [{ ...act(), code: 'Đ'.repeat(200_000), mitigating: [{ code: 7 }] }] } });
    expect([long.status, long.body.details.fields]).toEqual([422, [{ field: 'acts[0].code', messages: ['code must be shorter than or equal to 100 characters'] }]]);
    // An array under a key no DTO declares is refused from its length too, not walked.
    const unknown = await call(t, 'POST', '/fines/preview', { token, body: { acts: [act()], junk: Array.from({ length: 50_000 }, () => 0) } });
    expect([unknown.status, unknown.body.details.fields]).toEqual([422, [{ field: 'junk', messages: ['junk must contain no more than 1000 elements'] }]]);
  });

  it('should declare a maximum size on every array property of every request DTO', () => {
    const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<{ name: string }, { propertyName: string; name?: string }[]> };
    const unbounded: string[] = [];
    for (const [target, metadatas] of storage.validationMetadatas) {
      const arrays = new Set(metadatas.filter((m) => m.name === 'isArray').map((m) => m.propertyName));
      const bounded = new Set(metadatas.filter((m) => m.name === 'arrayMaxSize').map((m) => m.propertyName));
      for (const p of arrays) if (!bounded.has(p)) unbounded.push(`${target.name}.${p}`);
    }
    expect(unbounded).toEqual([]);
  });

  it(`should limit fine previews to ${PREVIEWS_PER_MINUTE} a minute per user, not per address`, async () => {
    const token = b.sessions[Role.Inspector].token;
    const empty = () => call(t, 'POST', '/fines/preview', { token, body: { acts: [] } });
    const statuses: number[] = [];
    for (let i = 0; i < PREVIEWS_PER_MINUTE; i += 10) statuses.push(...(await Promise.all(Array.from({ length: 10 }, empty))).map((r) => r.status));
    expect(new Set(statuses)).toEqual(new Set([422]));
    const refused = await empty();
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('TOO_MANY_REQUESTS');
    // Another user from the same address is still served (422: the same empty list, not 429).
    const other = await call(t, 'POST', '/fines/preview', { token: b.sessions[Role.LegalOfficer].token, body: { acts: [] } });
    expect(other.status).toBe(422);
  });
});

describe('domains in one normalised form (issue 12: low)', () => {
  let t: TestApp;
  let a: Department;
  const sites = (q: string) => call(t, 'GET', `/registry/e-information-sites?q=${encodeURIComponent(q)}`, { token: a.sessions[Role.Inspector].token });
  const addSite = (name: string, domains: string[]) =>
    call(t, 'POST', '/registry/e-information-sites', { token: a.sessions[Role.Inspector].token, body: { name, domains, ownerName: 'Công ty Sách' } });

  beforeAll(async () => {
    t = await startApp();
    a = await department(t);
  });
  afterAll(() => t.close());

  it('should store the Unicode, punycode and full-width forms of one IDN as one, and find the site by any of them', async () => {
    const unicode = await addSite('Trang Sách Bücher', ['Bücher.VN']);
    expect([unicode.status, unicode.body.domains]).toEqual([201, ['xn--bcher-kva.vn']]);
    const both = await addSite('Trang Sách Bücher (bản sao)', ['xn--bcher-kva.vn', 'ｂüｃｈｅｒ．ｖｎ', 'bü\u200Bcher.vn.']);
    expect([both.status, both.body.domains]).toEqual([201, ['xn--bcher-kva.vn']]);
    for (const q of ['bücher.vn', 'XN--BCHER-KVA.VN', 'ｂüｃｈｅｒ．ｖｎ', 'bü\u200Bcher.vn', 'bucher']) {
      const found = await sites(q);
      expect([q, found.body.items.map((i: { id: string }) => i.id).sort()]).toEqual([q, [unicode.body.id, both.body.id].sort()]);
    }
  });

  it('should refuse what is not a domain, naming the field, and keep a channel path of an unregistered subject', async () => {
    for (const bad of ['https://tintuc.vn:8080', 'tin\u202Etuc.vn', 'localhost', 'tintuc.vn/trang']) {
      const res = await addSite('Trang sai', [bad]);
      expect([bad, res.status, res.body.details?.fields?.[0]?.field]).toEqual([bad, 422, 'domains']);
    }
    const subject = await call(t, 'POST', '/registry/unregistered-subjects', {
      token: a.sessions[Role.Inspector].token,
      body: { kind: 'individual', name: 'Trần Văn Kênh', domains: ['https://www.Facebook.com/Tin.Nong/', 'ｆａｃｅｂｏｏｋ．ｃｏｍ/kenh'] },
    });
    expect([subject.status, subject.body.domains]).toEqual([201, ['www.facebook.com/Tin.Nong', 'facebook.com/kenh']]);
  });

  it('should normalise the domains stored before (migration), so that they are found by their stored form', async () => {
    const [row] = await t.dataSource.query(
      `insert into e_information_sites (department_id, name, domains, owner_name, search_text) values ($1, 'Trang cũ', $2, 'Công ty cũ', 'trang cu') returning id`,
      [a.id, ['Sách-Cũ.VN', 'ｓａｃｈ－ｃｕ．ｖｎ', 'không phải tên miền']],
    );
    expect((await sites('xn--sch-c-xqa07g.vn')).body.total).toBe(0);
    const runner = t.dataSource.createQueryRunner();
    try {
      await new NormaliseDomains1796640034280().up(runner);
    } finally {
      await runner.release();
    }
    const [after] = await t.dataSource.query(`select domains from e_information_sites where id = $1`, [row.id]);
    // What does not normalise is kept, not dropped.
    expect(after.domains).toEqual(['xn--sch-c-xqa07g.vn', 'sach-cu.vn', 'không phải tên miền']);
    for (const q of ['xn--sch-c-xqa07g.vn', 'sách-cũ.vn', 'trang cu']) expect([q, (await sites(q)).body.items.map((i: { id: string }) => i.id)]).toEqual([q, [row.id]]);
  });
});

describe('evidence download names (issue 12: low)', () => {
  let t: TestApp;
  let a: Department;
  let caseId: string;

  const downloadName = async (file: { bytes: Buffer; name: string; type: string }): Promise<string> => {
    const token = a.sessions[Role.Inspector].token;
    const up = await upload(t, token, caseId, file);
    expect(up.status).toBe(201);
    const res = await fetch(`${t.url}${apiPath(`/cases/${caseId}/evidence/${up.body.id}`)}`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    const header = res.headers.get('content-disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(header)?.[1];
    expect(encoded).toBeDefined();
    return decodeURIComponent(encoded!);
  };

  beforeAll(async () => {
    t = await startApp();
    a = await department(t);
    caseId = (await openCase(t, a, await generalSite(t, a))).id;
  });
  afterAll(() => t.close());

  it('should name a download by the type recognised from its bytes, not by the extension sent', async () => {
    const html = Buffer.from('<!doctype html><html><body>Trang đã lưu</body></html>');
    expect(await downloadName({ bytes: html, name: 'hoa-don.hta', type: 'application/hta' })).toBe('hoa-don.html');
    const note = Buffer.from('Ghi chú của thanh tra viên');
    expect(await downloadName({ bytes: note, name: 'chay.bat', type: 'text/plain' })).toBe('chay.txt');
    expect(await downloadName({ bytes: note, name: 'chay.cmd', type: 'text/plain' })).toBe('chay.txt');
  });

  it('should drop bidi overrides and control characters from the name', async () => {
    // Shown as "bien-banexe.pdf" where the override is honoured.
    expect(await downloadName({ bytes: PDF, name: 'bien-ban\u202Efdp.exe', type: 'application/pdf' })).toBe('bien-banfdp.pdf');
  });

  it('should cut a long name at its stem and keep the extension', async () => {
    const name = await downloadName({ bytes: PDF, name: `${'bien-ban-'.repeat(40)}cuoi.pdf`, type: 'application/pdf' });
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name.startsWith('bien-ban-bien-ban-')).toBe(true);
  });
});
