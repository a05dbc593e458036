import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThan } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AppError, ErrorCode } from '@app/common/errors';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { DocumentKind, DocumentRecord, DocumentStatus } from '@app/documents/document.entity';
import { renderDocument } from '@app/documents/renderers';
import { JobItem, JobName, JobOutcome } from '@app/jobs/job.catalogue';
import { JobQueue } from '@app/jobs/job-queue.service';
import { BlobStorage } from '@app/storage/blob-storage';

export interface DocumentRequest {
  departmentId: string;
  kind: DocumentKind;
  subjectId: string;
  revision: number;
  input: object;
}

const renderJob = (d: Pick<DocumentRecord, 'id' | 'kind' | 'subjectId' | 'revision'>): JobItem => ({
  name: JobName.DocumentRender,
  data: { documentId: d.id, kind: d.kind, subjectId: d.subjectId, revision: d.revision },
});

/** Where a document's bytes live: one key per (kind, subject, revision), written once. */
export const blobKeyOf = (d: Pick<DocumentRecord, 'kind' | 'subjectId' | 'revision'>): string => `documents/${d.kind}/${d.subjectId}/r${d.revision}.pdf`;

/**
 * The document pipeline: a row with the frozen input is written in the caller's transaction, a job is
 * queued after commit, the worker renders and stores the bytes, and a sweeper re-queues what is
 * still pending. Every step can run twice without making a second document.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly storage: BlobStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Inside the caller's transaction; a repeated request for the same revision returns the first row. */
  async request(manager: EntityManager, req: DocumentRequest): Promise<DocumentRecord> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DocumentRecord)
      // jsonb columns defeat TypeORM's deep-partial typing; the shape is the entity's own.
      .values({ ...req, status: DocumentStatus.Pending } as unknown as QueryDeepPartialEntity<DocumentRecord>)
      .orIgnore()
      .execute();
    return manager.findOneByOrFail(DocumentRecord, { kind: req.kind, subjectId: req.subjectId, revision: req.revision });
  }

  /** After commit. Redis being down is not an error here: the row is pending and the sweeper will find it. */
  async dispatch(doc: DocumentRecord): Promise<boolean> {
    return this.jobs.enqueueRecorded(renderJob(doc));
  }

  async latest(kind: DocumentKind, subjectId: string): Promise<DocumentRecord | null> {
    return this.dataSource.getRepository(DocumentRecord).findOne({ where: { kind, subjectId }, order: { revision: 'DESC' } });
  }

  /** The verified bytes of a ready document (409 while it is pending or failed). */
  async bytes(doc: DocumentRecord): Promise<Buffer> {
    if (doc.status !== DocumentStatus.Ready || !doc.blobKey) {
      throw new AppError(ErrorCode.Conflict, `The document is ${doc.status}${doc.error ? `: ${doc.error}` : ''}`, { status: doc.status });
    }
    return (await this.storage.get(doc.blobKey)).bytes;
  }

  /**
   * A failed document, or one pending for longer than the sweeper waits (stuck), goes back to pending and is queued
   * again under the same deterministic id. A document pending for less is on its way: 409.
   */
  async rerender(doc: DocumentRecord): Promise<DocumentRecord> {
    const stuckBefore = new Date(Date.now() - this.config.DOCUMENT_SWEEP_AFTER_SECONDS * 1000);
    const stuck = doc.status === DocumentStatus.Pending && doc.requestedAt < stuckBefore;
    if (doc.status !== DocumentStatus.Failed && !stuck) {
      throw new AppError(ErrorCode.InvalidTransition, `Only a failed document, or one pending for more than ${this.config.DOCUMENT_SWEEP_AFTER_SECONDS} s, can be rendered again (it is ${doc.status})`);
    }
    await this.dataSource.getRepository(DocumentRecord).update({ id: doc.id, status: doc.status }, { status: DocumentStatus.Pending, error: null, requestedAt: new Date() });
    await this.jobs.forget(renderJob(doc)).catch(() => undefined);
    const fresh = await this.dataSource.getRepository(DocumentRecord).findOneByOrFail({ id: doc.id });
    await this.dispatch(fresh);
    return fresh;
  }

  /** The sweeper: queue again every document pending for longer than the configured delay. */
  async sweepPending(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.DOCUMENT_SWEEP_AFTER_SECONDS * 1000);
    const pending = await this.dataSource.getRepository(DocumentRecord).find({
      where: { status: DocumentStatus.Pending, requestedAt: LessThan(cutoff) },
      order: { requestedAt: 'ASC' },
      take: 500,
    });
    let queued = 0;
    for (const doc of pending) if (await this.dispatch(doc)) queued++;
    return queued;
  }

  /** The worker's job: render from the frozen input, store, mark ready. Idempotent. */
  async render(documentId: string): Promise<JobOutcome> {
    const repo = this.dataSource.getRepository(DocumentRecord);
    const doc = await repo.findOneBy({ id: documentId });
    if (!doc) return JobOutcome.Abandoned;
    if (doc.status === DocumentStatus.Ready) return JobOutcome.Skipped;
    await repo.increment({ id: doc.id }, 'renderAttempts', 1);
    const bytes = await renderDocument(doc.kind, doc.input);
    const stored = await this.storage.put(blobKeyOf(doc), bytes, 'application/pdf');
    return this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOne(DocumentRecord, { where: { id: doc.id }, lock: { mode: 'pessimistic_write' } });
      if (!locked || locked.status === DocumentStatus.Ready) return JobOutcome.Skipped;
      await manager.update(DocumentRecord, { id: doc.id }, { status: DocumentStatus.Ready, blobKey: stored.key, sha256: stored.sha256, size: stored.size, renderedAt: new Date(), error: null });
      return JobOutcome.Done;
    });
  }

  /** Retries exhausted or a permanent error: record why, so the status endpoint can show it. */
  async markFailed(documentId: string, error: string): Promise<void> {
    this.logger.error({ documentId, error }, 'document rendering failed');
    await this.dataSource.getRepository(DocumentRecord).update({ id: documentId, status: DocumentStatus.Pending }, { status: DocumentStatus.Failed, error: error.slice(0, 2000) });
  }
}
