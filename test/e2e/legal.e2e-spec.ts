import { todayInVietnam } from '@libs/vn';
import { CatalogueService } from '@app/legal/catalogue.service';
import { Role } from '@app/common/role';
import { checkedCall } from './api-client';
import { department, Department, startApp, TestApp } from './harness';
import { approve, OFFICIAL_TEXT } from './legal-support';

/** The magazine charge: operating outside tôn chỉ, mục đích, minor impact (NĐ 119/2020 Đ8 k4 e, amended by NĐ 14/2022). */
const D8 = '119/2020:Đ8.k4.e';
/** Journalist status misused: shipped with a 2020 version (10–20M) and a 2022 version (10–30M), individual amounts. */
const D6 = '119/2020:Đ6.k2.b';
/** Operating unlike the press licence: one version since 2020 (corrections-2026-12), inferred 15–30M, unverified. */
const D5 = '119/2020:Đ5.k3.b';
/** False information in the press as amended: point read, range never read (fine null). */
const NO_RANGE = '119/2020:Đ8.k5.b';
const SOURCE = 'https://vanban.chinhphu.vn/?pageid=27160&docid=201842';

describe('legal catalogue and fine preview (HTTP against real PostgreSQL)', () => {
  let t: TestApp;
  let a: Department;
  let token: Record<Role, string>;

  beforeAll(async () => {
    t = await startApp();
    a = await department(t);
    token = Object.fromEntries(Object.entries(a.sessions).map(([role, s]) => [role, s.token])) as Record<Role, string>;
  });
  afterAll(() => t.close());

  const act = (over: Record<string, unknown> = {}) => ({
    code: D8,
    offenderType: 'organisation',
    ongoingAtDetection: false,
    endedOn: '2024-03-01',
    detectedOn: '2024-03-15',
    ...over,
  });
  const preview = (body: Record<string, unknown>, who: Role = Role.Inspector) =>
    checkedCall(t, 'POST', '/fines/preview', { token: token[who], body });
  const one = (over: Record<string, unknown> = {}, decisionDate: string | undefined = '2024-04-01') =>
    preview({ decisionDate, acts: [act(over)] });
  const enc = encodeURIComponent;
  const changeCount = async (): Promise<number> => (await t.dataSource.query('select count(*)::int as n from catalogue_changes'))[0].n;
  const rowCounts = async (): Promise<Record<string, number>> => {
    const tables: { table_name: string }[] = await t.dataSource.query(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const out: Record<string, number> = {};
    for (const { table_name } of tables) {
      out[table_name] = (await t.dataSource.query(`select count(*)::int as n from "${table_name}"`))[0].n;
    }
    return out;
  };

  describe('POST /fines/preview: the acceptance examples', () => {
    it('fines a magazine (organisation) the median of Đ8.k4.e as amended by 14/2022, citing NĐ 119/2020 Đ8 k4 điểm e, NĐ 14/2022 and LXLVPHC Đ23, flagged while unverified', async () => {
      const res = await one();
      expect(res.status).toBe(200);
      const line = res.body.acts[0];
      expect(line.version).toMatchObject({ code: D8, effectiveFrom: '2022-01-27', amendedBy: expect.stringMatching(/^14\/2022\/NĐ-CP/) });
      expect(line.fine).toMatchObject({
        applied: { minVnd: 40_000_000, maxVnd: 60_000_000, medianVnd: 50_000_000 },
        amountVnd: 50_000_000,
        amountSource: 'median',
      });
      expect(res.body.totalFineVnd).toBe(50_000_000);
      const citations = res.body.steps.map((s: { citation: string }) => s.citation).join(' | ');
      expect(citations).toContain('NĐ 119/2020 Đ8 k4 điểm e');
      expect(citations).toContain('NĐ 14/2022');
      expect(citations).toContain('LXLVPHC Đ23');
      const flagged = res.body.flags.some((f: { kind: string; code?: string }) => f.kind === 'unverified-row' && f.code === D8);
      expect(flagged).toBe(!line.version.verified);
    });

    it('fines an individual half of the organisation amount (NĐ 119/2020 Đ4 k2)', async () => {
      const res = await one({ offenderType: 'individual' });
      expect(res.body.acts[0].fine.applied).toEqual({
        minVnd: 20_000_000,
        maxVnd: 30_000_000,
        offenderType: 'individual',
        medianVnd: 25_000_000,
      });
      expect(res.body.totalFineVnd).toBe(25_000_000);
    });

    it('fines the minimum with two mitigating circumstances (NĐ 118/2021 Đ9 k1 b)', async () => {
      const res = await one({ mitigating: [{ code: 'Đ9.k1' }, { code: 'Đ9.k2', facts: 'tự giác khai báo' }] });
      expect(res.body.totalFineVnd).toBe(40_000_000);
    });

    it('fines the median when one mitigating offsets one aggravating (NĐ 118/2021 Đ9 k1 a)', async () => {
      const res = await one({ mitigating: [{ code: 'Đ9.k2' }], aggravating: [{ code: 'Đ10.k1.b' }] });
      expect(res.body.acts[0].fine.net).toBe(0);
      expect(res.body.totalFineVnd).toBe(50_000_000);
    });

    it("returns the band [minimum, median] and asks for the officer's choice with one mitigating circumstance (LXLVPHC Đ23 k4)", async () => {
      const res = await one({ mitigating: [{ code: 'Đ9.k1' }] });
      expect(res.body.acts[0].fine).toMatchObject({
        band: { minVnd: 40_000_000, maxVnd: 50_000_000 },
        amountVnd: null,
        status: 'needs-officer-choice',
      });
      expect(res.body).toMatchObject({ status: 'needs-officer-choice', totalFineVnd: null });
      const chosen = await one({ mitigating: [{ code: 'Đ9.k1' }], chosenAmountVnd: 42_000_000, chosenAmountReason: 'khắc phục một phần' });
      expect(chosen.body.totalFineVnd).toBe(42_000_000);
      const outside = await one({ mitigating: [{ code: 'Đ9.k1' }], chosenAmountVnd: 55_000_000, chosenAmountReason: 'x' });
      expect(outside.status).toBe(422);
      expect(outside.body.details.fields[0].field).toBe('acts[0].chosenAmountVnd');
    });

    it('resolves an act that ended 2021-06-01 to the original 2020 version (NĐ 118/2021 Đ7 k2 a)', async () => {
      const res = await one({ code: D6, offenderType: 'individual', endedOn: '2021-06-01', detectedOn: '2021-07-01' }, '2021-08-01');
      expect(res.status).toBe(200);
      expect(res.body.acts[0].version).toMatchObject({ effectiveFrom: '2020-12-01', effectiveTo: '2022-01-26', amendedBy: null });
      expect(res.body.totalFineVnd).toBe(15_000_000);
      const later = await one({ code: D6, offenderType: 'individual', endedOn: '2022-06-01', detectedOn: '2022-07-01' }, '2022-08-01');
      expect(later.body.acts[0].version.effectiveFrom).toBe('2022-01-27');
      expect(later.body.totalFineVnd).toBe(20_000_000);
    });

    it('answers 422 naming the act, the code and the date when no version is in force (NĐ 118/2021 Đ7 k2)', async () => {
      const res = await preview({ decisionDate: '2024-04-01', acts: [act(), act({ endedOn: '2020-06-01', detectedOn: '2020-07-01' })] });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('NO_VERSION_IN_FORCE');
      expect(res.body.message).toContain(`no version of ${D8} in force on 2020-06-01`);
      expect(res.body.details).toMatchObject({ code: D8, date: '2020-06-01', fields: [{ field: 'acts[1].code' }], successorCodes: [] });
      expect(res.body.details.availableRanges).toContainEqual({ effectiveFrom: '2022-01-27', effectiveTo: null });
      const unknown = await one({ code: '119/2020:Đ99.k1.a' });
      expect(unknown.status).toBe(422);
      expect(unknown.body.details).toMatchObject({ knownCode: false, fields: [{ field: 'acts[0].code' }] });
    });

    it('reports a press act that ended 2024-06-01 and is detected on 2027-01-01 as time-barred (LXLVPHC Đ6 k1 a: 2 years)', async () => {
      const res = await one({ endedOn: '2024-06-01', detectedOn: '2027-01-01' }, '2027-01-01');
      expect(res.status).toBe(200);
      expect(res.body.acts[0].limitation).toMatchObject({ timeBarred: true, years: 2, lastDecisionDate: '2026-06-01' });
      expect(res.body.acts[0].imposedFineVnd).toBe(0);
      expect(res.body.flags).toContainEqual(expect.objectContaining({ kind: 'time-barred', act: 0 }));
    });
  });

  describe('POST /fines/preview: input and side effects', () => {
    it('defaults the decision date to today in Asia/Ho_Chi_Minh', async () => {
      const res = await preview({ acts: [act({ endedOn: '2026-01-10', detectedOn: '2026-02-01' })] });
      expect(res.status).toBe(200);
      expect(res.body.decisionDate).toBe(todayInVietnam());
    });

    it('checks the signer authority when a signer is given (LXLVPHC Đ52)', async () => {
      const res = await preview({ decisionDate: '2024-04-01', signer: { title: 'department-chief-inspector' }, acts: [act()] });
      expect(res.body.signerTitle).toBe('department-chief-inspector');
      expect(res.body.acts[0].authority).toMatchObject({ title: 'department-chief-inspector', withinAuthority: true });
    });

    it('writes nothing: every table keeps its row count', async () => {
      const before = await rowCounts();
      expect((await one()).status).toBe(200);
      expect((await one({ endedOn: '2020-06-01', detectedOn: '2020-07-01' })).status).toBe(422);
      expect(await rowCounts()).toEqual(before);
    });

    it.each([
      ['a date that is not on the calendar', { detectedOn: '2024-02-30' }, 'acts[0].detectedOn'],
      ['an unknown offender type', { offenderType: 'company' }, 'acts[0].offenderType'],
      ['an unknown mitigating circumstance', { mitigating: [{ code: 'Đ9.k99' }] }, 'acts[0].mitigating[0].code'],
      ['an aggravating code given as mitigating', { mitigating: [{ code: 'Đ10.k1.b' }] }, 'acts[0].mitigating[0].code'],
      ['a fractional amount', { chosenAmountVnd: 1.5, chosenAmountReason: 'x' }, 'acts[0].chosenAmountVnd'],
      ['a code that is not a string', { code: 42 }, 'acts[0].code'],
      ['an unknown field', { colour: 'red' }, 'acts[0].colour'],
      ['an end date after the detection', { endedOn: '2024-04-01' }, 'acts[0].endedOn'],
    ])('answers 422 naming the field for %s', async (_what, over, field) => {
      const res = await one(over);
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.details.fields.map((f: { field: string }) => f.field)).toContain(field);
    });

    it('refuses no acts, more than 50 acts and an unknown signer title', async () => {
      expect((await preview({ acts: [] })).body.details.fields[0].field).toBe('acts');
      expect((await preview({ acts: Array.from({ length: 51 }, () => act()) })).body.details.fields[0].field).toBe('acts');
      const signer = await preview({ signer: { title: 'king' }, acts: [act()] });
      expect(signer.status).toBe(422);
      expect(signer.body.details.fields[0].field).toBe('signer.title');
    });

    it('needs a token', async () => {
      expect((await checkedCall(t, 'POST', '/fines/preview', { body: { acts: [act()] } })).status).toBe(401);
      expect((await checkedCall(t, 'GET', '/legal/catalogue')).status).toBe(401);
    });
  });

  describe('reading the catalogue', () => {
    it('lists every version with its count, readable by every role', async () => {
      for (const role of Object.keys(token) as Role[]) {
        const res = await checkedCall(t, 'GET', '/legal/catalogue', { token: token[role] });
        expect(res.status).toBe(200);
        expect(res.body.count).toBe(res.body.items.length);
      }
      const all = await checkedCall(t, 'GET', '/legal/catalogue', { token: token[Role.Leader] });
      expect(all.body.count).toBeGreaterThanOrEqual(100);
      expect(all.body.items.find((r: { code: string }) => r.code === D8)).toMatchObject({
        origin: 'shipped',
        citationShort: expect.stringContaining('Đ8 k4 điểm e'),
      });
    });

    it('filters by text without diacritics, instrument, field and date in force', async () => {
      const text = await checkedCall(t, 'GET', `/legal/catalogue?text=${enc('ton chi, muc dich')}`, { token: token[Role.Inspector] });
      expect(text.body.items.map((r: { code: string }) => r.code)).toContain(D8);
      const nd15 = await checkedCall(t, 'GET', `/legal/catalogue?instrument=${enc('15/2020/NĐ-CP')}`, { token: token[Role.Inspector] });
      expect(nd15.body.count).toBeGreaterThan(0);
      expect(nd15.body.items.every((r: { instrument: string }) => r.instrument === '15/2020/NĐ-CP')).toBe(true);
      const eInfo = await checkedCall(t, 'GET', '/legal/catalogue?field=e-information', { token: token[Role.Inspector] });
      expect(eInfo.body.count).toBeGreaterThan(0);
      expect(eInfo.body.items.every((r: { field: string }) => r.field === 'e-information')).toBe(true);
      const in2021 = await checkedCall(t, 'GET', `/legal/catalogue?inForceOn=2021-06-01&text=${enc(D6)}`, { token: token[Role.Inspector] });
      expect(in2021.body.items).toEqual([expect.objectContaining({ code: D6, effectiveFrom: '2020-12-01' })]);
    });

    it('answers 422 naming a bad filter', async () => {
      const date = await checkedCall(t, 'GET', '/legal/catalogue?inForceOn=2021-02-30', { token: token[Role.Inspector] });
      expect(date.status).toBe(422);
      expect(date.body.details.fields[0].field).toBe('inForceOn');
      const field = await checkedCall(t, 'GET', '/legal/catalogue?field=television', { token: token[Role.Inspector] });
      expect(field.body.details.fields[0].field).toBe('field');
    });

    it('returns every version of a code, oldest first, by URL-encoded path or by query string', async () => {
      const byPath = await checkedCall(t, 'GET', `/legal/catalogue/${enc(D6)}`, { token: token[Role.Inspector] });
      expect(byPath.status).toBe(200);
      expect(byPath.body).toMatchObject({ code: D6, count: 2 });
      expect(byPath.body.versions.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual(['2020-12-01', '2022-01-27']);
      const byQuery = await checkedCall(t, 'GET', `/legal/catalogue/versions?code=${enc(D6)}`, { token: token[Role.Inspector] });
      expect(byQuery.body).toEqual(byPath.body);
      expect((await checkedCall(t, 'GET', `/legal/catalogue/${enc('119/2020:Đ99.k1.a')}`, { token: token[Role.Inspector] })).status).toBe(404);
    });

    it('lists the mitigating and aggravating circumstances with citations, and the signer titles', async () => {
      const c = await checkedCall(t, 'GET', '/legal/circumstances', { token: token[Role.Inspector] });
      expect(c.body.mitigating).toHaveLength(8);
      expect(c.body.aggravating).toHaveLength(12);
      expect(c.body.aggravating).toContainEqual(expect.objectContaining({ code: 'Đ10.k1.b', citation: 'LXLVPHC Đ10 k1 b' }));
      const s = await checkedCall(t, 'GET', '/legal/signer-titles', { token: token[Role.Inspector] });
      expect(s.body).toContainEqual(expect.objectContaining({ title: 'department-director', labelVi: 'Giám đốc Sở' }));
    });
  });

  describe('changing the catalogue', () => {
    const original2020 = {
      code: D8,
      effectiveFrom: '2020-12-01',
      effectiveTo: '2022-01-26',
      amendedBy: null,
      fine: { minVnd: 30_000_000, maxVnd: 40_000_000, printedFor: 'organisation' },
      sourceUrl: SOURCE,
      note: 'test: the 2020 text of Đ8 k4 e',
    };

    it('refuses an inspector, a leader and the ministry viewer (403)', async () => {
      for (const role of [Role.Inspector, Role.Leader, Role.MinistryViewer]) {
        expect((await checkedCall(t, 'POST', '/legal/catalogue/versions', { token: token[role], body: original2020 })).status).toBe(403);
        const verify = await checkedCall(t, 'POST', '/legal/catalogue/verifications', {
          token: token[role],
          body: { code: D5, effectiveFrom: '2020-12-01', officialText: OFFICIAL_TEXT },
        });
        expect(verify.status).toBe(403);
      }
      expect(await changeCount()).toBe(0);
    });

    it.each([
      ['min > max', { fine: { minVnd: 50_000_000, maxVnd: 40_000_000, printedFor: 'organisation' } }, 'fine.minVnd', 'greater than'],
      ['overlapping dates', { effectiveFrom: '2023-01-01', effectiveTo: null }, 'effectiveFrom', 'overlaps the version from 2022-01-27'],
      [
        'a median that is not whole VND',
        { fine: { minVnd: 1_000_001, maxVnd: 2_000_000, printedFor: 'organisation' } },
        'fine',
        'whole VND',
      ],
      ['an end before the start', { effectiveTo: '2020-01-01' }, 'effectiveTo', 'before effectiveFrom'],
    ])('answers 422 naming the problem for an invalid version (%s) and stores nothing', async (_what, over, field, problem) => {
      const res = await checkedCall(t, 'POST', '/legal/catalogue/versions', {
        token: token[Role.LegalOfficer],
        body: { ...original2020, ...over },
      });
      expect(res.status).toBe(422);
      expect(res.body.message).toContain(problem);
      expect(res.body.details.fields[0].field).toBe(field);
      expect(await changeCount()).toBe(0);
    });

    it('requires amendedBy and fine to be stated (null allowed)', async () => {
      const { amendedBy: _a, fine: _f, ...rest } = original2020;
      const res = await checkedCall(t, 'POST', '/legal/catalogue/versions', { token: token[Role.LegalOfficer], body: rest });
      expect(res.status).toBe(422);
      expect(res.body.details.fields.map((f: { field: string }) => f.field).sort()).toEqual(['amendedBy', 'fine']);
    });

    it('adds a 2020 version that an act ended 2021-06-01 then resolves to once a second legal officer approves it, unverified and audited', async () => {
      const res = await checkedCall(t, 'POST', '/legal/catalogue/versions', { token: token[Role.LegalOfficer], body: original2020 });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        code: D8,
        effectiveFrom: '2020-12-01',
        amendedBy: null,
        verified: false,
        origin: 'added',
        pendingApproval: true,
        descriptionVi: expect.stringContaining('tôn chỉ'),
      });
      expect(res.body.addedBy).toMatchObject({ actorId: a.sessions[Role.LegalOfficer].userId, source: SOURCE, pendingApproval: true, approvedBy: null });
      const versions = await checkedCall(t, 'GET', `/legal/catalogue/${enc(D8)}`, { token: token[Role.Inspector] });
      expect(versions.body.versions.map((v: { effectiveFrom: string }) => v.effectiveFrom)).toEqual(['2020-12-01', '2022-01-27']);

      // Four-eyes (issue 12 finding 8): not in force until a second legal officer approves it.
      expect((await one({ endedOn: '2021-06-01', detectedOn: '2021-07-01' }, '2021-08-01')).status).toBe(422);
      const approved = await approve(t, a, res.body.addedBy.changeId);
      expect(approved).toMatchObject({ pendingApproval: false, addedBy: { approvedBy: { actorName: expect.any(String) } } });

      const ws = await one({ endedOn: '2021-06-01', detectedOn: '2021-07-01' }, '2021-08-01');
      expect(ws.body.acts[0].version).toMatchObject({ effectiveFrom: '2020-12-01', amendedBy: null, verified: false });
      expect(ws.body.totalFineVnd).toBe(35_000_000);
      expect(ws.body.flags).toContainEqual(expect.objectContaining({ kind: 'unverified-row', code: D8 }));

      const audit = await t.dataSource.query(`select action, actor_id from audit_events where entity_type = 'catalogue_change' order by occurred_at`);
      expect(audit).toEqual([
        { action: 'catalogue:add-version', actor_id: a.sessions[Role.LegalOfficer].userId },
        { action: 'catalogue:approve', actor_id: expect.any(String) },
      ]);
      expect(audit[1].actor_id).not.toBe(a.sessions[Role.LegalOfficer].userId);
    });

    it('ends the open-ended earlier version the day before a new version when asked', async () => {
      const body = {
        code: D6,
        effectiveFrom: '2027-01-01',
        amendedBy: '999/2026/NĐ-CP Đ1 k1',
        fine: { minVnd: 20_000_000, maxVnd: 40_000_000, printedFor: 'individual' },
        sourceUrl: SOURCE,
      };
      const refused = await checkedCall(t, 'POST', '/legal/catalogue/versions', { token: token[Role.DepartmentAdmin], body });
      expect(refused.status).toBe(422);
      const res = await checkedCall(t, 'POST', '/legal/catalogue/versions', {
        token: token[Role.DepartmentAdmin],
        body: { ...body, endPreviousVersion: true },
      });
      expect(res.status).toBe(201);
      const versions = await checkedCall(t, 'GET', `/legal/catalogue/versions?code=${enc(D6)}`, { token: token[Role.Inspector] });
      expect(
        versions.body.versions.map((v: { effectiveFrom: string; effectiveTo: string | null }) => [v.effectiveFrom, v.effectiveTo]),
      ).toEqual([
        ['2020-12-01', '2022-01-26'],
        ['2022-01-27', '2026-12-31'],
        ['2027-01-01', null],
      ]);
    });

    it('marks a version verified (who, when, source) once a second legal officer approves: the flag disappears and decisions are no longer refused', async () => {
      const before = await one({ code: D5 });
      expect(before.body.flags).toContainEqual(expect.objectContaining({ kind: 'unverified-row', code: D5 }));
      const service = t.app.get(CatalogueService);
      await expect(service.requireVerified(before.body)).rejects.toMatchObject({ code: 'LEGAL_RULE_VIOLATION' });

      const body = { code: D5, effectiveFrom: '2020-12-01', officialText: OFFICIAL_TEXT, note: 'khung 15–30 triệu đã đối chiếu' };
      const res = await checkedCall(t, 'POST', '/legal/catalogue/verifications', { token: token[Role.LegalOfficer], body });
      expect(res.status).toBe(201);
      // The proposing department sees its verification, pending; the law applied does not change yet.
      expect(res.body).toMatchObject({ verified: true, pendingApproval: true, verificationNote: expect.stringContaining('Công báo số 171+172') });
      expect(res.body.verification).toMatchObject({
        actorId: a.sessions[Role.LegalOfficer].userId,
        source: '14/2022/NĐ-CP, Công báo số 171+172 năm 2022, trang 12',
        note: body.note,
        at: expect.any(String),
      });
      expect((await one({ code: D5 })).body.acts[0].version.verified).toBe(false);
      await expect(service.requireVerified(before.body)).rejects.toMatchObject({ code: 'LEGAL_RULE_VIOLATION' });

      await approve(t, a, res.body.verification.changeId);
      const after = await one({ code: D5 });
      expect(after.body.acts[0].version.verified).toBe(true);
      expect(after.body.flags.filter((f: { kind: string }) => f.kind === 'unverified-row')).toEqual([]);
      await expect(service.requireVerified(before.body)).resolves.toBeUndefined();
      expect((await checkedCall(t, 'POST', '/legal/catalogue/verifications', { token: token[Role.LegalOfficer], body })).status).toBe(409);
    });

    it('refuses to verify a version that does not exist or has no known range', async () => {
      const missing = await checkedCall(t, 'POST', '/legal/catalogue/verifications', {
        token: token[Role.LegalOfficer],
        body: { code: D5, effectiveFrom: '2023-01-01', officialText: OFFICIAL_TEXT },
      });
      expect(missing.status).toBe(422);
      expect(missing.body.details.fields[0].field).toBe('effectiveFrom');
      const noRange = await checkedCall(t, 'POST', '/legal/catalogue/verifications', {
        token: token[Role.LegalOfficer],
        body: { code: NO_RANGE, effectiveFrom: '2022-01-27', officialText: OFFICIAL_TEXT },
      });
      expect(noRange.status).toBe(422);
      expect(noRange.body.message).toContain('fine is null');
    });

    it('keeps an append-only history: listed in order, and UPDATE, DELETE and TRUNCATE fail in SQL', async () => {
      const all = await checkedCall(t, 'GET', '/legal/catalogue/history', { token: token[Role.Leader] });
      expect(all.body.map((c: { kind: string; code: string; status: string | null }) => [c.kind, c.code, c.status])).toEqual([
        ['add-version', D8, 'approved'],
        ['approve', D8, null],
        ['add-version', D6, 'pending'],
        ['verify', D5, 'approved'],
        ['approve', D5, null],
      ]);
      expect(all.body.map((c: { seq: number }) => c.seq)).toEqual([...all.body.map((c: { seq: number }) => c.seq)].sort((x, y) => x - y));
      const d8 = await checkedCall(t, 'GET', `/legal/catalogue/history?code=${enc(D8)}`, { token: token[Role.Inspector] });
      expect(d8.body).toHaveLength(2);
      expect(d8.body[0].row).toMatchObject({ code: D8, effectiveFrom: '2020-12-01' });
      await expect(t.dataSource.query(`update catalogue_changes set note = 'rewritten'`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`delete from catalogue_changes`)).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`truncate catalogue_changes`)).rejects.toThrow(/append-only/);
      expect(await changeCount()).toBe(5);
    });

    it('sees a change committed by another process (the cache is checked against the database)', async () => {
      const [proposal] = await t.dataSource.query(
        `insert into catalogue_changes (kind, code, effective_from, source, actor_id, department_id, catalogue_revision, base_revision, official_text)
         values ('verify', $1, '2022-01-27', $2, $3, $4, 2, 0, $5) returning id`,
        [D8, SOURCE, a.sessions[Role.DepartmentAdmin].userId, a.id, JSON.stringify(OFFICIAL_TEXT)],
      );
      await t.dataSource.query(
        `insert into catalogue_changes (kind, code, effective_from, proposal_id, actor_id, department_id, catalogue_revision) values ('approve', $1, '2022-01-27', $2, $3, $4, 2)`,
        [D8, proposal.id, a.sessions[Role.LegalOfficer].userId, a.id],
      );
      const res = await checkedCall(t, 'GET', `/legal/catalogue/${enc(D8)}`, { token: token[Role.Inspector] });
      expect(res.body.versions[1]).toMatchObject({ effectiveFrom: '2022-01-27', verified: true, verification: { source: SOURCE } });
      const ws = await one();
      expect(ws.body.flags.filter((f: { kind: string }) => f.kind === 'unverified-row')).toEqual([]);
    });
  });
});
