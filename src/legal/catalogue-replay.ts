/**
 * The effective catalogue under four-eyes review (issue 12 finding 8, issue 14). Pure: `CatalogueService` feeds it every
 * stored change. A change proposed since catalogue revision 2 takes effect for every department only when a second
 * legal officer approves it, in the order of approval; until then only the proposing department sees it. Changes made
 * under revision 1 (one officer, effective at once) stay in effect, except those aimed at rows revision 2 replaced.
 */
import {
  allSupersededVersions,
  Catalogue,
  CatalogueValidationError,
  loadShippedCatalogue,
  SHIPPED_REVISION,
  type CatalogueRow,
} from '@libs/legal';
import { applyChange, CatalogueChangeKind, versionKey, type ChangeRecord, type EffectiveCatalogue } from '@app/legal/effective-catalogue';

/** Kinds a stored change may have beyond the replayable edits of `CatalogueChangeKind`. */
export enum ReviewKind {
  /** Hoàn thiện dòng nháp / xác minh có sửa: the version's content read from the official text (a new row). */
  Complete = 'complete',
  /** Phê duyệt: a second legal officer approves a proposal. */
  Approve = 'approve',
  /** Không phê duyệt / rút lại: the proposal never takes effect. */
  Reject = 'reject',
}
export type StoredChangeKind = CatalogueChangeKind | ReviewKind;
export const STORED_CHANGE_KINDS: readonly StoredChangeKind[] = [...Object.values(CatalogueChangeKind), ...Object.values(ReviewKind)];
const PROPOSAL_KINDS: readonly StoredChangeKind[] = [CatalogueChangeKind.AddVersion, CatalogueChangeKind.Verify, ReviewKind.Complete];
export const isProposalKind = (kind: StoredChangeKind): boolean => PROPOSAL_KINDS.includes(kind);

/** The official text a verification or completion cites (văn bản gốc: số hiệu, Công báo hoặc đường dẫn, trang). */
export interface OfficialText {
  instrument: string;
  gazette?: string | null;
  url?: string | null;
  page: string;
}

/** e.g. "14/2022/NĐ-CP, Công báo số 171+172 năm 2022, trang 12" */
export const describeOfficialText = (t: OfficialText): string => {
  const gazette = t.gazette ? (/^công báo/iu.test(t.gazette) ? t.gazette : `Công báo ${t.gazette}`) : null;
  return [t.instrument, gazette, t.url ?? null, `trang ${t.page}`].filter((p): p is string => p !== null).join(', ');
};

/** One stored change, as the replay needs it: the fields of an edit, and those of the review. */
export interface StoredChange extends Omit<ChangeRecord, 'kind'> {
  id: string;
  kind: StoredChangeKind;
  departmentId: string | null;
  catalogueRevision: number;
  proposalId: string | null;
  baseRevision: number | null;
  officialText: OfficialText | null;
}

export type ReviewStatus = 'pending' | 'approved' | 'rejected' | 'in-force-before-review' | 'not-applied';

/** What became of a proposal, and who decided. */
export interface ProposalState {
  change: StoredChange;
  status: ReviewStatus;
  decision: StoredChange | null;
  /** Why a change made before revision 2 (or a broken one) is not applied. */
  notApplied: string | null;
}

/** Who proposed and who approved a version's content, against what text. */
export interface ReviewedProvenance {
  seq: number;
  proposal: StoredChange;
  approval: StoredChange | null;
  pending: boolean;
}

export interface ReviewedCatalogue extends EffectiveCatalogue {
  /** Null for the national catalogue; a department id for that department's view (its pending changes applied). */
  view: string | null;
  /** How many changes shaped each version (`code@effectiveFrom`); a proposal must be based on the latest. */
  revisions: ReadonlyMap<string, number>;
  proposals: ReadonlyMap<string, ProposalState>;
  /** Pending proposals per version key, every department's. */
  pendingByKey: ReadonlyMap<string, readonly StoredChange[]>;
  /** Who added a version, and who last verified or completed one (the view's pending ones marked). */
  addedBy: ReadonlyMap<string, ReviewedProvenance>;
  verifiedBy: ReadonlyMap<string, ReviewedProvenance>;
  /** A draft version completed under another code: the code to cite instead. */
  completedAs: ReadonlyMap<string, string>;
}

let replacedIn: ReadonlyMap<string, number> | undefined;
let removedCodes: ReadonlySet<string> | undefined;

/** Why a change made against an older revision cannot be replayed onto the current one (null: it can). */
function outdated(c: StoredChange): string | null {
  replacedIn ??= new Map(allSupersededVersions().map((v) => [v.key, v.revision]));
  removedCodes ??= new Set(allSupersededVersions().map((v) => v.code).filter((code) => !loadShippedCatalogue().has(code)));
  const replaced = replacedIn.get(versionKey(c.code, c.effectiveFrom));
  if (replaced !== undefined && replaced > c.catalogueRevision) {
    return `made against catalogue revision ${c.catalogueRevision}; revision ${replaced} replaced ${c.code} (from ${c.effectiveFrom})`;
  }
  if (removedCodes.has(c.code) && c.catalogueRevision < SHIPPED_REVISION) {
    return `made against catalogue revision ${c.catalogueRevision}; revision ${SHIPPED_REVISION} retired the code ${c.code}`;
  }
  return null;
}

/** An added version or a verification, as the shared replay rules of `applyChange` take it. */
const asRecord = (c: StoredChange & { kind: CatalogueChangeKind }): ChangeRecord => ({
  seq: c.seq,
  kind: c.kind,
  code: c.code,
  effectiveFrom: c.effectiveFrom,
  row: c.row,
  endsPreviousVersion: c.endsPreviousVersion,
  source: c.source,
  note: c.note,
  actorId: c.actorId,
  createdAt: c.createdAt,
});

/** Applies one proposal to `rows` in place; returns the keys it touched. */
export function applyProposal(rows: CatalogueRow[], c: StoredChange, completedAs: Map<string, string>): string[] {
  const key = versionKey(c.code, c.effectiveFrom);
  if (c.kind === CatalogueChangeKind.AddVersion || c.kind === CatalogueChangeKind.Verify) {
    applyChange(rows, asRecord({ ...c, kind: c.kind }));
    return [key];
  }
  if (c.kind !== ReviewKind.Complete) throw new CatalogueValidationError(`${c.code} (effectiveFrom ${c.effectiveFrom})`, `a ${c.kind} is not a change to apply`);
  if (c.row === null) throw new CatalogueValidationError(`${c.code} (effectiveFrom ${c.effectiveFrom})`, 'a completion has no row');
  const i = rows.findIndex((r) => r.code === c.code && r.effectiveFrom === c.effectiveFrom);
  if (i < 0) throw new CatalogueValidationError(`${c.code} (effectiveFrom ${c.effectiveFrom})`, 'no such version to complete');
  if (c.row.code === c.code) {
    rows[i] = c.row;
    return [key];
  }
  // Completed under its real citation: the draft stays (stored data may cite it) and names what replaces it. A draft
  // held for that citation (a point known to exist, its wording unread) is the same act and gives way to it.
  rows[i] = { ...rows[i], successorCodes: [...new Set([...rows[i].successorCodes, c.row.code])] };
  const completedRow = c.row;
  const j = rows.findIndex((r) => r.code === completedRow.code && r.effectiveFrom === completedRow.effectiveFrom && r.draft);
  if (j >= 0) rows[j] = completedRow;
  else rows.push(completedRow);
  completedAs.set(key, completedRow.code);
  return [key, versionKey(completedRow.code, completedRow.effectiveFrom)];
}

interface Replayed {
  catalogue: Catalogue;
  revisions: Map<string, number>;
  addedBy: Map<string, ReviewedProvenance>;
  verifiedBy: Map<string, ReviewedProvenance>;
  completedAs: Map<string, string>;
  failed: Map<string, string>;
}

interface Step {
  change: StoredChange;
  approval: StoredChange | null;
  pending: boolean;
}

/** `base` with `steps` applied, validated together; throws CatalogueValidationError when the result is invalid. */
function attempt(base: Replayed, steps: readonly Step[]): Replayed {
  const rows = [...base.catalogue.rows()];
  const revisions = new Map(base.revisions);
  const addedBy = new Map(base.addedBy);
  const verifiedBy = new Map(base.verifiedBy);
  const completedAs = new Map(base.completedAs);
  for (const s of steps) {
    const provenance = { seq: s.approval?.seq ?? s.change.seq, proposal: s.change, approval: s.approval, pending: s.pending };
    for (const key of applyProposal(rows, s.change, completedAs)) {
      revisions.set(key, (revisions.get(key) ?? 0) + 1);
      (s.change.kind === CatalogueChangeKind.AddVersion ? addedBy : verifiedBy).set(key, provenance);
    }
  }
  return { catalogue: Catalogue.fromRows(rows), revisions, addedBy, verifiedBy, completedAs, failed: base.failed };
}

/**
 * Applies `steps` over `base` in order: all at once first (the common case, one validation); if the result is
 * invalid, one by one, leaving out each step that breaks the catalogue and saying why, so one bad stored change
 * cannot take the catalogue (and every worksheet) down.
 */
function replaySteps(base: Replayed, steps: readonly Step[]): Replayed {
  if (steps.length === 0) return base;
  try {
    return attempt(base, steps);
  } catch {
    let acc = base;
    for (const s of steps) {
      try {
        acc = attempt(acc, [s]);
      } catch (error) {
        acc = { ...acc, failed: new Map(acc.failed).set(s.change.id, error instanceof Error ? error.message : String(error)) };
      }
    }
    return acc;
  }
}

/** Every proposal with its decision (the first approval or rejection that names it). */
export function proposalStates(changes: readonly StoredChange[]): Map<string, ProposalState> {
  const decisions = new Map<string, StoredChange>();
  for (const c of changes) {
    if (c.proposalId !== null && !decisions.has(c.proposalId) && !isProposalKind(c.kind)) decisions.set(c.proposalId, c);
  }
  const states = new Map<string, ProposalState>();
  for (const c of changes) {
    if (!isProposalKind(c.kind)) continue;
    const decision = decisions.get(c.id) ?? null;
    const legacy = c.catalogueRevision < SHIPPED_REVISION;
    const why = legacy ? outdated(c) : null;
    const status: ReviewStatus =
      why !== null ? 'not-applied' : legacy ? 'in-force-before-review' : decision === null ? 'pending' : decision.kind === ReviewKind.Approve ? 'approved' : 'rejected';
    states.set(c.id, { change: c, status, decision, notApplied: why });
  }
  return states;
}

/**
 * The catalogue as `view` sees it: the shipped rows, then every change in effect (revision-1 changes at their own
 * place, approved ones at their approval), then, for a department, its own pending proposals.
 */
export function replayReviewed(changes: readonly StoredChange[], view: string | null): ReviewedCatalogue {
  const states = proposalStates(changes);
  const effectiveSteps = [...states.values()]
    .filter((s) => s.status === 'approved' || s.status === 'in-force-before-review')
    .map((s) => ({ change: s.change, approval: s.decision, pending: false, at: s.decision?.seq ?? s.change.seq }))
    .sort((a, b) => a.at - b.at);
  const pendingByKey = new Map<string, StoredChange[]>();
  for (const s of states.values()) {
    if (s.status !== 'pending') continue;
    const key = versionKey(s.change.code, s.change.effectiveFrom);
    pendingByKey.set(key, [...(pendingByKey.get(key) ?? []), s.change]);
  }
  const empty: Replayed = { catalogue: loadShippedCatalogue(), revisions: new Map(), addedBy: new Map(), verifiedBy: new Map(), completedAs: new Map(), failed: new Map() };
  let replayed = replaySteps(empty, effectiveSteps);
  if (view !== null) {
    const own = [...states.values()]
      .filter((s) => s.status === 'pending' && s.change.departmentId === view)
      .sort((a, b) => a.change.seq - b.change.seq)
      .map((s) => ({ change: s.change, approval: null, pending: true }));
    // The department's own revisions do not count: a proposal is checked against the national catalogue.
    const national = replayed.revisions;
    replayed = { ...replaySteps(replayed, own), revisions: national };
  }
  for (const [id, why] of replayed.failed) {
    const s = states.get(id);
    if (s !== undefined && s.status !== 'pending') states.set(id, { ...s, status: 'not-applied', notApplied: why });
  }
  const plain = (p: ReviewedProvenance) => ({ seq: p.seq, actorId: p.proposal.actorId, at: p.proposal.createdAt.toISOString(), source: p.proposal.source, note: p.proposal.note });
  const added = new Map([...replayed.addedBy].map(([key, p]) => [key, plain(p)]));
  const verified = new Map([...replayed.verifiedBy].map(([key, p]) => [key, plain(p)]));
  const lastSeq = changes.length === 0 ? 0 : changes[changes.length - 1].seq;
  return {
    seq: lastSeq,
    catalogue: replayed.catalogue,
    added,
    verified,
    view,
    revisions: replayed.revisions,
    proposals: states,
    pendingByKey,
    addedBy: replayed.addedBy,
    verifiedBy: replayed.verifiedBy,
    completedAs: replayed.completedAs,
  };
}
