import { stripDiacritics } from '@libs/vn';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { findCase, lockOpenCase } from '@app/cases/case-access';
import { AUDIT, ViolationRecordStatus } from '@app/cases/cases.enums';
import { ViolationRecord } from '@app/cases/entities/violation-record.entity';
import { DecisionRepository } from '@app/decisions/decision.repository';
import { toDocumentStatusDto } from '@app/decisions/decision-views';
import { AUDIT_DECISION } from '@app/decisions/decisions.enums';
import type { DocumentStatusDto, RecordDocumentRequestDto } from '@app/decisions/dto/document.dto';
import { requestRecordDocument } from '@app/cases/violation-record-pdf-input';
import { DocumentKind, DocumentRecord } from '@app/documents/document.entity';
import { DocumentsService } from '@app/documents/documents.service';

/** A PDF to send: its bytes, what they hash to, and the file name offered to the browser. */
export interface PdfFile {
  bytes: Buffer;
  sha256: string;
  fileName: string;
}

/** "05/QĐ-XPHC" → "QD-05-QD-XPHC.pdf": ASCII, no slash. */
const fileNameOf = (prefix: string, number: string | null): string =>
  `${prefix}-${stripDiacritics(number ?? 'draft').replace(/[^A-Za-z0-9]+/g, '-')}.pdf`;

const NO_RECORD_DOCUMENT =
  'The violation record has no document yet: it prints once the subject identity is complete (POST …/violation-record/document)';
const NO_DECISION_DOCUMENT = 'The decision has no document: a draft is printed once issued';

/**
 * The PDFs of decisions and violation records: status, download, re-render of a failed one. Reads are scoped like
 * the decision or case they belong to; another department's answers 404.
 */
@Injectable()
export class DecisionPdfsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly documents: DocumentsService,
    private readonly audit: AuditService,
    private readonly decisions: DecisionRepository,
  ) {}

  async decisionStatus(actor: Actor, id: string): Promise<DocumentStatusDto> {
    return toDocumentStatusDto(await this.decisionDocument(actor, id));
  }

  async decisionPdf(actor: Actor, id: string): Promise<PdfFile> {
    const d = await this.decisions.findDecision(this.dataSource.manager, actor, id);
    const doc = await this.latest(DocumentKind.SanctionDecision, d.id, NO_DECISION_DOCUMENT);
    return { bytes: await this.documents.bytes(doc), sha256: doc.sha256 ?? '', fileName: fileNameOf('QD', d.number) };
  }

  async rerenderDecision(actor: Actor, id: string, note?: string): Promise<DocumentStatusDto> {
    const doc = await this.decisionDocument(actor, id);
    return this.rerender(actor, doc, AUDIT_DECISION, id, note);
  }

  async recordStatus(actor: Actor, caseId: string): Promise<DocumentStatusDto> {
    return toDocumentStatusDto(await this.recordDocument(actor, caseId));
  }

  async recordPdf(actor: Actor, caseId: string): Promise<PdfFile> {
    const record = await this.signedRecord(actor, caseId);
    const doc = await this.latest(DocumentKind.ViolationRecord, record.id, NO_RECORD_DOCUMENT);
    return { bytes: await this.documents.bytes(doc), sha256: doc.sha256 ?? '', fileName: fileNameOf('BB', record.number) };
  }

  async rerenderRecord(actor: Actor, caseId: string, note?: string): Promise<DocumentStatusDto> {
    const record = await this.signedRecord(actor, caseId);
    const doc = await this.latest(DocumentKind.ViolationRecord, record.id, NO_RECORD_DOCUMENT);
    return this.rerender(actor, doc, AUDIT.record, record.id, note);
  }

  /**
   * In biên bản for a record signed without a complete subject identity: the identity sent completes the registry's;
   * the record itself stays as signed. 409 when the record already has its document.
   */
  async requestRecord(actor: Actor, caseId: string, dto: RecordDocumentRequestDto): Promise<DocumentStatusDto> {
    const doc = await this.dataSource.transaction(async (manager) => {
      const c = await lockOpenCase(manager, actor, caseId);
      const record = await manager.findOne(ViolationRecord, { where: { caseId: c.id, status: ViolationRecordStatus.Signed } });
      if (!record) throw AppError.notFound('Signed violation record');
      if (await manager.exists(DocumentRecord, { where: { kind: DocumentKind.ViolationRecord, subjectId: record.id } })) {
        throw new AppError(ErrorCode.Conflict, 'The violation record already has its document; re-render it if it failed');
      }
      const requested = await requestRecordDocument(manager, this.documents, c, record, dto.subject);
      if ('missing' in requested)
        {throw AppError.validation(
          requested.missing.map((m) => ({ field: m.split(' ')[0], messages: [m] })),
          'The record cannot be printed yet',
        );}
      await this.audit.record(manager, actor, {
        action: 'document:request',
        entityType: AUDIT.record,
        entityId: record.id,
        departmentId: c.departmentId,
        after: { documentId: requested.doc.id, subject: dto.subject ?? null },
      });
      return requested.doc;
    });
    await this.documents.dispatch(doc);
    return toDocumentStatusDto(doc);
  }

  private async rerender(
    actor: Actor,
    doc: DocumentRecord,
    entityType: string,
    entityId: string,
    note?: string,
  ): Promise<DocumentStatusDto> {
    const fresh = await this.documents.rerender(doc);
    await this.audit.record(this.dataSource.manager, actor, {
      action: 'document:rerender',
      entityType,
      entityId,
      departmentId: doc.departmentId,
      before: { status: doc.status, error: doc.error },
      after: { status: fresh.status, note: note ?? null },
    });
    return toDocumentStatusDto(fresh);
  }

  private async decisionDocument(actor: Actor, id: string): Promise<DocumentRecord> {
    const d = await this.decisions.findDecision(this.dataSource.manager, actor, id);
    return this.latest(DocumentKind.SanctionDecision, d.id, NO_DECISION_DOCUMENT);
  }

  private async recordDocument(actor: Actor, caseId: string): Promise<DocumentRecord> {
    const record = await this.signedRecord(actor, caseId);
    return this.latest(DocumentKind.ViolationRecord, record.id, NO_RECORD_DOCUMENT);
  }

  private async signedRecord(actor: Actor, caseId: string): Promise<ViolationRecord> {
    const c = await findCase(this.dataSource.manager, actor, caseId);
    const record = await this.dataSource
      .getRepository(ViolationRecord)
      .findOne({ where: { caseId: c.id, status: ViolationRecordStatus.Signed } });
    if (!record) throw AppError.notFound('Signed violation record');
    return record;
  }

  private async latest(kind: DocumentKind, subjectId: string, missing: string): Promise<DocumentRecord> {
    const doc = await this.documents.latest(kind, subjectId);
    if (!doc) throw new AppError(ErrorCode.NotFound, missing);
    return doc;
  }
}
