/**
 * The effective catalogue: the shipped rows with the stored changes replayed in order. Pure (no Nest, no database)
 * so the replay rules are unit-tested alone; `CatalogueService` feeds it the rows of `catalogue_changes`.
 */
import { addDays, Catalogue, CatalogueValidationError, loadShippedCatalogue, type CatalogueRow, type Worksheet } from '@libs/legal';
import { todayInVietnam } from '@libs/vn';

/** What a change does to the shipped catalogue. */
export enum CatalogueChangeKind {
  /** Thêm phiên bản: a new dated version of a row (an amending decree, or a version the shipped data lacks). */
  AddVersion = 'add-version',
  /** Xác minh: the version was checked against an official source. */
  Verify = 'verify',
}

/** One stored change, as the replay needs it. */
export interface ChangeRecord {
  seq: number;
  kind: CatalogueChangeKind;
  code: string;
  effectiveFrom: string;
  row: CatalogueRow | null;
  endsPreviousVersion: boolean;
  source: string | null;
  note: string | null;
  actorId: string;
  createdAt: Date;
}

/** Who changed a version, when, and against what. */
export interface Provenance {
  seq: number;
  actorId: string;
  at: string;
  source: string | null;
  note: string | null;
}

export interface EffectiveCatalogue {
  /** The last change applied (0: the shipped data only). */
  seq: number;
  catalogue: Catalogue;
  added: ReadonlyMap<string, Provenance>;
  verified: ReadonlyMap<string, Provenance>;
}

/** A version is named by its code and its first day in force. */
export const versionKey = (code: string, effectiveFrom: string): string => `${code}@${effectiveFrom}`;

const provenance = (c: ChangeRecord): Provenance => ({
  seq: c.seq,
  actorId: c.actorId,
  at: c.createdAt.toISOString(),
  source: c.source,
  note: c.note,
});

/** The note a verified row carries in worksheets: what it was checked against and when. */
export function verifiedNote(source: string, note: string | null, at: Date): string {
  return `Verified against ${source} on ${todayInVietnam(at)}${note ? `: ${note}` : ''}`;
}

const fail = (c: ChangeRecord, problem: string): never => {
  throw new CatalogueValidationError(`${c.code} (effectiveFrom ${c.effectiveFrom})`, problem);
};

/** The open-ended version that a new version starting on `from` replaces. */
export function previousOpenVersionIndex(rows: readonly CatalogueRow[], code: string, from: string): number {
  return rows.findIndex((r) => r.code === code && r.effectiveTo === null && r.effectiveFrom < from);
}

/** Applies one change to `rows` in place; the caller validates the result (`Catalogue.fromRows`). */
export function applyChange(rows: CatalogueRow[], c: ChangeRecord): void {
  switch (c.kind) {
    case CatalogueChangeKind.AddVersion: {
      if (c.row === null) return fail(c, 'an added version has no row');
      if (c.endsPreviousVersion) {
        const i = previousOpenVersionIndex(rows, c.code, c.effectiveFrom);
        if (i < 0) return fail(c, 'endPreviousVersion: there is no open-ended earlier version to end');
        rows[i] = { ...rows[i], effectiveTo: addDays(c.effectiveFrom, -1) };
      }
      rows.push(c.row);
      return;
    }
    case CatalogueChangeKind.Verify: {
      const i = rows.findIndex((r) => r.code === c.code && r.effectiveFrom === c.effectiveFrom);
      if (i < 0) return fail(c, 'no such version to verify');
      rows[i] = { ...rows[i], verified: true, verificationNote: verifiedNote(c.source ?? '?', c.note, c.createdAt) };
      return;
    }
  }
}

/** Replays the changes (oldest first) over the shipped rows; throws CatalogueValidationError naming the problem. */
export function buildEffectiveCatalogue(changes: readonly ChangeRecord[]): EffectiveCatalogue {
  const shipped = loadShippedCatalogue();
  const added = new Map<string, Provenance>();
  const verified = new Map<string, Provenance>();
  if (changes.length === 0) return { seq: 0, catalogue: shipped, added, verified };
  const rows = [...shipped.rows()];
  for (const change of changes) {
    applyChange(rows, change);
    const map = change.kind === CatalogueChangeKind.AddVersion ? added : verified;
    map.set(versionKey(change.code, change.effectiveFrom), provenance(change));
  }
  return { seq: changes[changes.length - 1].seq, catalogue: Catalogue.fromRows(rows), added, verified };
}

export interface UnverifiedVersion {
  act: number;
  code: string;
  effectiveFrom: string;
}

/**
 * The versions a worksheet applies that are still unverified in `catalogue` (looked up again, so a row verified
 * after the worksheet was computed no longer counts). A decision must not be issued on any of them.
 */
export function unverifiedVersions(catalogue: Catalogue, worksheet: Pick<Worksheet, 'acts'>): UnverifiedVersion[] {
  return worksheet.acts
    .filter((a) => {
      const row = catalogue.versions(a.code).find((v) => v.effectiveFrom === a.version.effectiveFrom);
      return row === undefined || !row.verified;
    })
    .map((a) => ({ act: a.index, code: a.code, effectiveFrom: a.version.effectiveFrom }));
}
