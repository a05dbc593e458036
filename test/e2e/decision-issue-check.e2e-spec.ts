import { Role } from '@app/common/role';
import { apiAs, ok, refused } from './api-client';
import { draftDecision, issue, magazine, MISSION_ACT, readyCase, verifyRows } from './decisions-support';
import { department, Department, startApp, TestApp } from './harness';

jest.setTimeout(120_000);

/**
 * The checklist before issuing (issue 16 §5): GET /decisions/:id/issue-check runs the checks of "issue" and writes
 * nothing, so the legal officer sees every refusal before pressing "Ban hành" and the same list issuing would give.
 */
describe('decisions: the checklist before issuing', () => {
  let t: TestApp;
  let a: Department;
  let b: Department;

  beforeAll(async () => {
    t = await startApp();
    a = await department(t);
    b = await department(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('should list every reason issuing would refuse, change nothing, and come back empty once they are resolved', async () => {
    const ready = await readyCase(t, a, await magazine(t, a));
    const draft = await draftDecision(t, a, ready.id);
    const officer = apiAs(t, a, Role.LegalOfficer);
    const path = { params: { path: { id: draft.id } } };

    const before = await ok(officer.GET('/api/decisions/{id}/issue-check', path));
    expect(before.version).toBe(draft.version);
    expect(before.reasons.map((r) => r.code)).toContain('unverified_rule');
    expect(before.reasons.some((r) => r.message.includes(MISSION_ACT))).toBe(true);

    // The same list as issuing gives, and nothing written by the check: the draft keeps its version and status.
    const attempt = await issue(t, a, draft);
    expect(attempt.status).toBe(422);
    expect((attempt.body.details.reasons as { code: string }[]).map((r) => r.code).sort()).toEqual(before.reasons.map((r) => r.code).sort());
    const still = await ok(officer.GET('/api/decisions/{id}', path));
    expect({ status: still.status, version: still.version, number: still.number }).toEqual({ status: 'draft', version: draft.version, number: null });

    await verifyRows(t, a);
    const after = await ok(officer.GET('/api/decisions/{id}/issue-check', path));
    expect(after.reasons).toEqual([]);
    expect((await issue(t, a, draft)).status).toBe(200);

    // An issued decision is frozen: there is nothing left to check.
    expect((await refused(officer.GET('/api/decisions/{id}/issue-check', path), 409)).code).toBe('RECORD_FROZEN');
  });

  it("should keep the check to the department's legal officers", async () => {
    // Another department's legal officer is told it does not exist (its magazine's licence number is its own).
    const ready = await readyCase(t, b, await magazine(t, b));
    const draft = await draftDecision(t, b, ready.id);
    const path = { params: { path: { id: draft.id } } };
    await ok(apiAs(t, b, Role.LegalOfficer).GET('/api/decisions/{id}/issue-check', path));
    await refused(apiAs(t, b, Role.Inspector).GET('/api/decisions/{id}/issue-check', path), 403);
    await refused(apiAs(t, a, Role.LegalOfficer).GET('/api/decisions/{id}/issue-check', path), 404);
  });
});
