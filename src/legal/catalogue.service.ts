import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AGGRAVATING_CIRCUMSTANCES,
  citability,
  computeWorksheet,
  gapsOf,
  MITIGATING_CIRCUMSTANCES,
  shortCitation,
  SIGNER_TITLES,
  supersededVersions,
  vietnameseCitation,
  type ActInput,
  type Catalogue,
  type CatalogueRow,
  type Worksheet,
  type WorksheetInput,
} from '@libs/legal';
import { todayInVietnam } from '@libs/vn';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { CatalogueChange } from '@app/legal/catalogue-change.entity';
import { replayReviewed, type ReviewedCatalogue, type ReviewedProvenance, type StoredChange } from '@app/legal/catalogue-replay';
import type {
  CatalogueListDto,
  CatalogueQueryDto,
  CatalogueRowDto,
  CatalogueVersionsDto,
  CircumstancesDto,
  ProvenanceDto,
  SignerTitleDto,
  VerificationState,
} from '@app/legal/catalogue.dto';
import { unverifiedVersions, versionKey } from '@app/legal/effective-catalogue';
import { toAppError } from '@app/legal/legal-errors';

/** A worksheet input as the API takes it: circumstances may be omitted and the decision date defaults to today. */
export type FinePreviewInput = Omit<WorksheetInput, 'acts'> & {
  acts: (Omit<ActInput, 'mitigating' | 'aggravating'> & Partial<Pick<ActInput, 'mitigating' | 'aggravating'>>)[];
};

/** Who made a change: a name and a department for everyone, the ids only within the same department (issue 12). */
export interface Person {
  fullName: string;
  departmentId: string | null;
  departmentName: string | null;
}

/** The effective catalogue of one view with the names of the people in its history. */
export interface CatalogueView extends ReviewedCatalogue {
  people: ReadonlyMap<string, Person>;
}

/** Rows of one code together, in the order codes first appear, versions oldest first. */
function grouped(rows: readonly CatalogueRow[]): CatalogueRow[] {
  const first = new Map<string, number>();
  rows.forEach((r, i) => first.set(r.code, first.get(r.code) ?? i));
  return [...rows].sort((a, b) => (first.get(a.code) ?? 0) - (first.get(b.code) ?? 0) || a.effectiveFrom.localeCompare(b.effectiveFrom));
}

/** A version's verification state as the list filter reads it; a pending change shows before the rest. */
function verificationState(r: CatalogueRowDto): VerificationState {
  if (r.pendingApproval) return 'pending';
  if (r.draft) return 'draft';
  return r.verified ? 'verified' : 'unverified';
}

const toStored = (c: CatalogueChange): StoredChange => ({ ...c });

interface Loaded {
  seq: number;
  changes: StoredChange[];
  people: Map<string, Person>;
}

/**
 * Danh mục hành vi vi phạm and the fine engine. The effective catalogue (shipped rows + the approved changes) is cached
 * per process and re-checked with one small query per use, so API and worker processes agree as soon as a change
 * commits. Computations that may end in a record or a decision use the national catalogue; a department's reads also
 * show its own changes awaiting approval (four-eyes, issue 12 finding 8).
 */
@Injectable()
export class CatalogueService {
  private loaded?: Loaded;
  private loading?: { seq: number; promise: Promise<Loaded> };
  private readonly views = new Map<string, CatalogueView>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The national catalogue in force for computations now (other modules inject this service and call it). */
  async current(manager?: EntityManager): Promise<Catalogue> {
    return (await this.effective(manager)).catalogue;
  }

  /**
   * The effective catalogue with who added and verified what; pass the transaction's manager when writing. `view` is a
   * department id for that department's view (its pending proposals applied), null for the national catalogue.
   */
  async effective(manager: EntityManager = this.dataSource.manager, view: string | null = null): Promise<CatalogueView> {
    const rows: { seq: string | null }[] = await manager.query('select max(seq) as seq from catalogue_changes');
    const seq = Number(rows[0]?.seq ?? 0);
    const loaded = await this.load(manager, seq);
    const national = this.view(loaded, null);
    if (view === null || !loaded.changes.some((c) => c.departmentId === view && national.proposals.get(c.id)?.status === 'pending')) {
      return national;
    }
    return this.view(loaded, view);
  }

  private view(loaded: Loaded, view: string | null): CatalogueView {
    const key = view ?? 'national';
    const cached = this.views.get(key);
    if (cached?.seq === loaded.seq) return cached;
    const built: CatalogueView = { ...replayReviewed(loaded.changes, view), seq: loaded.seq, people: loaded.people };
    if (this.views.size > 100) this.views.clear();
    this.views.set(key, built);
    return built;
  }

  private async load(manager: EntityManager, seq: number): Promise<Loaded> {
    if (this.loaded?.seq === seq) return this.loaded;
    if (this.loading?.seq === seq) return this.loading.promise;
    const promise = (async (): Promise<Loaded> => {
      const changes = (await manager.getRepository(CatalogueChange).find({ order: { seq: 'ASC' } })).filter((c) => c.seq <= seq).map(toStored);
      const ids = [...new Set(changes.map((c) => c.actorId))];
      const people = new Map<string, Person>();
      if (ids.length > 0) {
        const found: { id: string; full_name: string; department_id: string | null; department_name: string | null }[] = await manager.query(
          `select u.id, u.full_name, u.department_id, d.name as department_name from users u left join departments d on d.id = u.department_id where u.id = any($1)`,
          [ids],
        );
        for (const p of found) people.set(p.id, { fullName: p.full_name, departmentId: p.department_id, departmentName: p.department_name });
      }
      return { seq, changes, people };
    })();
    this.loading = { seq, promise };
    try {
      const loaded = await promise;
      if (this.loaded === undefined || this.loaded.seq < loaded.seq) this.loaded = loaded;
      return loaded;
    } finally {
      if (this.loading?.promise === promise) this.loading = undefined;
    }
  }

  /**
   * Computes a worksheet with the national catalogue; engine errors become 422s naming the field (`acts[0].code` for a
   * code with no version in force on the date that decides it, NĐ 118/2021 Đ7 k2). A draft row is refused (422 naming
   * the act, the row and what is missing) unless `allowDrafts`: a violation on a case may not cite an incomplete
   * citation, a preview may.
   */
  async compute(input: WorksheetInput, manager?: EntityManager, options: { allowDrafts?: boolean } = {}): Promise<Worksheet> {
    const catalogue = await this.current(manager);
    let worksheet: Worksheet;
    try {
      worksheet = computeWorksheet(catalogue, input);
    } catch (error) {
      throw toAppError(error, input);
    }
    if (!options.allowDrafts) {
      const drafts = worksheet.acts.filter((a) => a.version.draft);
      if (drafts.length > 0) {
        const refusals = drafts.map((a) => ({ act: a.index, ...citability(catalogue, a.code, a.version.effectiveFrom) }));
        throw new AppError(ErrorCode.LegalRuleViolation, refusals.map((r) => r.reason).join('; '), {
          fields: refusals.map((r) => ({ field: `acts[${r.act}].code`, messages: [r.reason] })),
          drafts: refusals.map((r) => ({ act: r.act, code: drafts.find((d) => d.index === r.act)?.code, missing: r.missing })),
        });
      }
    }
    return worksheet;
  }

  /** Like `compute`, with the API's defaults: no circumstances when omitted, decision date today in Vietnam; drafts allowed. */
  async preview(input: FinePreviewInput): Promise<Worksheet> {
    return this.compute(
      {
        decisionDate: input.decisionDate ?? todayInVietnam(),
        signer: input.signer === undefined ? undefined : { title: input.signer.title },
        acts: input.acts.map((a) => ({ ...a, mitigating: a.mitigating ?? [], aggravating: a.aggravating ?? [] })),
      },
      undefined,
      { allowDrafts: true },
    );
  }

  /**
   * Refuses (422) a decision whose worksheet applies a version that may not be cited now: a draft row, an unverified
   * row or a replaced one, each named with what is missing. Call it inside the issuing transaction (with its manager);
   * a row verified since the worksheet was computed no longer blocks.
   */
  async requireVerified(worksheet: Pick<Worksheet, 'acts'>, manager?: EntityManager): Promise<void> {
    const catalogue = await this.current(manager);
    const unverified = unverifiedVersions(catalogue, worksheet);
    if (unverified.length === 0) return;
    const reasons = unverified.map((u) => ({ ...u, ...citability(catalogue, u.code, u.effectiveFrom) }));
    throw new AppError(ErrorCode.LegalRuleViolation, `A decision cannot be issued: ${reasons.map((r) => r.reason).join('; ')}`, {
      unverified: reasons.map(({ act, code, effectiveFrom, problem, missing }) => ({ act, code, effectiveFrom, problem, missing })),
    });
  }

  /**
   * Refuses (422) a violation record (biên bản) stating an act whose worksheet applies a draft row, or a row that a
   * later revision replaced (a stale worksheet would print the old citation): the record is frozen when signed, so it
   * must state a complete citation. Unverified rows may be recorded; the decision waits for their verification.
   */
  async requireCitableInRecord(acts: readonly Pick<Worksheet['acts'][number], 'code' | 'version'>[], manager?: EntityManager): Promise<void> {
    const catalogue = await this.current(manager);
    const refusals = acts
      .map((a, i) => ({ i, ...citability(catalogue, a.code, a.version.effectiveFrom) }))
      .filter((c) => c.problem === 'draft' || c.problem === 'replaced' || c.problem === 'unknown');
    if (refusals.length === 0) return;
    throw new AppError(ErrorCode.LegalRuleViolation, `The violation record cannot state: ${refusals.map((r) => r.reason).join('; ')}`, {
      fields: refusals.map((r) => ({ field: `violations[${r.i}].code`, messages: [r.reason] })),
      drafts: refusals.map((r) => ({ violation: r.i, code: acts[r.i].code, problem: r.problem, missing: r.missing })),
    });
  }

  async list(query: CatalogueQueryDto, actor?: Actor): Promise<CatalogueListDto> {
    const effective = await this.effective(undefined, actor?.departmentId ?? null);
    const rows = effective.catalogue.search({
      text: query.text,
      instrument: query.instrument,
      field: query.field,
      subject: query.subject,
      inForceOn: query.inForceOn,
      excludeDrafts: query.excludeDrafts,
      rankOn: query.inForceOn ?? todayInVietnam(),
    });
    // Ranked by relevance when searching; otherwise each code's versions together.
    const ordered = query.text?.trim() ? rows : grouped(rows);
    const items = ordered
      .filter((r) => query.article === undefined || r.article === query.article)
      .map((r) => this.toDto(r, effective, actor))
      .filter((r) => query.verification === undefined || verificationState(r) === query.verification);
    return { count: items.length, items };
  }

  async versions(code: string, actor?: Actor): Promise<CatalogueVersionsDto> {
    const effective = await this.effective(undefined, actor?.departmentId ?? null);
    const versions = effective.catalogue.versions(code);
    const replaced = supersededVersions(code).map((v) => ({
      code: v.code,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
      revision: v.revision,
      replacedBy: [...v.replacedBy],
      migratedTo: v.migrateTo,
      why: v.why,
      descriptionVi: v.descriptionVi,
      descriptionEn: v.descriptionEn,
    }));
    if (versions.length === 0 && replaced.length === 0) throw AppError.notFound(`Catalogue code ${code}`);
    return { code, count: versions.length, versions: versions.map((r) => this.toDto(r, effective, actor)), replaced };
  }

  circumstances(): CircumstancesDto {
    return { mitigating: MITIGATING_CIRCUMSTANCES.map((c) => ({ ...c })), aggravating: AGGRAVATING_CIRCUMSTANCES.map((c) => ({ ...c })) };
  }

  signerTitles(): SignerTitleDto[] {
    return SIGNER_TITLES.map((t) => ({ ...t }));
  }

  /** Who did a change, as `viewer` may see it: ids only within the viewer's own department (issue 12 finding 6). */
  person(effective: CatalogueView, userId: string, departmentId: string | null, viewer?: Actor): { actorId: string | null; actorName: string; departmentName: string | null } {
    const p = effective.people.get(userId);
    const sameDepartment = viewer !== undefined && viewer.departmentId !== null && viewer.departmentId === (p?.departmentId ?? departmentId);
    return { actorId: sameDepartment ? userId : null, actorName: p?.fullName ?? 'unknown', departmentName: p?.departmentName ?? null };
  }

  private provenance(effective: CatalogueView, p: ReviewedProvenance | undefined, viewer?: Actor): ProvenanceDto | null {
    if (p === undefined) return null;
    const approval = p.approval === null ? null : { ...this.person(effective, p.approval.actorId, p.approval.departmentId, viewer), at: p.approval.createdAt.toISOString(), note: p.approval.note };
    return {
      seq: p.seq,
      changeId: p.proposal.id,
      ...this.person(effective, p.proposal.actorId, p.proposal.departmentId, viewer),
      at: p.proposal.createdAt.toISOString(),
      source: p.proposal.source,
      note: p.proposal.note,
      pendingApproval: p.pending,
      approvedBy: approval,
    };
  }

  toDto(row: CatalogueRow, effective: CatalogueView, viewer?: Actor): CatalogueRowDto {
    const key = versionKey(row.code, row.effectiveFrom);
    const added = effective.addedBy.get(key);
    const verified = effective.verifiedBy.get(key);
    return {
      ...row,
      fine: row.fine === null ? null : { ...row.fine },
      additionalSanctions: row.additionalSanctions.map((s) => ({ ...s })),
      remedialMeasures: row.remedialMeasures.map((m) => ({ ...m })),
      definingCircumstances: [...row.definingCircumstances],
      successorCodes: [...row.successorCodes],
      missing: [...row.missing],
      keywords: [...row.keywords],
      subjects: [...row.subjects],
      gaps: gapsOf(row),
      citationShort: shortCitation(row),
      citationVi: vietnameseCitation(row),
      origin: added === undefined ? 'shipped' : 'added',
      addedBy: this.provenance(effective, added, viewer),
      verification: this.provenance(effective, verified, viewer),
      revision: effective.revisions.get(key) ?? 0,
      pendingApproval: (added?.pending ?? false) || (verified?.pending ?? false),
      completedAs: effective.completedAs.get(key) ?? null,
    };
  }
}
