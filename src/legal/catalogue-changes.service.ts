import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Catalogue, type CatalogueRow } from '@libs/legal';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { CatalogueChange } from '@app/legal/catalogue-change.entity';
import type { AddVersionDto, CatalogueChangeDto, VerificationDto } from '@app/legal/catalogue-change.dto';
import type { CatalogueRowDto } from '@app/legal/catalogue.dto';
import { CatalogueService } from '@app/legal/catalogue.service';
import { applyChange, CatalogueChangeKind, type EffectiveCatalogue } from '@app/legal/effective-catalogue';
import { toAppError } from '@app/legal/legal-errors';
import { composeVersion } from '@app/legal/new-version';

export const toChangeDto = (c: CatalogueChange): CatalogueChangeDto => ({
  id: c.id,
  seq: c.seq,
  kind: c.kind,
  code: c.code,
  effectiveFrom: c.effectiveFrom,
  row: c.row === null ? null : { ...c.row },
  endsPreviousVersion: c.endsPreviousVersion,
  source: c.source,
  note: c.note,
  actorId: c.actorId,
  departmentId: c.departmentId,
  createdAt: c.createdAt.toISOString(),
});

type PendingChange = Pick<CatalogueChange, 'kind' | 'code' | 'effectiveFrom' | 'row' | 'endsPreviousVersion' | 'source' | 'note'>;

/**
 * Changes to the fine catalogue by legal officers and admins: added versions and verifications. Each is checked by
 * replaying it over the effective catalogue (all rows validated together), then stored append-only with its audit
 * event in one transaction. Writers take one advisory lock, so changes apply in the order they commit.
 */
@Injectable()
export class CatalogueChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalogue: CatalogueService,
  ) {}

  async addVersion(actor: Actor, dto: AddVersionDto): Promise<CatalogueRowDto> {
    await this.dataSource.transaction(async (manager) => {
      const effective = await this.lock(manager);
      const raw = composeVersion(effective.catalogue, dto, new Date());
      const pending: PendingChange = {
        kind: CatalogueChangeKind.AddVersion,
        code: dto.code,
        effectiveFrom: dto.effectiveFrom,
        row: raw as unknown as CatalogueRow,
        endsPreviousVersion: dto.endPreviousVersion ?? false,
        source: dto.sourceUrl,
        note: dto.note ?? null,
      };
      const next = this.replay(effective, pending);
      // Store the normalised row the validator returned, not the request's shape.
      pending.row = next.versions(dto.code).find((v) => v.effectiveFrom === dto.effectiveFrom) ?? null;
      await this.store(manager, actor, pending);
    });
    return this.rowAfterChange(dto.code, dto.effectiveFrom);
  }

  async verify(actor: Actor, dto: VerificationDto): Promise<CatalogueRowDto> {
    await this.dataSource.transaction(async (manager) => {
      const effective = await this.lock(manager);
      const versions = effective.catalogue.versions(dto.code);
      if (versions.length === 0) throw AppError.field('code', `${dto.code} is not in the catalogue`);
      const row = versions.find((v) => v.effectiveFrom === dto.effectiveFrom);
      if (!row) {
        const starts = versions.map((v) => v.effectiveFrom).join(', ');
        throw AppError.field('effectiveFrom', `no version of ${dto.code} starts on ${dto.effectiveFrom}; versions start on ${starts}`);
      }
      if (row.verified) throw new AppError(ErrorCode.Conflict, `${dto.code} (from ${dto.effectiveFrom}) is already verified`);
      const pending: PendingChange = {
        kind: CatalogueChangeKind.Verify,
        code: dto.code,
        effectiveFrom: dto.effectiveFrom,
        row: null,
        endsPreviousVersion: false,
        source: dto.source,
        note: dto.note ?? null,
      };
      this.replay(effective, pending, 'effectiveFrom');
      await this.store(manager, actor, pending);
    });
    return this.rowAfterChange(dto.code, dto.effectiveFrom);
  }

  /** The append-only history, oldest first. */
  async history(code?: string): Promise<CatalogueChangeDto[]> {
    const changes = await this.dataSource.getRepository(CatalogueChange).find({ where: code ? { code } : {}, order: { seq: 'ASC' } });
    return changes.map(toChangeDto);
  }

  /** Serialises writers, then reads the catalogue as it is with every committed change. */
  private async lock(manager: EntityManager): Promise<EffectiveCatalogue> {
    await manager.query(`select pg_advisory_xact_lock(hashtext('press-inspect:catalogue_changes'))`);
    return this.catalogue.effective(manager);
  }

  /** The catalogue with the pending change applied; an invalid result is a 422 naming the problem. */
  private replay(effective: EffectiveCatalogue, pending: PendingChange, field?: string): Catalogue {
    const rows = [...effective.catalogue.rows()];
    try {
      applyChange(rows, { ...pending, seq: effective.seq + 1, actorId: '', createdAt: new Date() });
      return Catalogue.fromRows(rows);
    } catch (error) {
      const mapped = toAppError(error);
      if (field !== undefined && mapped instanceof AppError && mapped.details?.fields) {
        throw new AppError(mapped.code, mapped.message, { ...mapped.details, fields: [{ field, messages: [mapped.message] }] });
      }
      throw mapped;
    }
  }

  private async store(manager: EntityManager, actor: Actor, pending: PendingChange): Promise<void> {
    const repo = manager.getRepository(CatalogueChange);
    const saved = await repo.save(repo.create({ ...pending, actorId: actor.userId, departmentId: actor.departmentId }));
    await this.audit.record(manager, actor, {
      action: `catalogue:${pending.kind}`,
      entityType: 'catalogue_change',
      entityId: saved.id,
      after: toChangeDto(saved),
    });
  }

  private async rowAfterChange(code: string, effectiveFrom: string): Promise<CatalogueRowDto> {
    const effective = await this.catalogue.effective();
    const row = effective.catalogue.versions(code).find((v) => v.effectiveFrom === effectiveFrom);
    if (!row) throw new AppError(ErrorCode.Internal, `${code} (from ${effectiveFrom}) vanished after the change`);
    return this.catalogue.toDto(row, effective);
  }
}
