import { INestApplicationContext } from '@nestjs/common';
import { resetConfigCache } from '@app/config/config.module';
import { DocumentKind, DocumentRecord, DocumentStatus } from '@app/documents/document.entity';
import { DocumentsService } from '@app/documents/documents.service';
import { JobOutcome } from '@app/jobs/job.catalogue';
import { Role } from '@app/common/role';
import { renderDecisionPdf, type DecisionDocument } from '@libs/pdf';
import { hasPdftotext, pdfText, sha256 } from '@libs/pdf/pdf-inspect';
import { apiPath, department, Department, startApp, startWorker, TestApp } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';
import { post } from './cases-support';
import { DRAFT, draftDecision, issue, MAGAZINE, magazine, readyCase, verifyRows, waitFor } from './decisions-support';
import { cuttableQueueStore, CuttableQueueStore, QUEUE_BACKENDS, queueEnv } from './queue-backends';

const documentOf = (t: TestApp, kind: DocumentKind, subjectId: string): Promise<DocumentRecord | null> =>
  t.dataSource.getRepository(DocumentRecord).findOne({ where: { kind, subjectId }, order: { revision: 'DESC' } });

const readyDocument = (t: TestApp, kind: DocumentKind, subjectId: string): Promise<DocumentRecord> =>
  waitFor(`the ${kind} document`, async () => {
    const doc = await documentOf(t, kind, subjectId);
    return doc?.status === DocumentStatus.Ready ? doc : null;
  });

const download = async (t: TestApp, path: string, token: string): Promise<Buffer> => {
  const res = await fetch(`${t.url}${apiPath(path)}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return Buffer.from(await res.arrayBuffer());
};

// Boots the API and a worker and walks cases through HTTP: slower than Jest's 5 s default on a busy machine.
jest.setTimeout(60_000);

describe.each(QUEUE_BACKENDS)('decision numbering and the document pipeline (API + real worker, PostgreSQL, jobs on %s)', (backend) => {
  describe('with the queue store up', () => {
    let t: TestApp;
    let worker: INestApplicationContext;
    let a: Department;
    let agencyId: string;

    beforeAll(async () => {
      t = await startApp(queueEnv(backend));
      worker = await startWorker();
      a = await department(t);
      agencyId = await magazine(t, a);
      await verifyRows(t, a);
    });
    afterAll(async () => {
      await worker.close();
      await t.close();
    });

    it('should issue numbers 1 and 2 when two officers issue in one body at once, and 1 again in another body (NĐ 30/2020 Đ15)', async () => {
      const drafts = [];
      for (let i = 0; i < 2; i++) drafts.push(await draftDecision(t, a, (await readyCase(t, a, agencyId)).id));
      const issued = await Promise.all(drafts.map((d) => issue(t, a, d)));
      expect(issued.map((r) => r.status)).toEqual([200, 200]);
      expect(issued.map((r) => r.body.number).sort()).toEqual(['01/QĐ-XPHC', '02/QĐ-XPHC']);

      const committee = await draftDecision(t, a, (await readyCase(t, a, agencyId)).id, {
        ...DRAFT,
        signer: { fullName: 'Phạm Văn Bình', title: 'Chủ tịch', signerTitle: 'provincial-chair' },
        issuingBody: { code: 'provincial_committee' },
      });
      expect(committee.issuingBody).toMatchObject({ code: 'provincial_committee', name: 'Ủy ban nhân dân tỉnh Thử Nghiệm', parentBody: null });
      expect((await issue(t, a, committee)).body.number).toBe('01/QĐ-XPHC');
    });

    it('should use no number on a refused issue: the next decision takes the next one', async () => {
      const d = await draftDecision(t, a, (await readyCase(t, a, agencyId)).id, { ...DRAFT, signer: { fullName: 'Nguyễn Văn An', title: 'Thanh tra viên', signerTitle: 'inspector' } });
      expect((await issue(t, a, d)).body.details.reasons).toEqual([expect.objectContaining({ code: 'above_signer_cap', act: 1 })]);
      const fixed = await call(t, 'PATCH', `/decisions/${d.id}`, { token: a.sessions[Role.LegalOfficer].token, body: { version: d.version, signer: DRAFT.signer } });
      expect((await issue(t, a, fixed.body)).body.number).toBe('03/QĐ-XPHC');
    });

    it('should take an issued decision to its downloadable PDF through the queue and the worker', async () => {
      const d = await draftDecision(t, a, (await readyCase(t, a, agencyId)).id);
      const started = Date.now();
      const issued = (await issue(t, a, d)).body;
      const ready = await readyDocument(t, DocumentKind.SanctionDecision, d.id);
      const rendered = Date.now() - started;
      const bytes = await download(t, `/decisions/${d.id}/pdf`, a.sessions[Role.LegalOfficer].token);
      console.log(`pipeline/${backend}: issued ${issued.number} and its PDF ready ${rendered} ms later (${bytes.length} bytes)`);
      expect(sha256(bytes)).toBe(ready.sha256);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('should leave one document and one stored file when the processor runs twice', async () => {
      const d = (await issue(t, a, await draftDecision(t, a, (await readyCase(t, a, agencyId)).id))).body;
      const documents = worker.get(DocumentsService);
      const outcomes = await Promise.all([documents.render(d.document.id), documents.render(d.document.id)]);
      expect(outcomes).toContain(JobOutcome.Skipped);
      const ready = await readyDocument(t, DocumentKind.SanctionDecision, d.id);
      expect(await documents.render(ready.id)).toBe(JobOutcome.Skipped);
      const [docs] = await t.dataSource.query(`select count(*)::int as n from documents where subject_id = $1`, [d.id]);
      const [blobs] = await t.dataSource.query(`select count(*)::int as n from blobs where key like $1`, [`%${d.id}%`]);
      expect([docs.n, blobs.n]).toEqual([1, 1]);
      // Deterministic: the frozen input renders again to exactly the stored bytes.
      expect(sha256(await renderDecisionPdf(ready.input as unknown as DecisionDocument))).toBe(ready.sha256);
    });

    it('should show a failed document with its error and render it again on request, to the same hash', async () => {
      const d = (await issue(t, a, await draftDecision(t, a, (await readyCase(t, a, agencyId)).id))).body;
      const first = await readyDocument(t, DocumentKind.SanctionDecision, d.id);
      // As the worker leaves it when its retries run out.
      await t.dataSource.query(`update documents set status = 'failed', error = 'render crashed: out of memory' where id = $1`, [first.id]);
      const legal = a.sessions[Role.LegalOfficer].token;
      expect((await call(t, 'GET', `/decisions/${d.id}/document`, { token: legal })).body).toMatchObject({ status: 'failed', error: 'render crashed: out of memory' });
      expect((await call(t, 'GET', `/decisions/${d.id}/pdf`, { token: legal })).status).toBe(409);
      const again = await call(t, 'POST', `/decisions/${d.id}/document/rerender`, { token: legal, body: { note: 'thử lại' } });
      expect(again.body).toMatchObject({ status: 'pending', revision: 1, error: null });
      expect((await readyDocument(t, DocumentKind.SanctionDecision, d.id)).sha256).toBe(first.sha256);
      expect((await call(t, 'POST', `/decisions/${d.id}/document/rerender`, { token: legal, body: {} })).status).toBe(409);
    });

    it('should print the violation record (MBB01) requested when it was signed', async () => {
      const { id } = await readyCase(t, a, agencyId);
      const record = (await call(t, 'GET', `/cases/${id}/violation-record`, { token: a.sessions[Role.Inspector].token })).body;
      const doc = await readyDocument(t, DocumentKind.ViolationRecord, record.id);
      const bytes = await download(t, `/cases/${id}/violation-record/pdf`, a.sessions[Role.Leader].token);
      expect(sha256(bytes)).toBe(doc.sha256);
      if (hasPdftotext) expect(pdfText(bytes)).toEqual(expect.stringContaining(`Số: ${record.number}`));
      if (hasPdftotext) expect(pdfText(bytes)).toEqual(expect.stringContaining(MAGAZINE));
    });

    it('should print a record signed without the subject identity once it is given, never guessing it', async () => {
      const { id } = await readyCase(t, a, agencyId, undefined, {});
      const inspector = a.sessions[Role.Inspector].token;
      const missing = await call(t, 'GET', `/cases/${id}/violation-record/document`, { token: inspector });
      expect(missing.status).toBe(404);
      const incomplete = await call(t, 'POST', `/cases/${id}/violation-record/document`, { token: inspector, body: {} });
      expect(incomplete.status).toBe(422);
      expect(incomplete.body.details.fields[0].field).toBe('subject.representativeGender');
      const requested = await post(t, a, `/cases/${id}/violation-record/document`, { subject: { representativeGender: 'female' } });
      expect(requested.status).toBe('pending');
      const record = (await call(t, 'GET', `/cases/${id}/violation-record`, { token: inspector })).body;
      await readyDocument(t, DocumentKind.ViolationRecord, record.id);
      expect((await call(t, 'POST', `/cases/${id}/violation-record/document`, { token: inspector, body: {} })).status).toBe(409);
    });
  });

  describe('with the queue store unreachable from the API at issue time', () => {
    let t: TestApp;
    let worker: INestApplicationContext | undefined;
    let store: CuttableQueueStore;

    beforeAll(async () => {
      store = await cuttableQueueStore(backend);
      t = await startApp({ ...store.throughProxy, DOCUMENT_SWEEP_AFTER_SECONDS: '1' });
    });
    afterAll(async () => {
      await worker?.close();
      await t.close();
      await store.dispose();
    });

    it('should issue the decision with its document pending, and the sweeper should render it once the store is back', async () => {
      const { proxy } = store;
      const a = await department(t);
      const agencyId = await magazine(t, a);
      await verifyRows(t, a);
      const d = await draftDecision(t, a, (await readyCase(t, a, agencyId)).id);
      await proxy.cut();
      const started = Date.now();
      const res = await issue(t, a, d);
      expect(res.status).toBe(200);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(res.body).toMatchObject({ status: 'issued', number: '01/QĐ-XPHC', document: { status: 'pending' } });

      await proxy.restore();
      Object.assign(process.env, store.direct);
      resetConfigCache();
      worker = await startWorker();
      const ready = await readyDocument(t, DocumentKind.SanctionDecision, d.id);
      const bytes = await download(t, `/decisions/${d.id}/pdf`, a.sessions[Role.LegalOfficer].token);
      expect(sha256(bytes)).toBe(ready.sha256);
    });
  });
});
