import { createHash } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { resetConfigCache } from '@app/config/config.module';
import { DocumentKind, DocumentRecord, DocumentStatus } from '@app/documents/document.entity';
import { DocumentsService } from '@app/documents/documents.service';
import { JobOutcome } from '@app/jobs/job.catalogue';
import { BlobStorage } from '@app/storage/blob-storage';
import { sampleViolationRecord } from '@libs/pdf/samples';
import { department, startApp, startWorker, TestApp, waitFor } from './harness';
import { REDIS_URL } from '../setup/test-env';
import { TcpProxy } from './tcp-proxy';

async function requestRecord(t: TestApp, departmentId: string, subjectId: string) {
  const documents = t.app.get(DocumentsService);
  return t.dataSource.transaction((m) =>
    documents.request(m, { departmentId, kind: DocumentKind.ViolationRecord, subjectId, revision: 1, input: sampleViolationRecord() }),
  );
}

describe('document pipeline (API + real worker, PostgreSQL, Redis)', () => {
  describe('with Redis up', () => {
    let t: TestApp;
    let worker: INestApplicationContext;
    let departmentId: string;

    beforeAll(async () => {
      t = await startApp();
      worker = await startWorker();
      departmentId = (await department(t)).id;
    });
    afterAll(async () => {
      await worker.close();
      await t.close();
    });

    it('should render a requested document in the worker and store it with its SHA-256', async () => {
      const doc = await requestRecord(t, departmentId, '00000000-0000-4000-8000-000000000001');
      expect(await t.app.get(DocumentsService).dispatch(doc)).toBe(true);
      const ready = await waitFor('the document', async () => {
        const row = await t.dataSource.getRepository(DocumentRecord).findOneBy({ id: doc.id });
        return row?.status === DocumentStatus.Ready ? row : null;
      });
      const bytes = await t.app.get(DocumentsService).bytes(ready);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(ready.sha256);
      expect(ready.size).toBe(bytes.length);
    });

    it('should leave one document when the processor runs twice and the request is repeated', async () => {
      const subjectId = '00000000-0000-4000-8000-000000000002';
      const doc = await requestRecord(t, departmentId, subjectId);
      const again = await requestRecord(t, departmentId, subjectId);
      expect(again.id).toBe(doc.id);
      const documents = worker.get(DocumentsService);
      const outcomes = await Promise.all([documents.render(doc.id), documents.render(doc.id)]);
      expect(outcomes.sort()).toEqual([JobOutcome.Done, JobOutcome.Skipped].sort());
      expect(await documents.render(doc.id)).toBe(JobOutcome.Skipped);
      const rows = await t.dataSource.query(`select count(*)::int as n from documents where subject_id = $1`, [subjectId]);
      expect(rows[0].n).toBe(1);
      const blobs = await t.dataSource.query(`select count(*)::int as n from blobs where key like $1`, [`%${subjectId}%`]);
      expect(blobs[0].n).toBe(1);
    });

    it('should render the same input to the same bytes', async () => {
      const a = await requestRecord(t, departmentId, '00000000-0000-4000-8000-000000000003');
      const b = await requestRecord(t, departmentId, '00000000-0000-4000-8000-000000000004');
      const documents = worker.get(DocumentsService);
      await documents.render(a.id);
      await documents.render(b.id);
      const [ra, rb] = await Promise.all([a, b].map((d) => t.dataSource.getRepository(DocumentRecord).findOneByOrFail({ id: d.id })));
      expect(ra.sha256).toBe(rb.sha256);
      expect(t.app.get(BlobStorage)).toBeDefined();
    });
  });

  describe('with Redis unreachable from the API at issue time', () => {
    let t: TestApp;
    let worker: INestApplicationContext;
    const proxy = new TcpProxy(Number(new URL(REDIS_URL).port || 6379), new URL(REDIS_URL).hostname);

    beforeAll(async () => {
      await proxy.start();
      t = await startApp({ REDIS_URL: `redis://127.0.0.1:${proxy.port}`, DOCUMENT_SWEEP_AFTER_SECONDS: '1' });
    });
    afterAll(async () => {
      await worker?.close();
      await t.close();
      await proxy.cut();
    });

    it('should keep the document pending and let the sweeper render it once Redis answers', async () => {
      const departmentId = (await department(t)).id;
      await proxy.cut();
      const doc = await requestRecord(t, departmentId, '00000000-0000-4000-8000-000000000005');
      const started = Date.now();
      expect(await t.app.get(DocumentsService).dispatch(doc)).toBe(false);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect((await t.dataSource.getRepository(DocumentRecord).findOneByOrFail({ id: doc.id })).status).toBe(DocumentStatus.Pending);

      // Redis is back (the worker reaches it directly); its sweeper finds the pending row.
      await proxy.restore();
      process.env.REDIS_URL = REDIS_URL;
      resetConfigCache();
      worker = await startWorker();
      const ready = await waitFor('the swept document', async () => {
        const row = await t.dataSource.getRepository(DocumentRecord).findOneBy({ id: doc.id });
        return row?.status === DocumentStatus.Ready ? row : null;
      });
      expect(ready.sha256).toMatch(/^[0-9a-f]{64}$/);
    });
  });
});
