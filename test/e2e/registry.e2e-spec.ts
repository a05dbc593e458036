import { checkedCall } from './api-client';
import { department, Department, startApp, TestApp } from './harness';
import { Role } from '@app/common/role';
import { addDays, todayInVietnam } from '@libs/vn';

describe('registry (HTTP against real PostgreSQL)', () => {
  let t: TestApp;
  let a: Department;
  let b: Department;
  const tok = (d: Department, r: Role) => d.sessions[r].token;

  beforeAll(async () => {
    t = await startApp();
    a = await department(t, 'Sở Văn hóa và Thể thao A');
    b = await department(t, 'Sở Văn hóa và Thể thao B');
  });
  afterAll(() => t.close());

  const magazine = { kind: 'print_magazine', name: 'Tạp chí Văn hóa Phương Nam', governingBody: 'Hội Văn học nghệ thuật', scope: 'local', domains: [] };

  describe('press agencies', () => {
    let id: string;

    it('should create a press agency and audit it with the request id', async () => {
      const res = await checkedCall(t, 'POST', '/registry/press-agencies', { token: tok(a, Role.Inspector), body: magazine, headers: { 'x-request-id': 'req-create-1' } });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ ...magazine, departmentId: a.id, version: 1 });
      id = res.body.id;
      const rows = await t.dataSource.query(`select action, request_id, department_id from audit_events where entity_id = $1`, [id]);
      expect(rows).toEqual([{ action: 'create', request_id: 'req-create-1', department_id: a.id }]);
    });

    it('should answer 404 to another department for read and update, and change nothing', async () => {
      expect((await checkedCall(t, 'GET', `/registry/press-agencies/${id}`, { token: tok(b, Role.Leader) })).status).toBe(404);
      const upd = await checkedCall(t, 'PATCH', `/registry/press-agencies/${id}`, { token: tok(b, Role.Inspector), body: { version: 1, name: 'Hijacked' } });
      expect(upd.status).toBe(404);
      expect((await checkedCall(t, 'GET', `/registry/press-agencies/${id}`, { token: tok(a, Role.Leader) })).body.name).toBe(magazine.name);
    });

    it('should update with the current version and refuse a stale one with 409', async () => {
      const ok = await checkedCall(t, 'PATCH', `/registry/press-agencies/${id}`, { token: tok(a, Role.Inspector), body: { version: 1, headName: 'Nguyễn Văn Tổng' } });
      expect(ok.status).toBe(200);
      expect(ok.body.version).toBe(2);
      const stale = await checkedCall(t, 'PATCH', `/registry/press-agencies/${id}`, { token: tok(a, Role.Inspector), body: { version: 1, headName: 'Khác' } });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_VERSION');
    });

    it('should let leaders read but not write (403)', async () => {
      const res = await checkedCall(t, 'POST', '/registry/press-agencies', { token: tok(a, Role.Leader), body: magazine });
      expect(res.status).toBe(403);
    });

    it('should let the ministry viewer read across departments but not write', async () => {
      expect((await checkedCall(t, 'GET', `/registry/press-agencies/${id}`, { token: tok(b, Role.MinistryViewer) })).status).toBe(200);
      expect((await checkedCall(t, 'POST', '/registry/press-agencies', { token: tok(b, Role.MinistryViewer), body: magazine })).status).toBe(403);
    });

    it('should search names without diacritics, filter by kind, paginate and sort', async () => {
      for (const name of ['Báo Điện tử Sông Hương', 'Đài Phát thanh và Truyền hình', 'Tạp chí Khoa học']) {
        const kind = name.startsWith('Đài') ? 'radio' : name.startsWith('Báo') ? 'e_newspaper' : 'print_magazine';
        await checkedCall(t, 'POST', '/registry/press-agencies', { token: tok(a, Role.Inspector), body: { kind, name, governingBody: 'UBND tỉnh', scope: 'local' } });
      }
      const found = await checkedCall(t, 'GET', '/registry/press-agencies?q=song%20huong', { token: tok(a, Role.Inspector) });
      expect(found.body.items.map((x: { name: string }) => x.name)).toEqual(['Báo Điện tử Sông Hương']);
      const dai = await checkedCall(t, 'GET', '/registry/press-agencies?q=dai%20phat', { token: tok(a, Role.Inspector) });
      expect(dai.body.total).toBe(1);
      const mags = await checkedCall(t, 'GET', '/registry/press-agencies?kind=print_magazine&sort=-name&pageSize=1&page=2', { token: tok(a, Role.Inspector) });
      expect(mags.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(mags.body.items[0].name).toBe('Tạp chí Khoa học');
      const none = await checkedCall(t, 'GET', '/registry/press-agencies', { token: tok(b, Role.Inspector) });
      expect(none.body.total).toBe(0);
    });

    it('should refuse an unknown sort field and a page size over 100 with 422 naming the field', async () => {
      const sort = await checkedCall(t, 'GET', '/registry/press-agencies?sort=password', { token: tok(a, Role.Inspector) });
      expect(sort.status).toBe(422);
      expect(sort.body.details.fields[0].field).toBe('sort');
      // Names every object has (found by the fuzz suite: "constructor" reached the SQL and answered 500).
      for (const path of ['/registry/press-agencies?sort=constructor', '/registry/licences?sort=-toString', '/cases?sort=__proto__']) {
        const res = await checkedCall(t, 'GET', path, { token: tok(a, Role.Inspector) });
        expect([path, res.status, res.body.details?.fields?.[0]?.field]).toEqual([path, 422, 'sort']);
      }
      const size = await checkedCall(t, 'GET', '/registry/press-agencies?pageSize=1000', { token: tok(a, Role.Inspector) });
      expect(size.status).toBe(422);
      expect(size.body.details.fields[0].field).toBe('pageSize');
    });
  });

  describe('other registry kinds', () => {
    it('should keep representative offices, resident reporters, general sites and unregistered subjects', async () => {
      const office = await checkedCall(t, 'POST', '/registry/representative-offices', { token: tok(a, Role.Inspector), body: { agencyName: 'Báo Thanh Niên', address: '12 Trần Phú', headName: 'Lê Văn Trưởng', notifiedOn: '2025-03-01' } });
      expect(office.status).toBe(201);
      const reporter = await checkedCall(t, 'POST', '/registry/resident-reporters', {
        token: tok(a, Role.Inspector),
        body: { agencyName: 'Báo Thanh Niên', representativeOfficeId: office.body.id, fullName: 'Phạm Thị Phóng', pressCardNumber: 'TN-01234', pressCardExpiresOn: '2030-12-31', area: 'Tỉnh A', appointedOn: '2025-03-15' },
      });
      expect(reporter.status).toBe(201);
      const active = await checkedCall(t, 'GET', '/registry/resident-reporters?active=true', { token: tok(a, Role.Leader) });
      expect(active.body.items.map((r: { id: string }) => r.id)).toContain(reporter.body.id);
      const site = await checkedCall(t, 'POST', '/registry/e-information-sites', { token: tok(a, Role.Inspector), body: { name: 'Tin tức Phương Nam', domains: ['tintucphuongnam.vn'], ownerName: 'Công ty TNHH Truyền thông PN', ownerTaxCode: '0312345678' } });
      expect(site.status).toBe(201);
      expect((await checkedCall(t, 'GET', '/registry/e-information-sites?q=tintucphuongnam', { token: tok(a, Role.Inspector) })).body.total).toBe(1);
      const subject = await checkedCall(t, 'POST', '/registry/unregistered-subjects', { token: tok(a, Role.Inspector), body: { kind: 'individual', name: 'Nguyễn Văn Vô', personalId: '079090001234', dateOfBirth: '1990-05-17', domains: ['facebook.com/tintucnong'] } });
      expect(subject.status).toBe(201);
    });

    it('should refuse a reporter linked to another department’s office', async () => {
      const office = await checkedCall(t, 'POST', '/registry/representative-offices', { token: tok(b, Role.Inspector), body: { agencyName: 'Báo B', address: 'B' } });
      const res = await checkedCall(t, 'POST', '/registry/resident-reporters', { token: tok(a, Role.Inspector), body: { agencyName: 'Báo B', fullName: 'X', representativeOfficeId: office.body.id } });
      expect(res.status).toBe(422);
      expect(res.body.details.fields[0].field).toBe('representativeOfficeId');
    });
  });

  describe('licences', () => {
    let siteId: string;
    let licenceId: string;

    beforeAll(async () => {
      const site = await checkedCall(t, 'POST', '/registry/e-information-sites', { token: tok(a, Role.Inspector), body: { name: 'Trang Tin Tổng hợp Miền Tây', domains: ['mientay.vn'], ownerName: 'Công ty Miền Tây' } });
      siteId = site.body.id;
    });

    it('should register a licence for a holder of the same department only', async () => {
      const foreign = await checkedCall(t, 'POST', '/registry/licences', { token: tok(b, Role.Inspector), body: { kind: 'general_site', holderType: 'e_information_site', holderId: siteId, number: '1/GP-X', issuer: 'Sở B', issuedOn: '2024-01-01' } });
      expect(foreign.status).toBe(422);
      const res = await checkedCall(t, 'POST', '/registry/licences', {
        token: tok(a, Role.Inspector),
        body: { kind: 'general_site', holderType: 'e_information_site', holderId: siteId, number: '45/GP-STTTT', issuer: 'Sở Thông tin và Truyền thông', issuedOn: '2024-01-10', expiresOn: addDays(todayInVietnam(), 20), purpose: 'Tổng hợp tin tức', licensedDomains: ['mientay.vn'] },
      });
      expect(res.status).toBe(201);
      expect(res.body.effectiveStatus).toBe('active');
      licenceId = res.body.id;
    });

    it('should refuse a duplicate licence number from the same issuer with 409', async () => {
      const dup = await checkedCall(t, 'POST', '/registry/licences', { token: tok(a, Role.Inspector), body: { kind: 'general_site', holderType: 'e_information_site', holderId: siteId, number: '45/GP-STTTT', issuer: 'Sở Thông tin và Truyền thông', issuedOn: '2024-01-10' } });
      expect(dup.status).toBe(409);
    });

    it('should find licences and holders expiring within N days', async () => {
      const soon = await checkedCall(t, 'GET', '/registry/licences?licenceExpiringWithinDays=30', { token: tok(a, Role.Leader) });
      expect(soon.body.items.map((l: { id: string }) => l.id)).toEqual([licenceId]);
      const later = await checkedCall(t, 'GET', '/registry/licences?licenceExpiringWithinDays=10', { token: tok(a, Role.Leader) });
      expect(later.body.total).toBe(0);
      const holders = await checkedCall(t, 'GET', '/registry/e-information-sites?licenceExpiringWithinDays=30', { token: tok(a, Role.Leader) });
      expect(holders.body.items.map((s: { id: string }) => s.id)).toEqual([siteId]);
    });

    it('should keep every amendment, suspension and reinstatement in the history, and never delete it', async () => {
      const amended = await checkedCall(t, 'POST', `/registry/licences/${licenceId}/amend`, { token: tok(a, Role.Inspector), body: { version: 1, reason: 'Bổ sung tên miền', licensedDomains: ['mientay.vn', 'mientay.com.vn'] } });
      expect(amended.status).toBe(201);
      const today = todayInVietnam();
      const inspectorTry = await checkedCall(t, 'POST', `/registry/licences/${licenceId}/suspend`, { token: tok(a, Role.Inspector), body: { version: 2, from: today, until: addDays(today, 60), reason: 'x' } });
      expect(inspectorTry.status).toBe(403);
      const suspended = await checkedCall(t, 'POST', `/registry/licences/${licenceId}/suspend`, { token: tok(a, Role.LegalOfficer), body: { version: 2, from: today, until: addDays(today, 60), reason: 'Quyết định xử phạt số 05/QĐ-XPHC', reference: '05/QĐ-XPHC' } });
      expect(suspended.body).toMatchObject({ status: 'suspended', effectiveStatus: 'suspended', suspendedFrom: today });
      const twice = await checkedCall(t, 'POST', `/registry/licences/${licenceId}/suspend`, { token: tok(a, Role.LegalOfficer), body: { version: 3, from: today, until: addDays(today, 60), reason: 'again' } });
      expect(twice.status).toBe(409);
      const reinstated = await checkedCall(t, 'POST', `/registry/licences/${licenceId}/reinstate`, { token: tok(a, Role.LegalOfficer), body: { version: 3, on: today, reason: 'Đã khắc phục' } });
      expect(reinstated.body.effectiveStatus).toBe('active');
      const history = await checkedCall(t, 'GET', `/registry/licences/${licenceId}/history`, { token: tok(a, Role.Leader) });
      expect(history.body.map((e: { kind: string }) => e.kind)).toEqual(['issued', 'amended', 'suspended', 'reinstated']);
      expect(history.body[1].before.licensedDomains).toEqual(['mientay.vn']);
      expect(history.body[2]).toMatchObject({ reference: '05/QĐ-XPHC', actorId: a.sessions[Role.LegalOfficer].userId });
    });

    it('should refuse an end date before the start of a suspension, naming the field', async () => {
      const res = await checkedCall(t, 'POST', `/registry/licences/${licenceId}/suspend`, { token: tok(a, Role.LegalOfficer), body: { version: 4, from: '2026-05-10', until: '2026-05-01', reason: 'x' } });
      expect(res.status).toBe(422);
      expect(res.body.details.fields[0].field).toBe('until');
    });

    it('should freeze a revoked licence', async () => {
      const revoked = await checkedCall(t, 'POST', `/registry/licences/${licenceId}/revoke`, { token: tok(a, Role.LegalOfficer), body: { version: 4, on: todayInVietnam(), reason: 'Thu hồi' } });
      expect(revoked.body.status).toBe('revoked');
      const after = await checkedCall(t, 'POST', `/registry/licences/${licenceId}/amend`, { token: tok(a, Role.Inspector), body: { version: 5, reason: 'x', purpose: 'y' } });
      expect(after.status).toBe(409);
      expect(after.body.code).toBe('RECORD_FROZEN');
    });

    it('should expire lapsed licences once, with a history event (the nightly job’s work)', async () => {
      const l = await checkedCall(t, 'POST', '/registry/licences', { token: tok(a, Role.Inspector), body: { kind: 'general_site', holderType: 'e_information_site', holderId: siteId, number: '2/GP-OLD', issuer: 'Sở TTTT', issuedOn: '2020-01-01', expiresOn: '2025-01-01' } });
      expect(l.body.effectiveStatus).toBe('expired');
      const { LicencesService } = await import('@app/registry/licences.service');
      const service = t.app.get(LicencesService);
      expect(await service.expireLapsed()).toBe(1);
      expect(await service.expireLapsed()).toBe(0);
      const history = await checkedCall(t, 'GET', `/registry/licences/${l.body.id}/history`, { token: tok(a, Role.Leader) });
      expect(history.body.map((e: { kind: string }) => e.kind)).toEqual(['issued', 'expired']);
    });
  });
});
