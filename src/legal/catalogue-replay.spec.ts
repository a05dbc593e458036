import { loadShippedCatalogue, SHIPPED_REVISION, type CatalogueRow } from '@libs/legal';
import { replayReviewed, ReviewKind, type StoredChange } from '@app/legal/catalogue-replay';
import { CatalogueChangeKind, versionKey } from '@app/legal/effective-catalogue';

const D8 = '119/2020:Đ8.k4.e';
const AT = new Date('2026-12-01T03:00:00Z');
const A = 'department-a';
const B = 'department-b';
let seq = 0;
const change = (over: Partial<StoredChange>): StoredChange => {
  seq += 1;
  return {
    id: `c${seq}`,
    seq,
    kind: CatalogueChangeKind.Verify,
    code: D8,
    effectiveFrom: '2022-01-27',
    row: null,
    endsPreviousVersion: false,
    source: 'Công báo số 1, trang 2',
    note: null,
    actorId: 'officer-a',
    departmentId: A,
    createdAt: AT,
    catalogueRevision: SHIPPED_REVISION,
    proposalId: null,
    baseRevision: 0,
    officialText: { instrument: '119/2020/NĐ-CP', gazette: '1', page: '2' },
    ...over,
  };
};
const decide = (kind: ReviewKind, p: StoredChange, actorId = 'officer-b'): StoredChange =>
  change({ kind, proposalId: p.id, code: p.code, effectiveFrom: p.effectiveFrom, actorId, departmentId: B, source: null, officialText: null, baseRevision: null });
const d8 = (view: ReturnType<typeof replayReviewed>) => view.catalogue.find(D8, '2024-01-01');

describe('four-eyes replay of catalogue changes (issue 12 finding 8)', () => {
  it('keeps a proposal out of the national catalogue and shows it to its own department only', () => {
    const p = change({});
    expect(d8(replayReviewed([p], null))?.verified).toBe(false);
    expect(d8(replayReviewed([p], B))?.verified).toBe(false);
    const own = replayReviewed([p], A);
    expect(d8(own)?.verified).toBe(true);
    expect(own.verifiedBy.get(versionKey(D8, '2022-01-27'))).toMatchObject({ pending: true, approval: null });
    // A proposal is always checked against the national revision, not the department's own view.
    expect(own.revisions.get(versionKey(D8, '2022-01-27'))).toBeUndefined();
    expect(replayReviewed([p], null).pendingByKey.get(versionKey(D8, '2022-01-27'))).toEqual([p]);
  });

  it('applies an approved proposal everywhere, at its approval, and never a rejected one', () => {
    const p = change({});
    const approved = replayReviewed([p, decide(ReviewKind.Approve, p)], B);
    expect(d8(approved)?.verified).toBe(true);
    expect(approved.verifiedBy.get(versionKey(D8, '2022-01-27'))).toMatchObject({ pending: false, approval: { actorId: 'officer-b' } });
    expect(approved.revisions.get(versionKey(D8, '2022-01-27'))).toBe(1);
    expect(approved.proposals.get(p.id)?.status).toBe('approved');
    const q = change({});
    const rejected = replayReviewed([q, decide(ReviewKind.Reject, q)], A);
    expect(d8(rejected)?.verified).toBe(false);
    expect(rejected.proposals.get(q.id)?.status).toBe('rejected');
  });

  it('applies approved changes in the order they were approved', () => {
    const first: CatalogueRow = { ...loadShippedCatalogue().versions(D8)[0], effectiveFrom: '2027-01-01', fine: { minVnd: 50_000_000, maxVnd: 70_000_000, printedFor: 'organisation' } };
    const add = change({ kind: CatalogueChangeKind.AddVersion, effectiveFrom: '2027-01-01', row: first, endsPreviousVersion: true, officialText: null });
    const verify = change({ effectiveFrom: '2022-01-27' });
    // The verification is approved first, then the new version that ends the verified one.
    const view = replayReviewed([add, verify, decide(ReviewKind.Approve, verify), decide(ReviewKind.Approve, add)], null);
    expect(view.catalogue.versions(D8).map((v) => [v.effectiveFrom, v.effectiveTo, v.verified])).toEqual([
      ['2022-01-27', '2026-12-31', true],
      ['2027-01-01', null, false],
    ]);
  });

  it('keeps changes made before review (revision 1) in force, but not those aimed at rows revision 2 replaced', () => {
    const legacy = change({ catalogueRevision: 1 });
    const stale = change({ catalogueRevision: 1, code: '119/2020:Đ5.k3.b', effectiveFrom: '2022-01-27' });
    const retired: CatalogueRow = { ...loadShippedCatalogue().versions(D8)[0], code: '119/2020:Đ20.k?.top' };
    const slug = change({ catalogueRevision: 1, kind: CatalogueChangeKind.AddVersion, code: '119/2020:Đ20.k?.top', effectiveFrom: '2027-01-01', row: retired });
    const view = replayReviewed([legacy, stale, slug], null);
    expect(d8(view)?.verified).toBe(true);
    expect(view.proposals.get(legacy.id)?.status).toBe('in-force-before-review');
    expect(view.proposals.get(stale.id)).toMatchObject({ status: 'not-applied', notApplied: expect.stringContaining('revision 2 replaced 119/2020:Đ5.k3.b') });
    expect(view.proposals.get(slug.id)).toMatchObject({ status: 'not-applied', notApplied: expect.stringContaining('retired the code') });
  });

  it('completes a draft row under its real citation, leaving the draft to name it', () => {
    const draft = loadShippedCatalogue().find('119/2020:Đ20.k1', '2021-01-01') as CatalogueRow;
    const completed: CatalogueRow = { ...draft, code: '119/2020:Đ20.k1.b', clause: 1, point: 'b', draft: false, missing: [], verified: true, verificationNote: 'Verified against Công báo' };
    const p = change({ kind: ReviewKind.Complete, code: draft.code, effectiveFrom: draft.effectiveFrom, row: completed });
    const view = replayReviewed([p, decide(ReviewKind.Approve, p)], null);
    expect(view.catalogue.find('119/2020:Đ20.k1.b', '2021-01-01')).toMatchObject({ verified: true, draft: false });
    expect(view.catalogue.find('119/2020:Đ20.k1', '2021-01-01')).toMatchObject({ draft: true, successorCodes: ['119/2020:Đ20.k1.b'] });
    expect(view.completedAs.get(versionKey(draft.code, draft.effectiveFrom))).toBe('119/2020:Đ20.k1.b');
  });

  it('leaves out an approved change that no longer fits, saying why, and applies the rest', () => {
    const overlapping: CatalogueRow = { ...loadShippedCatalogue().versions(D8)[0], effectiveFrom: '2023-01-01' };
    const bad = change({ kind: CatalogueChangeKind.AddVersion, effectiveFrom: '2023-01-01', row: overlapping, officialText: null });
    const good = change({});
    const view = replayReviewed([bad, good, decide(ReviewKind.Approve, bad), decide(ReviewKind.Approve, good)], null);
    expect(d8(view)?.verified).toBe(true);
    expect(view.proposals.get(bad.id)).toMatchObject({ status: 'not-applied', notApplied: expect.stringContaining('overlaps') });
  });
});
