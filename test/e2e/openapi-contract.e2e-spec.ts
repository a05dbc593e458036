import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { apiAs, apiClient, ContractError, ok, refused } from './api-client';
import { Department, department, startApp, TestApp } from './harness';
import { OPENAPI_JSON, openApiContract } from './openapi-validator';

/**
 * Issue 13 point 4, "the contract holds": the typed e2e client checks every request the server accepted and every
 * JSON answer against the committed OpenAPI document. Here the document is broken on purpose (a copy in a temp
 * directory) to show that a schema drifting from what the server does fails the test that sees it.
 */
describe('the OpenAPI contract the e2e tests run against (issue 13 point 4)', () => {
  let t: TestApp;
  let d: Department;
  let dir: string;
  const site = { name: 'Trang tin tổng hợp Hợp Đồng', domains: ['hopdong-example.vn'], ownerName: 'Công ty TNHH Hợp Đồng' };

  /** The committed document with one edit, as a contract read back from a file (as the real one is). */
  const brokenContract = (edit: (doc: any) => void) => {
    const file = join(dir, `openapi-${randomUUID()}.json`);
    copyFileSync(OPENAPI_JSON, file);
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    edit(doc);
    writeFileSync(file, JSON.stringify(doc));
    return openApiContract(JSON.parse(readFileSync(file, 'utf8')));
  };
  const rename = (schema: any, from: string, to: string) => {
    schema.properties[to] = schema.properties[from];
    delete schema.properties[from];
    schema.required = schema.required?.map((r: string) => (r === from ? to : r));
  };

  beforeAll(async () => {
    t = await startApp();
    d = await department(t);
    dir = mkdtempSync(join(tmpdir(), 'openapi-contract-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.close();
  });

  it('should pass a real answer that matches the committed document (success and error shape)', async () => {
    const api = apiAs(t, d);
    const created = await ok(api.POST('/api/registry/e-information-sites', { body: site }), 201);
    expect(created.ownerName).toBe(site.ownerName);
    const missing = await refused(api.GET('/api/registry/e-information-sites/{id}', { params: { path: { id: randomUUID() } } }), 404);
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('should fail when a documented response field is renamed in the schema', async () => {
    const contract = brokenContract((doc) => rename(doc.components.schemas.EInformationSiteDto, 'ownerName', 'ownerFullName'));
    const api = apiClient(t, d.sessions.inspector.token, contract);
    const answer = api.POST('/api/registry/e-information-sites', { body: { ...site, domains: ['hopdong2-example.vn'] } });
    await expect(answer).rejects.toThrow(ContractError);
    await expect(api.GET('/api/registry/e-information-sites', {})).rejects.toThrow(
      /GET \/api\/registry\/e-information-sites answered 200[\s\S]*\/items\/0 must have required property 'ownerFullName'[\s\S]*\/items\/0 must NOT have additional properties "ownerName"/,
    );
  });

  it('should fail when a field the server returns is missing from the schema', async () => {
    const contract = brokenContract((doc) => {
      delete doc.components.schemas.EInformationSiteDto.properties.legalRepresentative;
    });
    const api = apiClient(t, d.sessions.inspector.token, contract);
    await expect(api.GET('/api/registry/e-information-sites', {})).rejects.toThrow(
      /must NOT have additional properties "legalRepresentative"/,
    );
  });

  it('should fail when the server accepts a request body the schema refuses', async () => {
    const contract = brokenContract((doc) => rename(doc.components.schemas.EInformationSiteCreateDto, 'ownerName', 'ownerFullName'));
    const api = apiClient(t, d.sessions.inspector.token, contract);
    await expect(api.POST('/api/registry/e-information-sites', { body: { ...site, domains: ['hopdong3-example.vn'] } })).rejects.toThrow(
      /POST \/api\/registry\/e-information-sites answered 201[\s\S]*request \(body\) must have required property 'ownerFullName'/,
    );
  });

  it('should fail when an error answer drifts from the documented error shape', async () => {
    const contract = brokenContract((doc) => rename(doc.components.schemas.ApiErrorDto, 'code', 'errorCode'));
    const api = apiClient(t, d.sessions.inspector.token, contract);
    await expect(api.GET('/api/registry/e-information-sites/{id}', { params: { path: { id: randomUUID() } } })).rejects.toThrow(
      /answered 404[\s\S]*must have required property 'errorCode'/,
    );
  });

  it('should fail when the server answers a status the operation does not document', async () => {
    const contract = brokenContract((doc) => {
      const op = doc.paths['/api/registry/e-information-sites'].post;
      op.responses['200'] = op.responses['201'];
      delete op.responses['201'];
    });
    const api = apiClient(t, d.sessions.inspector.token, contract);
    await expect(api.POST('/api/registry/e-information-sites', { body: { ...site, domains: ['hopdong4-example.vn'] } })).rejects.toThrow(
      /status 201 is not documented \(documented: 200, default\)/,
    );
  });

  it('should not have two DTO classes of one name (@nestjs/swagger keys schemas by class name: the last one wins silently)', () => {
    const src = join(__dirname, '..', '..', 'src');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter(
      (f) => f.endsWith('.ts') && !f.startsWith('console') && !f.endsWith('.spec.ts'),
    );
    const declared = new Map<string, string[]>();
    for (const f of files) {
      for (const m of readFileSync(join(src, f), 'utf8').matchAll(/^export class (\w+Dto)\b/gm))
        {declared.set(m[1], [...(declared.get(m[1]) ?? []), f]);}
    }
    expect([...declared].filter(([, where]) => where.length > 1).map(([name, where]) => `${name}: ${where.join(', ')}`)).toEqual([]);
  });
});
