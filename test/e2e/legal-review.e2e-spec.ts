import { Role } from '@app/common/role';
import { CatalogueReview1796700000000 } from '../../migrations/1796700000000-CatalogueReview';
import { ensureCalendarCoversToday, generalSite, openCase, post } from './cases-support';
import { DRAFT, draftDecision, issue, magazine, readyCase, today } from './decisions-support';
import { department, Department, startApp, TestApp } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';
import { approve, OFFICIAL_TEXT, secondLegalOfficer } from './legal-support';

/**
 * The law as data (issue 14) and the national catalogue under four-eyes review (issue 12 finding 8), through HTTP
 * against the real database: search as inspectors say it, draft rows that no record or decision may cite, the
 * verification queue, approvals, privacy of the history, and the migration of stored case data by meaning.
 */
describe('legal catalogue: search, draft rows, review queue, four-eyes (HTTP against real PostgreSQL)', () => {
  let t: TestApp;
  let a: Department;
  let b: Department;
  const enc = encodeURIComponent;
  const as = (d: Department, role: Role = Role.Inspector) => d.sessions[role].token;
  const search = (text: string, d: Department = a, extra = '') =>
    call(t, 'GET', `/legal/catalogue?text=${enc(text)}${extra}`, { token: as(d) });
  const preview = (d: Department, body: Record<string, unknown>) => call(t, 'POST', '/fines/preview', { token: as(d), body });
  const act = (over: Record<string, unknown>) => ({ offenderType: 'organisation', ongoingAtDetection: false, endedOn: '2024-03-01', detectedOn: '2024-03-15', ...over });
  const inForce = (r: { effectiveFrom: string; effectiveTo: string | null }) => r.effectiveFrom <= today && (r.effectiveTo === null || today <= r.effectiveTo);

  beforeAll(async () => {
    t = await startApp();
    a = await department(t);
    b = await department(t);
  });
  afterAll(() => t.close());

  describe('catalogue search as inspectors say it (GET /legal/catalogue?text=)', () => {
    it.each(['báo hóa', 'bao hoa'])('finds the general-site rows first for "%s"', async (text) => {
      const res = await search(text);
      expect(res.status).toBe(200);
      const first = res.body.items.slice(0, 3);
      expect(first.every((r: { subjects: string[] }) => r.subjects.includes('general-site'))).toBe(true);
      expect(first.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['119/2020:Đ20.k2.a', '119/2020:Đ20.k5']));
    });

    it('finds the false-information rows of NĐ 119, 15 and 174 for "tin gia", the ones in force first', async () => {
      const { items } = (await search('tin gia')).body;
      expect(inForce(items[0])).toBe(true);
      expect(new Set(items.map((r: { instrument: string }) => r.instrument))).toEqual(new Set(['119/2020/NĐ-CP', '15/2020/NĐ-CP', '174/2026/NĐ-CP']));
      const firstEnded = items.findIndex((r: { effectiveFrom: string; effectiveTo: string | null }) => !inForce(r));
      expect(firstEnded).toBeGreaterThan(0);
      expect(items.slice(firstEnded).some(inForce)).toBe(false);
    });

    it('returns the letter-of-introduction row first for "giấy giới thiệu"', async () => {
      const { items } = (await search('giấy giới thiệu')).body;
      expect(items[0]).toMatchObject({ code: '119/2020:Đ6.k1.đ', keywords: expect.arrayContaining(['giấy giới thiệu']) });
    });

    it('filters by subject kind, and leaves draft rows out on request', async () => {
      const users = (await search('tin gia', a, '&subject=social-network-user')).body.items;
      expect(users.length).toBeGreaterThan(0);
      expect(users.every((r: { subjects: string[] }) => r.subjects.includes('social-network-user'))).toBe(true);
      expect(users[0].code).toBe('174/2026:Đ95.k1.a');
      const all = (await search('bao hoa')).body.items;
      expect(all.some((r: { draft: boolean }) => r.draft)).toBe(true);
      const complete = (await search('bao hoa', a, '&excludeDrafts=true')).body.items;
      expect(complete.some((r: { draft: boolean }) => r.draft)).toBe(false);
      expect((await search('x', a, '&subject=radio')).status).toBe(422);
    });
  });

  describe('draft rows (dòng nháp): findable and previewable, never cited by a record or decision', () => {
    const DRAFT_ROW = '119/2020:Đ10.k2';

    it('previews a draft row, saying plainly that its citation is incomplete', async () => {
      const res = await preview(a, { decisionDate: '2024-04-01', acts: [act({ code: DRAFT_ROW })] });
      expect(res.status).toBe(200);
      expect(res.body.acts[0].version).toMatchObject({ draft: true, missing: ['clause'], citationShort: expect.stringContaining('dòng nháp, trích dẫn chưa đầy đủ') });
      expect(res.body.flags).toContainEqual(expect.objectContaining({ kind: 'draft-row', code: DRAFT_ROW }));
      expect(JSON.stringify(res.body)).not.toContain('chưa xác định');
    });

    it('refuses a violation citing a draft row (422 naming the row and what is missing)', async () => {
      await ensureCalendarCoversToday(t, a, today);
      const c = await openCase(t, a, await generalSite(t, a, 'Trang tin Nháp'));
      await post(t, a, `/cases/${c.id}/inspections`, { kind: 'check', planning: 'ad_hoc', decisionNumber: '31/QĐ-SVHTT' });
      await post(t, a, `/cases/${c.id}/start-inspection`, { version: c.version });
      const res = await call(t, 'POST', `/cases/${c.id}/violations`, {
        token: as(a),
        body: { code: DRAFT_ROW, ongoingAtDetection: false, endedOn: '2026-10-01', detectedOn: '2026-10-05', facts: 'Không thông báo việc cải chính' },
      });
      expect(res.status).toBe(422);
      expect(res.body.details.fields).toEqual([{ field: 'code', messages: [expect.stringContaining(`${DRAFT_ROW} (from 2020-12-01) is a draft row`)] }]);
      expect(res.body.message).toContain('the clause number (khoản)');
      expect(res.body.details.drafts).toEqual([{ act: 0, code: DRAFT_ROW, missing: ['clause', 'source'] }]);
    });

    it('refuses to sign a violation record (biên bản) stating a draft row, naming it and what is missing', async () => {
      const CODE = '119/2020:Đ10.k4';
      const c = await openCase(t, a, await generalSite(t, a, 'Trang tin Biên Bản'));
      await post(t, a, `/cases/${c.id}/inspections`, { kind: 'check', planning: 'ad_hoc', decisionNumber: '33/QĐ-SVHTT' });
      await post(t, a, `/cases/${c.id}/start-inspection`, { version: c.version });
      const v = await post(t, a, `/cases/${c.id}/violations`, { code: '119/2020:Đ20.k1.e', ongoingAtDetection: false, endedOn: '2026-10-01', detectedOn: '2026-10-05', facts: 'Không cải chính theo quy định' });
      // Stored before revision 2 and moved onto the draft row of the same act.
      await t.dataSource.query(
        `update case_violations set code = $1::text, worksheet = jsonb_set(jsonb_set(worksheet, '{acts,0,code}', to_jsonb($1::text)), '{acts,0,version,code}', to_jsonb($1::text)) where id = $2`,
        [CODE, v.id],
      );
      const draft = await post(t, a, `/cases/${c.id}/violation-record`, { drawnOn: '2026-10-05', drawnAt: '09:00', place: 'Trụ sở Sở Văn hóa và Thể thao', subjectStatement: 'Thống nhất' });
      const res = await call(t, 'POST', `/cases/${c.id}/violation-record/sign`, { token: as(a), body: { version: draft.version } });
      expect(res.status).toBe(422);
      expect(res.body.details.fields).toEqual([{ field: 'violations[0].code', messages: [expect.stringContaining(`${CODE} (from 2020-12-01) is a draft row`)] }]);
      expect(res.body.details.drafts).toEqual([{ violation: 0, code: CODE, problem: 'draft', missing: ['clause', 'source'] }]);
      const [record] = await t.dataSource.query('select status, number from violation_records where case_id = $1', [c.id]);
      expect(record).toEqual({ status: 'draft', number: null });
    });

    it('refuses to issue a decision on a draft row, then issues it once a legal officer has completed the row through the queue and a second approved it', async () => {
      // A case stored before revision 2 and moved by the migration onto the draft row of the same act (Đ10 k3).
      const CODE = '119/2020:Đ10.k3';
      const agency = await magazine(t, a, 'Tạp chí Cải Chính');
      const { id, violationIds } = await readyCase(t, a, agency, [{ code: '119/2020:Đ14.k3.a', endedOn: '2026-09-01', facts: 'Không gỡ bỏ thông tin sai sự thật khi phải gỡ' }]);
      await t.dataSource.query(
        `update case_violations set code = $1::text, worksheet = jsonb_set(jsonb_set(worksheet, '{acts,0,code}', to_jsonb($1::text)), '{acts,0,version,code}', to_jsonb($1::text)) where id = $2`,
        [CODE, violationIds[0]],
      );
      const decision = await draftDecision(t, a, id, { ...DRAFT, remedialMeasures: [] });
      const refused = await issue(t, a, decision);
      expect(refused.status).toBe(422);
      expect(refused.body.details.reasons).toContainEqual(
        expect.objectContaining({ code: 'unverified_rule', act: 0, message: expect.stringMatching(/119\/2020:Đ10\.k3 \(from 2020-12-01\) is a draft row: .*the clause number \(khoản\)/) }),
      );

      // The queue puts what blocks this department's open case first, with what is missing.
      const queue = await call(t, 'GET', '/legal/catalogue/review', { token: as(a, Role.LegalOfficer) });
      expect(queue.status).toBe(200);
      expect(queue.body.items[0]).toMatchObject({ reason: 'blocking', problem: 'draft', code: CODE, effectiveFrom: '2020-12-01', missing: ['clause', 'source'], blockingViolations: 1, revision: 0 });
      const reasons = queue.body.items.map((i: { reason: string }) => i.reason);
      expect(reasons.indexOf('unverified')).toBeGreaterThan(reasons.lastIndexOf('draft'));
      expect(queue.body.items.find((i: { code: string }) => i.code === '119/2020:Đ8.k5.b').missing).toEqual(['range', 'source']);

      const completion = { code: CODE, effectiveFrom: '2020-12-01', expectedRevision: 0, officialText: OFFICIAL_TEXT, clause: 3, note: 'khoản 3 Điều 10 đã đọc trong văn bản gốc' };
      const noClause = await call(t, 'POST', '/legal/catalogue/completions', { token: as(a, Role.LegalOfficer), body: { ...completion, clause: undefined } });
      expect(noClause.status).toBe(422);
      expect(noClause.body.details.fields[0].field).toBe('clause');
      const noSource = await call(t, 'POST', '/legal/catalogue/completions', { token: as(a, Role.LegalOfficer), body: { ...completion, officialText: { instrument: '119/2020/NĐ-CP', page: '7' } } });
      expect(noSource.status).toBe(422);
      expect(noSource.body.details.fields[0].field).toBe('officialText');
      const proposed = await call(t, 'POST', '/legal/catalogue/completions', { token: as(a, Role.LegalOfficer), body: completion });
      expect(proposed.status).toBe(201);
      expect(proposed.body).toMatchObject({ code: CODE, clause: 3, draft: false, verified: true, pendingApproval: true });
      // Pending: still refused, and a second proposal on the same row waits (409).
      expect((await issue(t, a, decision)).status).toBe(422);
      expect((await call(t, 'POST', '/legal/catalogue/completions', { token: as(a, Role.DepartmentAdmin), body: completion })).status).toBe(409);

      await approve(t, a, proposed.body.verification.changeId);
      const v = (await call(t, 'GET', `/cases/${id}/violations`, { token: as(a) })).body[0];
      const recomputed = await call(t, 'POST', `/cases/${id}/violations/${v.id}/recompute`, { token: as(a), body: { version: v.version } });
      expect(recomputed.status).toBe(200);
      expect(recomputed.body.legalBasis).toBe('khoản 3 Điều 10 Nghị định số 119/2020/NĐ-CP');
      const issued = await issue(t, a, (await call(t, 'GET', `/decisions/${decision.id}`, { token: as(a, Role.LegalOfficer) })).body);
      expect(issued.status).toBe(200);
      expect(issued.body.number).toMatch(/\/QĐ-XPHC$/);
      expect(JSON.stringify(issued.body)).not.toContain('chưa xác định');
    });
  });

  describe('four-eyes review of the national catalogue (issue 12 finding 8)', () => {
    const D8 = '119/2020:Đ8.k4.e';
    const lower = {
      code: D8,
      effectiveFrom: '2027-01-01',
      amendedBy: '999/2026/NĐ-CP Đ1 k1',
      fine: { minVnd: 500_000, maxVnd: 1_000_000, printedFor: 'organisation' },
      sourceUrl: 'https://vanban.chinhphu.vn/?pageid=27160&docid=999999',
      endPreviousVersion: true,
    };
    const d8In2027 = (d: Department) => preview(d, { decisionDate: '2027-02-01', acts: [act({ code: D8, endedOn: '2027-01-10', detectedOn: '2027-01-15' })] });
    let changeId = '';

    it("keeps another department on the approved catalogue while one department's legal officer proposes a lower range", async () => {
      const res = await call(t, 'POST', '/legal/catalogue/versions', { token: as(a, Role.LegalOfficer), body: lower });
      expect(res.status).toBe(201);
      changeId = res.body.addedBy.changeId;
      // The proposing department sees its draft; the other department and every computation keep 40–60M.
      const own = (await call(t, 'GET', `/legal/catalogue/${enc(D8)}`, { token: as(a) })).body.versions;
      expect(own.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual(['2022-01-27', '2027-01-01']);
      const other = (await call(t, 'GET', `/legal/catalogue/${enc(D8)}`, { token: as(b) })).body.versions;
      expect(other.map((v: { effectiveFrom: string; effectiveTo: string | null }) => [v.effectiveFrom, v.effectiveTo])).toEqual([['2022-01-27', null]]);
      expect((await d8In2027(b)).body.acts[0].fine.applied).toMatchObject({ minVnd: 40_000_000, maxVnd: 60_000_000 });
      expect((await d8In2027(a)).body.acts[0].fine.applied).toMatchObject({ minVnd: 40_000_000, maxVnd: 60_000_000 });
    });

    it('refuses self-approval and approval by a non-legal officer (403)', async () => {
      const self = await call(t, 'POST', `/legal/catalogue/changes/${changeId}/approve`, { token: as(a, Role.LegalOfficer), body: {} });
      expect(self.status).toBe(403);
      expect(self.body.message).toContain('cannot approve it');
      for (const role of [Role.DepartmentAdmin, Role.Inspector, Role.Leader, Role.MinistryViewer]) {
        expect((await call(t, 'POST', `/legal/catalogue/changes/${changeId}/approve`, { token: as(b, role), body: {} })).status).toBe(403);
      }
      expect((await d8In2027(b)).body.acts[0].fine.applied.maxVnd).toBe(60_000_000);
    });

    it('shows other departments who changed what by name and department only, never by user id (issue 12 finding 6)', async () => {
      const seen = (await call(t, 'GET', `/legal/catalogue/history?code=${enc(D8)}`, { token: as(b) })).body;
      const mine = (await call(t, 'GET', `/legal/catalogue/history?code=${enc(D8)}`, { token: as(a) })).body;
      const entry = seen.find((c: { id: string }) => c.id === changeId);
      expect(entry).toMatchObject({ actorId: null, departmentId: null, actorName: expect.any(String), departmentName: expect.any(String), status: 'pending' });
      expect(JSON.stringify(seen)).not.toContain(a.sessions[Role.LegalOfficer].userId);
      expect(mine.find((c: { id: string }) => c.id === changeId)).toMatchObject({ actorId: a.sessions[Role.LegalOfficer].userId, departmentId: a.id });
      const queue = await call(t, 'GET', '/legal/catalogue/review', { token: as(b, Role.LegalOfficer) });
      expect(queue.body.pendingApprovals).toContainEqual(expect.objectContaining({ changeId, mine: false, proposedBy: expect.objectContaining({ actorId: null }) }));
      expect(JSON.stringify(queue.body)).not.toContain(a.sessions[Role.LegalOfficer].userId);
    });

    it('lets exactly one of two officers approving at once succeed, then applies the change everywhere', async () => {
      const second = await secondLegalOfficer(t, a);
      const [x, y] = await Promise.all([
        call(t, 'POST', `/legal/catalogue/changes/${changeId}/approve`, { token: as(b, Role.LegalOfficer), body: {} }),
        call(t, 'POST', `/legal/catalogue/changes/${changeId}/approve`, { token: second.token, body: {} }),
      ]);
      expect([x.status, y.status].sort()).toEqual([200, 409]);
      expect((await d8In2027(b)).body.acts[0].fine.applied).toMatchObject({ minVnd: 500_000, maxVnd: 1_000_000 });
      const history = (await call(t, 'GET', `/legal/catalogue/history?code=${enc(D8)}`, { token: as(a) })).body;
      expect(history.filter((c: { kind: string }) => c.kind === 'approve')).toHaveLength(1);
    });

    it('answers 409 to a change based on a revision another officer has moved past', async () => {
      const v = (await call(t, 'GET', `/legal/catalogue/${enc(D8)}`, { token: as(b) })).body.versions.find((x: { effectiveFrom: string }) => x.effectiveFrom === '2027-01-01');
      expect(v.revision).toBe(1);
      const stale = await call(t, 'POST', '/legal/catalogue/verifications', {
        token: as(b, Role.LegalOfficer),
        body: { code: D8, effectiveFrom: '2027-01-01', expectedRevision: 0, officialText: OFFICIAL_TEXT },
      });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_VERSION');
      // A proposal whose row changed before approval is refused at approval too.
      const fresh = await call(t, 'POST', '/legal/catalogue/verifications', {
        token: as(b, Role.LegalOfficer),
        body: { code: D8, effectiveFrom: '2027-01-01', expectedRevision: 1, officialText: OFFICIAL_TEXT },
      });
      expect(fresh.status).toBe(201);
      const rejected = await call(t, 'POST', `/legal/catalogue/changes/${fresh.body.verification.changeId}/reject`, { token: as(a, Role.LegalOfficer), body: { note: 'chưa đủ căn cứ' } });
      expect(rejected.status).toBe(200);
      expect(rejected.body).toMatchObject({ status: 'rejected' });
      expect((await call(t, 'POST', `/legal/catalogue/changes/${fresh.body.verification.changeId}/approve`, { token: as(a, Role.LegalOfficer), body: {} })).status).toBe(409);
    });
  });

  /**
   * Published decisions of legal-research.md §1.4 whose clause and range are known in the catalogue now, reproduced by
   * POST /fines/preview. Left out: Tri thức Xanh 2021 (its serious off-mission tier is a draft row, clause unread),
   * Zing 2023 (that tier's 2022 range is unknown), Hải Phòng QĐ 01/QĐ-XPHC 2022 (Đ8 k5 b range unknown), QĐ 280/QĐ-CBC
   * 2024 and the other acts of Diễn đàn Doanh nghiệp 2023 (per-act amounts not published), Ngày Nay 2020 (NĐ 159).
   */
  describe('published decisions reproduced by POST /fines/preview (legal-research.md §1.4)', () => {
    const DECISIONS: [name: string, decisionDate: string, acts: Record<string, unknown>[], total: number][] = [
      [
        'Thanh tra Bộ TTTT, KD&BM magazine, 2024-04-01: the magazine 50 000 000 on Đ8 k4 e (median of 40–60M)',
        '2024-04-01',
        [act({ code: '119/2020:Đ8.k4.e', endedOn: '2024-02-15', detectedOn: '2024-03-01' })],
        50_000_000,
      ],
      [
        'Thanh tra Bộ TTTT, KD&BM magazine, 2024-04-01: the editor-in-chief 4 000 000 on Đ6 k1 đ (individual amount, median of 3–5M)',
        '2024-04-01',
        [act({ code: '119/2020:Đ6.k1.đ', offenderType: 'individual', endedOn: '2024-02-15', detectedOn: '2024-03-01' })],
        4_000_000,
      ],
      [
        'Cục Báo chí, Diễn đàn Doanh nghiệp, 2023-12-08: 50 000 000 for tôn chỉ, mục đích with minor impact (Đ8 k4 e)',
        '2023-12-08',
        [act({ code: '119/2020:Đ8.k4.e', endedOn: '2023-10-31', detectedOn: '2023-11-10' })],
        50_000_000,
      ],
      [
        'Thanh tra Bộ, Môi trường xây dựng, 2024: 68 750 000 = Đ8 k4 e 50 000 000 + Đ5 k3 b 18 750 000 (one mitigating, officer choice)',
        '2024-05-16',
        [
          act({ code: '119/2020:Đ8.k4.e', endedOn: '2024-04-01', detectedOn: '2024-04-10' }),
          act({ code: '119/2020:Đ5.k3.b', endedOn: '2024-04-01', detectedOn: '2024-04-10', mitigating: [{ code: 'Đ9.k2' }], chosenAmountVnd: 18_750_000, chosenAmountReason: 'thành thật hối lỗi' }),
        ],
        68_750_000,
      ],
      [
        'Thanh tra Sở TTTT Quảng Trị, 2022-12-06: 40 000 000 for tôn chỉ, mục đích (Đ8 k4 e at its minimum, two mitigating)',
        '2022-12-06',
        [act({ code: '119/2020:Đ8.k4.e', endedOn: '2022-11-01', detectedOn: '2022-11-10', mitigating: [{ code: 'Đ9.k1' }, { code: 'Đ9.k2' }] })],
        40_000_000,
      ],
      [
        'Sở TTTT Đà Nẵng, 2022: 4 000 000 on Đ6 k1 đ, letters of introduction outside the licensed mission',
        '2022-09-01',
        [act({ code: '119/2020:Đ6.k1.đ', offenderType: 'individual', endedOn: '2022-07-01', detectedOn: '2022-07-15' })],
        4_000_000,
      ],
      [
        'Sở TTTT TP.HCM, cafeland.vn, 2024-05-20: 25 000 000 on Đ20 k2 a, citation rules of a general site ("báo hóa")',
        '2024-05-20',
        [act({ code: '119/2020:Đ20.k2.a', endedOn: '2024-04-20', detectedOn: '2024-05-02' })],
        25_000_000,
      ],
      [
        'Sở TTTT TP.HCM, TikTokers, 2024: 7 500 000 each on NĐ 15/2020 Đ101 k1 a (individual: half of 10–20M, median)',
        '2024-05-09',
        [act({ code: '15/2020:Đ101.k1.a', offenderType: 'individual', endedOn: '2024-04-20', detectedOn: '2024-05-01' })],
        7_500_000,
      ],
    ];

    it.each(DECISIONS)('%s', async (_name, decisionDate, acts, total) => {
      const res = await preview(a, { decisionDate, acts });
      expect(res.status).toBe(200);
      expect(res.body.totalFineVnd).toBe(total);
      // Each act cites a complete row: nothing provisional reaches the worksheet of a published decision.
      expect(res.body.acts.every((x: { version: { draft: boolean } }) => !x.version.draft)).toBe(true);
    });
  });

  describe('migration of stored case data (CatalogueReview1796700000000)', () => {
    it('moves not-yet-decided violations to the code of the same act by meaning, leaves decided ones and every worksheet as they were, and audits each move', async () => {
      await ensureCalendarCoversToday(t, b, today);
      const site = await generalSite(t, b, 'Trang tin Di Trú');
      const violation = async (c: { id: string }, code: string) =>
        post(t, b, `/cases/${c.id}/violations`, { code, ongoingAtDetection: false, endedOn: '2026-10-01', detectedOn: '2026-10-05', facts: 'x', aggravating: [{ code: 'Đ10.k1.đ', facts: 'Giám đốc công ty dùng chức vụ để chỉ đạo đăng tin' }] });
      const open = await openCase(t, b, site);
      const decided = await openCase(t, b, site);
      for (const c of [open, decided]) {
        await post(t, b, `/cases/${c.id}/inspections`, { kind: 'check', planning: 'ad_hoc', decisionNumber: '32/QĐ-SVHTT' });
        await post(t, b, `/cases/${c.id}/start-inspection`, { version: c.version });
      }
      // Stored before revision 2: the old codes, as the earlier catalogue had them.
      const old = [['174/2026:Đ45.k1.đ', '174/2026:Đ45.k1.d'], ['174/2026:Đ45.k1.e', '174/2026:Đ45.k1.đ'], ['119/2020:Đ20.k?.not-per-licence', '119/2020:Đ20.k1']];
      const ids: string[] = [];
      for (const [code] of old) {
        const v = await violation(open, '119/2020:Đ20.k1.e');
        await t.dataSource.query('update case_violations set code = $1 where id = $2', [code, v.id]);
        ids.push(v.id);
      }
      const frozen = await violation(decided, '119/2020:Đ20.k1.e');
      await t.dataSource.query('update case_violations set code = $1 where id = $2', ['174/2026:Đ45.k1.đ', frozen.id]);
      await t.dataSource.query(`update inspection_cases set status = 'decided' where id = $1`, [decided.id]);
      const worksheetsBefore = await t.dataSource.query('select id, worksheet from case_violations where id = any($1) order by id', [[...ids, frozen.id]]);

      const runner = t.dataSource.createQueryRunner();
      try {
        await CatalogueReview1796700000000.repointCaseData(runner);
      } finally {
        await runner.release();
      }

      const rows: { id: string; code: string; aggravating: { code: string }[] }[] = await t.dataSource.query('select id, code, aggravating from case_violations where id = any($1)', [[...ids, frozen.id]]);
      const byId = new Map(rows.map((r) => [r.id, r]));
      old.forEach(([, to], i) => expect(byId.get(ids[i])?.code).toBe(to));
      expect(byId.get(ids[0])?.aggravating).toEqual([expect.objectContaining({ code: 'Đ10.k1.e', facts: 'Giám đốc công ty dùng chức vụ để chỉ đạo đăng tin' })]);
      expect(byId.get(frozen.id)).toMatchObject({ code: '174/2026:Đ45.k1.đ', aggravating: [expect.objectContaining({ code: 'Đ10.k1.đ' })] });
      expect(await t.dataSource.query('select id, worksheet from case_violations where id = any($1) order by id', [[...ids, frozen.id]])).toEqual(worksheetsBefore);
      const audit = await t.dataSource.query(`select entity_id, before, after from audit_events where action = 'catalogue:migrate-code' and entity_id = any($1)`, [[...ids, frozen.id]]);
      expect(audit).toHaveLength(3);
      expect(audit.find((e: { entity_id: string }) => e.entity_id === ids[0])).toMatchObject({ before: { code: '174/2026:Đ45.k1.đ' }, after: { code: '174/2026:Đ45.k1.d' } });
      const circumstances = await t.dataSource.query(`select entity_id from audit_events where action = 'catalogue:migrate-circumstance' and entity_id = any($1)`, [[...ids, frozen.id]]);
      expect(circumstances.map((e: { entity_id: string }) => e.entity_id).sort()).toEqual([...ids].sort());
    });
  });
});
