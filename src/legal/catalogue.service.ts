import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, LessThanOrEqual } from 'typeorm';
import {
  AGGRAVATING_CIRCUMSTANCES,
  computeWorksheet,
  MITIGATING_CIRCUMSTANCES,
  shortCitation,
  SIGNER_TITLES,
  vietnameseCitation,
  type ActInput,
  type Catalogue,
  type CatalogueRow,
  type Worksheet,
  type WorksheetInput,
} from '@libs/legal';
import { todayInVietnam } from '@libs/vn';
import { AppError, ErrorCode } from '@app/common/errors';
import { CatalogueChange } from '@app/legal/catalogue-change.entity';
import type {
  CatalogueListDto,
  CatalogueQueryDto,
  CatalogueRowDto,
  CatalogueVersionsDto,
  CircumstancesDto,
  SignerTitleDto,
} from '@app/legal/catalogue.dto';
import { buildEffectiveCatalogue, unverifiedVersions, versionKey, type EffectiveCatalogue } from '@app/legal/effective-catalogue';
import { toAppError } from '@app/legal/legal-errors';

/** A worksheet input as the API takes it: circumstances may be omitted and the decision date defaults to today. */
export type FinePreviewInput = Omit<WorksheetInput, 'acts'> & {
  acts: (Omit<ActInput, 'mitigating' | 'aggravating'> & Partial<Pick<ActInput, 'mitigating' | 'aggravating'>>)[];
};

/** Rows of one code together, in the order codes first appear, versions oldest first. */
function grouped(rows: readonly CatalogueRow[]): CatalogueRow[] {
  const first = new Map<string, number>();
  rows.forEach((r, i) => first.set(r.code, first.get(r.code) ?? i));
  return [...rows].sort((a, b) => (first.get(a.code) ?? 0) - (first.get(b.code) ?? 0) || a.effectiveFrom.localeCompare(b.effectiveFrom));
}

/**
 * Danh mục hành vi vi phạm and the fine engine. The effective catalogue (shipped rows + the stored changes) is cached
 * per process and re-checked with one small query per use, so API and worker processes agree as soon as a change commits.
 */
@Injectable()
export class CatalogueService {
  private cache?: EffectiveCatalogue;
  private loading?: { seq: number; promise: Promise<EffectiveCatalogue> };

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The catalogue in force for computations now (other modules inject this service and call it). Inside a transaction,
   * pass its manager: a second pooled connection taken while holding one deadlocks under load (issue 12, finding 1).
   */
  async current(manager: EntityManager = this.dataSource.manager): Promise<Catalogue> {
    return (await this.effective(manager)).catalogue;
  }

  /** The effective catalogue with who added and verified what; pass the transaction's manager when writing. */
  async effective(manager: EntityManager = this.dataSource.manager): Promise<EffectiveCatalogue> {
    const rows: { seq: string | null }[] = await manager.query('select max(seq) as seq from catalogue_changes');
    const seq = Number(rows[0]?.seq ?? 0);
    if (this.cache?.seq === seq) return this.cache;
    if (this.loading?.seq === seq) return this.loading.promise;
    const promise = this.load(manager, seq);
    this.loading = { seq, promise };
    try {
      const loaded = await promise;
      if (this.cache === undefined || this.cache.seq < loaded.seq) this.cache = loaded;
      return loaded;
    } finally {
      if (this.loading?.promise === promise) this.loading = undefined;
    }
  }

  private async load(manager: EntityManager, seq: number): Promise<EffectiveCatalogue> {
    const changes = await manager.getRepository(CatalogueChange).find({ where: { seq: LessThanOrEqual(seq) }, order: { seq: 'ASC' } });
    return buildEffectiveCatalogue(changes);
  }

  /**
   * Computes a worksheet with the current catalogue; engine errors become 422s naming the field
   * (`acts[0].code` for a code with no version in force on the date that decides it, NĐ 118/2021 Đ7 k2).
   */
  async compute(input: WorksheetInput, manager?: EntityManager): Promise<Worksheet> {
    const catalogue = await this.current(manager);
    try {
      return computeWorksheet(catalogue, input);
    } catch (error) {
      throw toAppError(error, input);
    }
  }

  /** Like `compute`, with the API's defaults: no circumstances when omitted, decision date today in Vietnam. */
  async preview(input: FinePreviewInput): Promise<Worksheet> {
    return this.compute({
      decisionDate: input.decisionDate ?? todayInVietnam(),
      signer: input.signer === undefined ? undefined : { title: input.signer.title },
      acts: input.acts.map((a) => ({ ...a, mitigating: a.mitigating ?? [], aggravating: a.aggravating ?? [] })),
    });
  }

  /**
   * Refuses (422) a decision whose worksheet applies a version that is still unverified now. Call it inside the issuing
   * transaction; a row verified since the worksheet was computed no longer blocks.
   */
  async requireVerified(worksheet: Pick<Worksheet, 'acts'>, manager?: EntityManager): Promise<void> {
    const unverified = unverifiedVersions(await this.current(manager), worksheet);
    if (unverified.length === 0) return;
    const list = unverified.map((u) => `${u.code} (from ${u.effectiveFrom})`).join(', ');
    throw new AppError(
      ErrorCode.LegalRuleViolation,
      `A decision cannot be issued on unverified catalogue rows: ${list}; verify them first`,
      {
        unverified,
      },
    );
  }

  async list(query: CatalogueQueryDto): Promise<CatalogueListDto> {
    const effective = await this.effective();
    const rows = effective.catalogue.search({
      text: query.text,
      instrument: query.instrument,
      field: query.field,
      inForceOn: query.inForceOn,
    });
    const items = grouped(rows).map((r) => this.toDto(r, effective));
    return { count: items.length, items };
  }

  async versions(code: string): Promise<CatalogueVersionsDto> {
    const effective = await this.effective();
    const versions = effective.catalogue.versions(code);
    if (versions.length === 0) throw AppError.notFound(`Catalogue code ${code}`);
    return { code, count: versions.length, versions: versions.map((r) => this.toDto(r, effective)) };
  }

  circumstances(): CircumstancesDto {
    return { mitigating: MITIGATING_CIRCUMSTANCES.map((c) => ({ ...c })), aggravating: AGGRAVATING_CIRCUMSTANCES.map((c) => ({ ...c })) };
  }

  signerTitles(): SignerTitleDto[] {
    return SIGNER_TITLES.map((t) => ({ ...t }));
  }

  toDto(row: CatalogueRow, effective: EffectiveCatalogue): CatalogueRowDto {
    const key = versionKey(row.code, row.effectiveFrom);
    const added = effective.added.get(key) ?? null;
    return {
      ...row,
      fine: row.fine === null ? null : { ...row.fine },
      additionalSanctions: row.additionalSanctions.map((s) => ({ ...s })),
      remedialMeasures: row.remedialMeasures.map((m) => ({ ...m })),
      definingCircumstances: [...row.definingCircumstances],
      successorCodes: [...row.successorCodes],
      citationShort: shortCitation(row),
      citationVi: vietnameseCitation(row),
      origin: added === null ? 'shipped' : 'added',
      addedBy: added,
      verification: effective.verified.get(key) ?? null,
    };
  }
}
