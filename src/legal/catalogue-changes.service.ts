import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Catalogue, CODE_PATTERN, SHIPPED_REVISION, type CatalogueRow } from '@libs/legal';
import { todayInVietnam } from '@libs/vn';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { Role } from '@app/common/role';
import { AuditService } from '@app/audit/audit.service';
import { CatalogueChange } from '@app/legal/catalogue-change.entity';
import type { AddVersionDto, CatalogueChangeDto, CompletionDto, ReviewDecisionDto, VerificationDto } from '@app/legal/catalogue-change.dto';
import {
  applyProposal,
  describeOfficialText,
  isProposalKind,
  ReviewKind,
  type OfficialText,
  type StoredChange,
} from '@app/legal/catalogue-replay';
import type { CatalogueRowDto } from '@app/legal/catalogue.dto';
import { CatalogueService, type CatalogueView } from '@app/legal/catalogue.service';
import { CatalogueChangeKind, versionKey, verifiedNote } from '@app/legal/effective-catalogue';
import { toAppError } from '@app/legal/legal-errors';
import { composeVersion } from '@app/legal/new-version';

type PendingChange = Pick<
  CatalogueChange,
  'kind' | 'code' | 'effectiveFrom' | 'row' | 'endsPreviousVersion' | 'source' | 'note' | 'proposalId' | 'baseRevision' | 'officialText'
>;

/** The part of a pending change the replay needs before it is stored. */
const asStored = (p: PendingChange, actor: Actor, seq: number): StoredChange => ({
  ...p,
  id: 'pending',
  seq,
  actorId: actor.userId,
  departmentId: actor.departmentId,
  createdAt: new Date(),
  catalogueRevision: SHIPPED_REVISION,
});

/** The official text must name where it is published: the gazette number or a URL. */
function requireOfficialText(t: OfficialText): OfficialText {
  if (!t.gazette && !t.url) {
    throw AppError.field('officialText', 'officialText must give the gazette number (gazette) or the official URL (url) of the text read');
  }
  return { instrument: t.instrument, gazette: t.gazette ?? null, url: t.url ?? null, page: t.page };
}

/**
 * Changes to the national fine catalogue, under four-eyes review (issue 12 finding 8): a legal officer or admin
 * proposes (adds a version, verifies, completes a draft row from the official text); a legal officer other than the
 * proposer, of any department, approves or rejects. Until then only the proposing department sees the change; every
 * computation that can end in a record or decision uses the approved catalogue. Each change is checked by replaying it
 * over the approved catalogue (all rows validated together), then stored append-only with its audit event in one
 * transaction. Writers take one advisory lock, so changes apply in the order they commit.
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
      const key = versionKey(dto.code, dto.effectiveFrom);
      this.requireNoPending(effective, key);
      const pending: PendingChange = {
        kind: CatalogueChangeKind.AddVersion,
        code: dto.code,
        effectiveFrom: dto.effectiveFrom,
        row: raw as unknown as CatalogueRow,
        endsPreviousVersion: dto.endPreviousVersion ?? false,
        source: dto.sourceUrl,
        note: dto.note ?? null,
        proposalId: null,
        baseRevision: effective.revisions.get(key) ?? 0,
        officialText: null,
      };
      const next = this.replay(effective, pending, actor);
      // Store the normalised row the validator returned, not the request's shape.
      pending.row = next.versions(dto.code).find((v) => v.effectiveFrom === dto.effectiveFrom) ?? null;
      await this.store(manager, actor, pending);
    });
    return this.rowAfterChange(actor, dto.code, dto.effectiveFrom);
  }

  async verify(actor: Actor, dto: VerificationDto): Promise<CatalogueRowDto> {
    const officialText = requireOfficialText(dto.officialText);
    await this.dataSource.transaction(async (manager) => {
      const effective = await this.lock(manager);
      const row = this.target(effective, dto.code, dto.effectiveFrom, dto.expectedRevision);
      if (row.verified) throw new AppError(ErrorCode.Conflict, `${dto.code} (from ${dto.effectiveFrom}) is already verified`);
      if (row.draft) {
        throw AppError.field('code', `${dto.code} (from ${dto.effectiveFrom}) is a draft row: complete it (POST /legal/catalogue/completions) with the ${row.missing.join(' and ')} read in the official text`);
      }
      const source = describeOfficialText(officialText) + (dto.source ? `; ${dto.source}` : '');
      const pending: PendingChange = {
        kind: CatalogueChangeKind.Verify,
        code: dto.code,
        effectiveFrom: dto.effectiveFrom,
        row: null,
        endsPreviousVersion: false,
        source,
        note: dto.note ?? null,
        proposalId: null,
        baseRevision: effective.revisions.get(versionKey(dto.code, dto.effectiveFrom)) ?? 0,
        officialText,
      };
      this.replay(effective, pending, actor, 'effectiveFrom');
      await this.store(manager, actor, pending);
    });
    return this.rowAfterChange(actor, dto.code, dto.effectiveFrom);
  }

  /**
   * Completes a draft row (or corrects and verifies an unverified one) from the official text: the clause, point,
   * wording and range as read. Where the citation read differs from the provisional code, the completed row takes its
   * real code and the draft names it (stored data citing the draft is refused with that code to cite instead).
   */
  async complete(actor: Actor, dto: CompletionDto): Promise<CatalogueRowDto> {
    const officialText = requireOfficialText(dto.officialText);
    let completedCode = dto.code;
    await this.dataSource.transaction(async (manager) => {
      const effective = await this.lock(manager);
      const row = this.target(effective, dto.code, dto.effectiveFrom, dto.expectedRevision);
      if (!row.draft && row.verified) throw new AppError(ErrorCode.Conflict, `${dto.code} (from ${dto.effectiveFrom}) is complete and verified already`);
      const completed = this.completedRow(row, dto, officialText);
      completedCode = completed.code;
      const pending: PendingChange = {
        kind: ReviewKind.Complete,
        code: dto.code,
        effectiveFrom: dto.effectiveFrom,
        row: completed,
        endsPreviousVersion: false,
        source: describeOfficialText(officialText),
        note: dto.note ?? null,
        proposalId: null,
        baseRevision: dto.expectedRevision,
        officialText,
      };
      const next = this.replay(effective, pending, actor);
      pending.row = next.versions(completed.code).find((v) => v.effectiveFrom === completed.effectiveFrom) ?? null;
      await this.store(manager, actor, pending);
    });
    return this.rowAfterChange(actor, completedCode, dto.effectiveFrom);
  }

  /** Phê duyệt: a legal officer other than the proposer makes the proposal national. */
  async approve(actor: Actor, id: string, dto: ReviewDecisionDto): Promise<CatalogueRowDto> {
    if (actor.role !== Role.LegalOfficer) throw new AppError(ErrorCode.Forbidden, 'Only a legal officer approves a change to the national catalogue');
    const proposal = await this.dataSource.transaction(async (manager) => {
      const effective = await this.lock(manager);
      const p = this.pendingProposal(effective, id);
      if (p.actorId === actor.userId) {
        throw new AppError(ErrorCode.Forbidden, 'The officer who proposed a change cannot approve it: a second legal officer must (four-eyes)');
      }
      const key = versionKey(p.code, p.effectiveFrom);
      const now = effective.revisions.get(key) ?? 0;
      if (p.baseRevision !== null && p.baseRevision !== now) {
        throw new AppError(ErrorCode.StaleVersion, `${p.code} (from ${p.effectiveFrom}) changed since this proposal was made (revision ${p.baseRevision}, now ${now}); propose it again`, { revision: now });
      }
      this.replay(effective, p, actor);
      await this.store(manager, actor, this.decision(ReviewKind.Approve, p, dto.note ?? null), p);
      return p;
    });
    const code = proposal.kind === ReviewKind.Complete && proposal.row !== null ? proposal.row.code : proposal.code;
    return this.rowAfterChange(actor, code, proposal.effectiveFrom);
  }

  /** Không phê duyệt (or the proposer withdraws): the proposal never takes effect. Answers the proposal, now rejected. */
  async reject(actor: Actor, id: string, dto: ReviewDecisionDto): Promise<CatalogueChangeDto> {
    if (!dto.note?.trim()) throw AppError.field('note', 'note is required: say why the change is rejected');
    const note = dto.note;
    const proposal = await this.dataSource.transaction(async (manager) => {
      const effective = await this.lock(manager);
      const p = this.pendingProposal(effective, id);
      if (actor.role !== Role.LegalOfficer && p.actorId !== actor.userId) {
        throw new AppError(ErrorCode.Forbidden, 'Only a legal officer, or the proposer withdrawing it, rejects a proposal');
      }
      await this.store(manager, actor, this.decision(ReviewKind.Reject, p, note), p);
      return p;
    });
    return (await this.history(actor, proposal.code)).find((c) => c.id === proposal.id) as CatalogueChangeDto;
  }

  /** The append-only history, oldest first; other departments' people are named, never identified by id. */
  async history(actor: Actor, code?: string): Promise<CatalogueChangeDto[]> {
    const effective = await this.catalogue.effective();
    const decisions = new Map<string, string>();
    for (const s of effective.proposals.values()) if (s.decision !== null) decisions.set(s.change.id, s.decision.id);
    const changes = await this.dataSource.getRepository(CatalogueChange).find({ where: code ? { code } : {}, order: { seq: 'ASC' } });
    return changes.map((c) => {
      const state = effective.proposals.get(c.id);
      const who = this.catalogue.person(effective, c.actorId, c.departmentId, actor);
      const sameDepartment = who.actorId !== null;
      return {
        id: c.id,
        seq: c.seq,
        kind: c.kind,
        status: isProposalKind(c.kind) ? (state?.status ?? 'pending') : null,
        notApplied: state?.notApplied ?? null,
        code: c.code,
        effectiveFrom: c.effectiveFrom,
        row: c.row === null ? null : { ...c.row },
        endsPreviousVersion: c.endsPreviousVersion,
        source: c.source,
        officialText: c.officialText,
        note: c.note,
        proposalId: c.proposalId,
        decisionId: decisions.get(c.id) ?? null,
        catalogueRevision: c.catalogueRevision,
        actorId: who.actorId,
        actorName: who.actorName,
        departmentId: sameDepartment ? c.departmentId : null,
        departmentName: who.departmentName,
        createdAt: c.createdAt.toISOString(),
      };
    });
  }

  /** Serialises writers, then reads the national catalogue as it is with every committed change. */
  private async lock(manager: EntityManager): Promise<CatalogueView> {
    await manager.query(`select pg_advisory_xact_lock(hashtext('press-inspect:catalogue_changes'))`);
    return this.catalogue.effective(manager);
  }

  /** The version a verification or completion is about; 409 when the caller read an older revision of it. */
  private target(effective: CatalogueView, code: string, effectiveFrom: string, expectedRevision: number | undefined): CatalogueRow {
    const versions = effective.catalogue.versions(code);
    if (versions.length === 0) throw AppError.field('code', `${code} is not in the catalogue`);
    const row = versions.find((v) => v.effectiveFrom === effectiveFrom);
    if (!row) {
      const starts = versions.map((v) => v.effectiveFrom).join(', ');
      throw AppError.field('effectiveFrom', `no version of ${code} starts on ${effectiveFrom}; versions start on ${starts}`);
    }
    const key = versionKey(code, effectiveFrom);
    const revision = effective.revisions.get(key) ?? 0;
    if (expectedRevision !== undefined && expectedRevision !== revision) {
      throw new AppError(ErrorCode.StaleVersion, `${code} (from ${effectiveFrom}) is at revision ${revision}, not ${expectedRevision}: another officer changed it; read it again`, { revision });
    }
    this.requireNoPending(effective, key);
    return row;
  }

  /** Two proposals on one version would overwrite each other: the second waits for the first to be decided. */
  private requireNoPending(effective: CatalogueView, key: string): void {
    const waiting = effective.pendingByKey.get(key);
    if (waiting && waiting.length > 0) {
      throw new AppError(ErrorCode.Conflict, `A change to ${key.replace('@', ' (from ')}) awaits approval (change ${waiting[0].id}); approve or reject it first`, {
        pendingChangeId: waiting[0].id,
      });
    }
  }

  private pendingProposal(effective: CatalogueView, id: string): StoredChange {
    const state = effective.proposals.get(id);
    if (state === undefined) throw AppError.notFound('Catalogue change proposal');
    if (state.status !== 'pending') throw new AppError(ErrorCode.Conflict, `This change is not awaiting approval (it is ${state.status})`);
    return state.change;
  }

  /** The completed row: the clause, point, wording and range the officer read, verified against that text. */
  private completedRow(row: CatalogueRow, dto: CompletionDto, officialText: OfficialText): CatalogueRow {
    const needs = (part: string, given: unknown, field: string): void => {
      if (row.missing.includes(part as never) && given === undefined) {
        throw AppError.field(field, `${field} is required: the draft row ${row.code} lacks it; give it as the official text reads it`);
      }
    };
    needs('clause', dto.clause, 'clause');
    needs('point', dto.point, 'point');
    needs('text', dto.descriptionVi, 'descriptionVi');
    needs('text', dto.descriptionEn, 'descriptionEn');
    const provisional = CODE_PATTERN.exec(row.code);
    const clause = dto.clause !== undefined ? dto.clause : row.clause;
    const point = dto.point !== undefined ? dto.point : row.point ?? (row.missing.includes('point') ? null : (provisional?.[4] ?? null));
    const fine = dto.fine !== undefined ? dto.fine : row.fine;
    const code = `${row.instrument.replace(/\/NĐ-CP$/, '')}:Đ${row.article}${clause === null ? '' : `.k${clause}`}${point === null ? '' : `.${point}`}`;
    const at = new Date();
    return {
      ...row,
      code,
      clause,
      point,
      fine: fine === null ? null : { minVnd: fine.minVnd, maxVnd: fine.maxVnd, printedFor: fine.printedFor },
      descriptionVi: dto.descriptionVi ?? row.descriptionVi,
      descriptionEn: dto.descriptionEn ?? row.descriptionEn,
      sourceUrl: officialText.url ?? row.sourceUrl,
      verified: true,
      verificationNote: `${verifiedNote(describeOfficialText(officialText), dto.note ?? null, at)} (completed on ${todayInVietnam(at)}${code === row.code ? '' : ` from the draft row ${row.code}`})`,
      draft: false,
      missing: [],
      successorCodes: [...row.successorCodes],
    };
  }

  private decision(kind: ReviewKind, p: StoredChange, note: string | null): PendingChange {
    return { kind, code: p.code, effectiveFrom: p.effectiveFrom, row: null, endsPreviousVersion: false, source: null, note, proposalId: p.id, baseRevision: null, officialText: null };
  }

  /** The approved catalogue with the change applied; an invalid result is a 422 naming the problem. */
  private replay(effective: CatalogueView, pending: PendingChange | StoredChange, actor: Actor, field?: string): Catalogue {
    const rows = [...effective.catalogue.rows()];
    const change = 'id' in pending ? pending : asStored(pending, actor, effective.seq + 1);
    try {
      applyProposal(rows, change, new Map());
      return Catalogue.fromRows(rows);
    } catch (error) {
      const mapped = toAppError(error);
      if (field !== undefined && mapped instanceof AppError && mapped.details?.fields) {
        throw new AppError(mapped.code, mapped.message, { ...mapped.details, fields: [{ field, messages: [mapped.message] }] });
      }
      throw mapped;
    }
  }

  private async store(manager: EntityManager, actor: Actor, pending: PendingChange, proposal?: StoredChange): Promise<CatalogueChange> {
    const repo = manager.getRepository(CatalogueChange);
    const saved = await repo.save(
      repo.create({ ...pending, actorId: actor.userId, departmentId: actor.departmentId, catalogueRevision: SHIPPED_REVISION }),
    );
    await this.audit.record(manager, actor, {
      action: `catalogue:${saved.kind}`,
      entityType: 'catalogue_change',
      entityId: saved.id,
      departmentId: actor.departmentId,
      after: {
        kind: saved.kind,
        code: saved.code,
        effectiveFrom: saved.effectiveFrom,
        source: saved.source,
        note: saved.note,
        ...(proposal ? { proposalId: proposal.id, proposedBy: proposal.actorId } : {}),
      },
    });
    return saved;
  }

  private async rowAfterChange(actor: Actor, code: string, effectiveFrom: string): Promise<CatalogueRowDto> {
    const effective = await this.catalogue.effective(undefined, actor.departmentId);
    const row = effective.catalogue.versions(code).find((v) => v.effectiveFrom === effectiveFrom);
    if (!row) throw new AppError(ErrorCode.Internal, `${code} (from ${effectiveFrom}) vanished after the change`);
    return this.catalogue.toDto(row, effective, actor);
  }
}
