import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, In } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import { toFieldErrors } from '@app/common/validation';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { lockOpenCase } from '@app/cases/case-access';
import type { EvidenceUpload } from '@app/cases/evidence-upload';
import { DocumentKind, DocumentRecord } from '@app/documents/document.entity';
import { DocumentsService } from '@app/documents/documents.service';
import { ExecutionFileFieldsDto } from '@app/execution/dto/execution-input.dto';
import type { ExecutionFileDto } from '@app/execution/dto/execution.dto';
import { ExecutionFile } from '@app/execution/entities/execution-file.entity';
import { AUDIT_EXECUTION } from '@app/execution/execution.enums';
import { ExecutionRepository } from '@app/execution/execution.repository';
import { toFileDto } from '@app/execution/execution-views';
import { BlobStorage, sha256Hex } from '@app/storage/blob-storage';
import { ALLOWED_EVIDENCE_TYPES, sniffEvidenceType } from '@libs/cases';

/** File names end up in a header: printable characters only, no path. */
const cleanName = (name: string): string =>
  [...(name.split(/[\\/]/).pop() ?? '')].filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && ch !== '"').join('').slice(0, 200) || 'file';

/** Proofs of the execution file (delivery, refusal record, receipts…) and the rendered execution decisions. */
@Injectable()
export class ExecutionFilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ExecutionRepository,
    private readonly storage: BlobStorage,
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
  ) {}

  /**
   * Stores the bytes first, outside any transaction (the database store takes a pooled connection of its own), then
   * records the row in one: an unreferenced blob is harmless, a row pointing to nothing is not.
   */
  async upload(actor: Actor, decisionId: string, upload: EvidenceUpload): Promise<ExecutionFileDto> {
    const fields = plainToInstance(ExecutionFileFieldsDto, upload.fields);
    const errors = await validate(fields, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
    if (errors.length > 0) throw AppError.validation(toFieldErrors(errors));
    const file = upload.file;
    if (!file) throw AppError.field('file', 'no file part');
    const type = sniffEvidenceType(file.bytes);
    if (!type) throw new AppError(ErrorCode.UnsupportedMediaType, `This kind of file is not accepted; allowed: ${ALLOWED_EVIDENCE_TYPES}`, { declaredType: file.declaredType });
    const d = await this.repository.decision(this.dataSource.manager, actor, decisionId);
    this.repository.assertIssuedSanction(d);
    const sha256 = sha256Hex(file.bytes);
    const key = `execution/${d.departmentId}/${sha256}`;
    const stored = await this.storage.put(key, file.bytes, type.contentType);
    return this.dataSource.transaction(async (manager) => {
      await lockOpenCase(manager, actor, d.caseId);
      const saved = await manager.save(
        manager.create(ExecutionFile, {
          departmentId: d.departmentId,
          decisionId: d.id,
          purpose: fields.purpose,
          fileName: cleanName(file.fileName),
          contentType: type.contentType,
          size: stored.size,
          sha256: stored.sha256,
          storageKey: key,
          uploadedById: actor.userId,
        }),
      );
      await this.audit.record(manager, actor, { action: 'execution:file', entityType: AUDIT_EXECUTION, entityId: d.id, departmentId: d.departmentId, after: toFileDto(saved) });
      return toFileDto(saved);
    });
  }

  /** The bytes, checked against their SHA-256; every download is audited. */
  async download(actor: Actor, decisionId: string, fileId: string): Promise<{ file: ExecutionFileDto; bytes: Buffer }> {
    const manager = this.dataSource.manager;
    const d = await this.repository.decision(manager, actor, decisionId);
    const file = await manager.findOne(ExecutionFile, { where: { id: fileId, decisionId: d.id } });
    if (!file) throw AppError.notFound('File');
    const blob = await this.storage.get(file.storageKey);
    if (blob.sha256 !== file.sha256) throw new AppError(ErrorCode.StorageCorrupt, 'The stored file does not match the SHA-256 recorded at upload');
    await this.audit.record(manager, actor, { action: 'execution:file-download', entityType: AUDIT_EXECUTION, entityId: d.id, departmentId: d.departmentId, after: { fileId: file.id, sha256: file.sha256 } });
    return { file: toFileDto(file), bytes: blob.bytes };
  }

  /** The PDF of a postponement, instalment or enforcement decision of this decision (409 while it renders). */
  async document(actor: Actor, decisionId: string, subjectId: string): Promise<{ doc: DocumentRecord; bytes: Buffer }> {
    const manager = this.dataSource.manager;
    const d = await this.repository.decision(manager, actor, decisionId);
    const doc = await manager
      .getRepository(DocumentRecord)
      .findOne({ where: { subjectId, departmentId: d.departmentId, kind: In([DocumentKind.PostponementDecision, DocumentKind.InstalmentDecision, DocumentKind.EnforcementDecision]) }, order: { revision: 'DESC' } });
    const records = await this.repository.records(manager, d.id);
    const ours = records.requests.some((r) => r.id === subjectId) || records.enforcements.some((e) => e.id === subjectId);
    if (!doc || !ours) throw AppError.notFound('Document');
    return { doc, bytes: await this.documents.bytes(doc) };
  }
}
