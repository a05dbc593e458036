import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import { toFieldErrors } from '@app/common/validation';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { findCase, lockOpenCase } from '@app/cases/case-access';
import { AUDIT } from '@app/cases/cases.enums';
import { EvidenceDto, EvidenceFieldsDto } from '@app/cases/dto/evidence.dto';
import { Evidence } from '@app/cases/entities/evidence.entity';
import { Violation } from '@app/cases/entities/violation.entity';
import { EvidenceUpload } from '@app/cases/evidence-upload';
import { BlobStorage, sha256Hex } from '@app/storage/blob-storage';
import { ALLOWED_EVIDENCE_TYPES, sniffEvidenceType } from '@libs/cases';

const toDto = (e: Evidence): EvidenceDto => ({
  id: e.id,
  caseId: e.caseId,
  violationId: e.violationId,
  fileName: e.fileName,
  contentType: e.contentType,
  declaredContentType: e.declaredContentType,
  size: e.size,
  sha256: e.sha256,
  capturedAt: e.capturedAt.toISOString(),
  capturedById: e.capturedById,
  sourceUrl: e.sourceUrl,
  description: e.description,
  uploadedAt: e.uploadedAt.toISOString(),
});

/** A stored file on its way to the client. */
export interface EvidenceDownload {
  evidence: EvidenceDto;
  bytes: Buffer;
}

/** File names end up in a header: keep printable characters, drop path parts. */
const cleanName = (name: string): string =>
  [...(name.split(/[\\/]/).pop() ?? '')]
    .filter((ch) => ch.charCodeAt(0) >= 0x20 && ch.charCodeAt(0) !== 0x7f && ch !== '"')
    .join('')
    .slice(0, 200) || 'evidence';

/** Chứng cứ: uploads (type recognised from the bytes, SHA-256 kept), listing with hashes, audited downloads. */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly storage: BlobStorage,
  ) {}

  async list(actor: Actor, caseId: string): Promise<EvidenceDto[]> {
    const c = await findCase(this.dataSource.manager, actor, caseId);
    const rows = await this.dataSource.getRepository(Evidence).find({ where: { caseId: c.id }, order: { uploadedAt: 'ASC' } });
    return rows.map(toDto);
  }

  async upload(actor: Actor, caseId: string, upload: EvidenceUpload): Promise<EvidenceDto> {
    const fields = await this.fields(upload.fields);
    const file = upload.file;
    if (!file) throw AppError.field('file', 'no file part');
    const type = sniffEvidenceType(file.bytes);
    if (!type) throw new AppError(ErrorCode.UnsupportedMediaType, `This kind of file is not accepted as evidence; allowed: ${ALLOWED_EVIDENCE_TYPES}`, { declaredType: file.declaredType });
    const capturedAt = fields.capturedAt ? new Date(fields.capturedAt) : new Date();
    if (capturedAt.getTime() > Date.now() + 60_000) throw AppError.field('capturedAt', 'capturedAt is in the future');
    // Check the case before storing anything, then store the bytes before the row that points to them, outside the
    // transaction: the database store takes a pooled connection of its own (issue 12, finding 1). A blob left
    // unreferenced by a refused row is harmless; a row pointing to nothing is not.
    const c = await findCase(this.dataSource.manager, actor, caseId);
    const sha256 = sha256Hex(file.bytes);
    const key = `evidence/${c.departmentId}/${sha256}`;
    const stored = await this.storage.put(key, file.bytes, type.contentType);
    return this.dataSource.transaction(async (manager) => {
      const locked = await lockOpenCase(manager, actor, c.id);
      if (fields.violationId && !(await manager.getRepository(Violation).exists({ where: { id: fields.violationId, caseId: locked.id } }))) {
        throw AppError.field('violationId', 'no violation with this id on the case');
      }
      const saved = await manager.save(
        manager.create(Evidence, {
          departmentId: locked.departmentId,
          caseId: locked.id,
          violationId: fields.violationId ?? null,
          fileName: cleanName(file.fileName),
          contentType: type.contentType,
          declaredContentType: file.declaredType.slice(0, 255),
          size: stored.size,
          sha256: stored.sha256,
          storageKey: key,
          capturedAt,
          capturedById: actor.userId,
          sourceUrl: fields.sourceUrl ?? '',
          description: fields.description ?? '',
        }),
      );
      await this.audit.record(manager, actor, { action: 'evidence:upload', entityType: AUDIT.evidence, entityId: saved.id, departmentId: locked.departmentId, after: toDto(saved) });
      return toDto(saved);
    });
  }

  /**
   * The bytes, checked against their SHA-256 by the store; the download is audited before it is served. Nothing here
   * holds a transaction while the store reads (it may take a pooled connection of its own: issue 12, finding 1).
   */
  async download(actor: Actor, caseId: string, evidenceId: string): Promise<EvidenceDownload> {
    const manager = this.dataSource.manager;
    const c = await findCase(manager, actor, caseId);
    const evidence = await manager.getRepository(Evidence).findOne({ where: { id: evidenceId, caseId: c.id } });
    if (!evidence) throw AppError.notFound('Evidence');
    const blob = await this.storage.get(evidence.storageKey);
    if (blob.sha256 !== evidence.sha256) throw new AppError(ErrorCode.StorageCorrupt, 'The stored file does not match the SHA-256 recorded at upload');
    await this.audit.record(manager, actor, { action: 'evidence:download', entityType: AUDIT.evidence, entityId: evidence.id, departmentId: c.departmentId, after: { sha256: evidence.sha256, size: evidence.size, caseId: c.id } });
    return { evidence: toDto(evidence), bytes: blob.bytes };
  }

  private async fields(raw: Record<string, string>): Promise<EvidenceFieldsDto> {
    const dto = plainToInstance(EvidenceFieldsDto, raw);
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true, validationError: { target: false, value: false } });
    if (errors.length > 0) throw AppError.validation(toFieldErrors(errors));
    return dto;
  }
}
