import { recordDecisionLines, recordMissingDecisionLines } from '@app/decisions/decision-lines';
import { Role } from '@app/common/role';
import { allSupersededVersions, loadShippedCatalogue } from '@libs/legal';
import { department, Department, startApp, TestApp } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';
import { LICENCE_ACT, MISSION_ACT } from './decisions-support';
import { QUOTING_RULES } from './cases-support';
import { buildWorld, figuresOf, ReportWorld } from './reports-support';

// Builds its dataset through HTTP (five cases, seven decisions): slower than Jest's default.
jest.setTimeout(120_000);

describe('annual report: figures counted once, drill-downs, department scoping', () => {
  let t: TestApp;
  let w: ReportWorld;
  let report: any;
  const get = (path: string, d: Department = w.a, role: Role = Role.Leader) => call(t, 'GET', path, { token: d.sessions[role].token });

  beforeAll(async () => {
    t = await startApp();
    w = await buildWorld(t, await department(t), await department(t));
    const res = await get(`/reports/annual?year=${w.year}`);
    expect(res.status).toBe(200);
    report = res.body;
  });
  afterAll(() => t.close());

  const values = (rows: { key: string; count: { value: number } }[]) => Object.fromEntries(rows.map((r) => [r.key, r.count.value]));

  it('should count each sanction decision once: the amendment replaces the original, the annulled one drops out', () => {
    const s = report.summary;
    expect(s.sanctionDecisions.value).toBe(2);
    expect(s.sanctionedActs.value).toBe(2);
    expect(s.finesImposedVnd.value).toBe(75_000_000);
    expect(values(report.decisionsByIssuingBody)).toEqual({ department: 2, provincial_committee: 0 });
    expect(report.byCatalogueCode.map((r: any) => [r.key, r.acts.value, r.finesImposedVnd.value])).toEqual([
      [MISSION_ACT, 1, 50_000_000],
      [QUOTING_RULES, 1, 25_000_000],
    ]);
    expect(report.byCatalogueCode.some((r: any) => r.key === LICENCE_ACT)).toBe(false);
  });

  it('should count every decision issued in the year by kind (MQĐ02, MQĐ38–40)', () => {
    expect(report.summary.decisionsIssued.value).toBe(6);
    expect(values(report.decisionsIssuedByKind)).toEqual({ sanction: 3, amend: 1, correct: 1, annul: 1 });
  });

  it('should count as collected only the fines of cases executed by payment in the year', () => {
    expect(report.summary.finesCollectedVnd.value).toBe(50_000_000);
    const magazine = report.bySubjectKind.find((r: any) => r.key === 'magazine');
    const site = report.bySubjectKind.find((r: any) => r.key === 'general_site');
    expect([magazine.decisions.value, magazine.acts.value, magazine.finesImposedVnd.value, magazine.finesCollectedVnd.value]).toEqual([
      1, 1, 50_000_000, 50_000_000,
    ]);
    expect([site.decisions.value, site.acts.value, site.finesImposedVnd.value, site.finesCollectedVnd.value]).toEqual([
      1, 1, 25_000_000, 0,
    ]);
  });

  it('should report the licence suspension of the general site and the remedial measure of Đ8 k4 e', () => {
    expect(report.summary.licenceSuspensions.value).toBe(1);
    expect(report.summary.licenceSuspensionMonths.value).toBeGreaterThan(0);
    expect(report.summary.remedialMeasures.value).toBe(1);
    expect(report.summary.confiscations.value).toBe(0);
  });

  it('should report inspections by planning, kind and subject, with last year beside them', () => {
    expect(report.summary.inspections).toMatchObject({ value: 4, previousValue: 1 });
    expect(values(report.inspectionsByPlanning)).toEqual({ planned: 1, ad_hoc: 3 });
    expect(values(report.inspectionsByKind)).toEqual({ inspection: 1, check: 3 });
    expect(values(report.inspectionsBySubjectKind)).toMatchObject({ magazine: 2, general_site: 2, newspaper: 0 });
    expect(report.inspectionsByPlanning.find((r: any) => r.key === 'planned').count.previousValue).toBe(1);
  });

  it('should report cases opened, closed and closed without sanction by reason (LXLVPHC Đ65 k1)', () => {
    expect(report.summary.casesOpened.value).toBe(5);
    expect(report.summary.casesClosed.value).toBe(2);
    expect(report.summary.casesClosedWithoutSanction.value).toBe(1);
    expect(values(report.closedWithoutSanctionByReason)).toMatchObject({ no_violation: 1, limitation_expired: 0 });
  });

  it('should report the licences in force and those expiring next year, on 31 December for last year', () => {
    // The site's licence is suspended on 31 December by D3's suspension, carried out in the registry (issue 13 point 5).
    expect(report.summary.activeLicences).toMatchObject({ value: 1, previousValue: 1 });
    expect(values(report.activeLicencesByKind)).toMatchObject({ press_activity: 1, general_site: 0 });
    expect(report.summary.licencesExpiringNextYear).toMatchObject({ value: 1, previousValue: 0 });
    expect(report.previousAsOf).toBe(`${w.year - 1}-12-31`);
  });

  it('should make every breakdown add up to its figure', () => {
    const total = (rows: any[], pick: (r: any) => any) => rows.reduce((sum, r) => sum + pick(r).value, 0);
    const s = report.summary;
    for (const rows of [report.inspectionsByPlanning, report.inspectionsByKind, report.inspectionsBySubjectKind]) {
      expect(total(rows, (r) => r.count)).toBe(s.inspections.value);
    }
    expect(total(report.closedWithoutSanctionByReason, (r) => r.count)).toBe(s.casesClosedWithoutSanction.value);
    expect(total(report.decisionsByIssuingBody, (r) => r.count)).toBe(s.sanctionDecisions.value);
    expect(total(report.decisionsIssuedByKind, (r) => r.count)).toBe(s.decisionsIssued.value);
    expect(total(report.bySubjectKind, (r) => r.decisions)).toBe(s.sanctionDecisions.value);
    for (const rows of [report.byCatalogueCode, report.bySubjectKind]) {
      expect(total(rows, (r) => r.acts)).toBe(s.sanctionedActs.value);
      expect(total(rows, (r) => r.finesImposedVnd)).toBe(s.finesImposedVnd.value);
      expect(total(rows, (r) => r.finesCollectedVnd)).toBe(s.finesCollectedVnd.value);
    }
    expect(total(report.activeLicencesByKind, (r) => r.count)).toBe(s.activeLicences.value);
  });

  it('should list behind every figure exactly the records that make it (both years)', async () => {
    const figures = figuresOf(report);
    expect(figures.length).toBeGreaterThan(50);
    for (const f of figures) {
      for (const [link, value] of [
        [f.drillDown, f.value],
        [f.previousDrillDown, f.previousValue],
      ] as const) {
        const res = await get(`${link}&pageSize=100`);
        expect({ link, status: res.status, value: res.body.value }).toEqual({ link, status: 200, value });
        const sum = res.body.items.reduce((s: number, i: { value: number }) => s + i.value, 0);
        expect({ link, sum, total: res.body.total }).toEqual({ link, sum: value, total: res.body.items.length });
      }
    }
  });

  it('should name the amended decision and its original behind the fines', async () => {
    const res = await get(report.summary.finesImposedVnd.drillDown);
    expect(res.body.items.map((i: any) => [i.entity, i.id, i.label, i.originalDecisionNumber, i.value, i.link])).toEqual(
      expect.arrayContaining([
        ['decision', w.d1a.id, w.d1a.number, w.d1.number, 50_000_000, `/decisions/${w.d1a.id}`],
        ['decision', w.d3.id, w.d3.number, null, 25_000_000, `/decisions/${w.d3.id}`],
      ]),
    );
    const reasons = await get(`/reports/annual/drill-down?year=${w.year}&metric=cases_closed_without_sanction&reason=no_violation`);
    expect(reasons.body.items.map((i: any) => [i.entity, i.id, i.detail])).toEqual([['case', w.c4, 'no_violation']]);
  });

  it('should refuse a breakdown the figure does not have, naming the field', async () => {
    const res = await get(`/reports/annual/drill-down?year=${w.year}&metric=inspections&code=119/2020:Đ20.k2.a`);
    expect(res.status).toBe(422);
    expect(res.body.details.fields[0].field).toBe('code');
    const bad = await get('/reports/annual?year=20x6');
    expect(bad.status).toBe(422);
    expect(bad.body.details.fields[0].field).toBe('year');
  });

  it('should record a decision once however often its lines are recorded, and leave nothing missing', async () => {
    const count = async () =>
      (await t.dataSource.query(`select count(*)::int as n, count(*) filter (where effective)::int as e from sanction_decision_lines`))[0];
    const before = await count();
    await t.dataSource.transaction((m) => recordDecisionLines(m, w.d1a.id));
    expect(await t.dataSource.transaction((m) => recordMissingDecisionLines(m))).toBe(0);
    expect(await count()).toEqual(before);
  });

  describe('department scoping', () => {
    it("should never count another department's decisions", async () => {
      const b = (await get(`/reports/annual?year=${w.year}`, w.b)).body;
      expect([b.summary.sanctionDecisions.value, b.summary.finesImposedVnd.value]).toEqual([1, 50_000_000]);
      expect(report.summary.finesImposedVnd.value).toBe(75_000_000);
    });

    it('should answer 404 when a department user asks for another department', async () => {
      const res = await get(`/reports/annual?year=${w.year}&departmentId=${w.b.id}`);
      expect(res.status).toBe(404);
      const drill = await get(`/reports/annual/drill-down?year=${w.year}&metric=fines_imposed&departmentId=${w.b.id}`);
      expect(drill.status).toBe(404);
    });

    it('should let the ministry viewer read one department or all of them', async () => {
      const all = await get(`/reports/annual?year=${w.year}`, w.a, Role.MinistryViewer);
      expect(all.body.scope).toEqual({ departmentId: null, departmentName: null });
      expect(all.body.summary.finesImposedVnd.value).toBeGreaterThanOrEqual(125_000_000);
      const behind = await get(all.body.summary.finesImposedVnd.drillDown, w.a, Role.MinistryViewer);
      expect(behind.body.value).toBe(all.body.summary.finesImposedVnd.value);
      const one = await get(`/reports/annual?year=${w.year}&departmentId=${w.b.id}`, w.a, Role.MinistryViewer);
      expect(one.body.summary.finesImposedVnd.value).toBe(50_000_000);
      expect(one.body.summary.finesImposedVnd.drillDown).toContain(`departmentId=${w.b.id}`);
      const unknown = await get(
        `/reports/annual?year=${w.year}&departmentId=00000000-0000-4000-8000-000000000000`,
        w.a,
        Role.MinistryViewer,
      );
      expect(unknown.status).toBe(404);
    });

    it('should let inspectors, legal officers and department admins read their department', async () => {
      for (const role of [Role.Inspector, Role.LegalOfficer, Role.DepartmentAdmin]) {
        const res = await get(`/reports/annual?year=${w.year}`, w.a, role);
        expect(res.body.summary.finesImposedVnd.value).toBe(75_000_000);
      }
    });
  });

  it('should name a code a later catalogue revision replaced by its old description, never the raw code', async () => {
    // A decision issued before the revision keeps the code it cited (the lines are a record of the issued decision).
    const replaced = allSupersededVersions().find((v) => !loadShippedCatalogue().codes().includes(v.code))!;
    const [{ code }] = await t.dataSource.query(`select catalogue_code as code from sanction_decision_lines where department_id = $1 limit 1`, [w.b.id]);
    await t.dataSource.query(`update sanction_decision_lines set catalogue_code = $1 where department_id = $2 and catalogue_code = $3`, [replaced.code, w.b.id, code]);
    try {
      const rows = (await get(`/reports/annual?year=${w.year}`, w.b)).body.byCatalogueCode as { key: string; label: string }[];
      expect(rows.find((r) => r.key === replaced.code)?.label).toBe(replaced.descriptionVi);
    } finally {
      await t.dataSource.query(`update sanction_decision_lines set catalogue_code = $1 where department_id = $2 and catalogue_code = $3`, [code, w.b.id, replaced.code]);
    }
  });
});
