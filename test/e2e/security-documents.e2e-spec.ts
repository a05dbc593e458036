import { Role } from '@app/common/role';
import { call, department, Department, startApp, TestApp } from './harness';
import { generalSite, inspectingCase, NOT_PER_LICENCE, post, token } from './cases-support';
import { DRAFT, draftDecision, issue, magazine, readyCase, verifyRows } from './decisions-support';

/**
 * Issue 12 finding 11: text the embedded font cannot print (emoji, CJK, Thai, Khmer, Arabic) vanished from decision
 * PDFs, Hebrew came out reversed, and issuing was not refused. Text that reaches a document is now refused where it
 * enters, with a 422 naming the field and the character; what slips past the API (data written before, or by other
 * means) is refused when the decision is issued.
 */
interface FieldError {
  field: string;
  messages: string[];
}

const fieldsOf = (body: { details?: { fields?: FieldError[] } }): FieldError[] => body.details?.fields ?? [];

describe('text printed on documents (issue 12 finding 11)', () => {
  let t: TestApp;
  let a: Department;

  beforeAll(async () => {
    t = await startApp();
    a = await department(t);
  }, 120_000);
  afterAll(() => t.close());

  it('should refuse a registry name with an emoji, naming the field and the character', async () => {
    const res = await call(t, 'POST', '/registry/press-agencies', {
      token: token(a),
      body: { kind: 'e_magazine', name: 'Tạp chí Phương Nam 😀', governingBody: 'Hội Văn học Nghệ thuật', scope: 'local' },
    });
    expect(res.status).toBe(422);
    expect(fieldsOf(res.body)).toEqual([{ field: 'name', messages: ['name contains U+1F600 "😀", which the document font cannot print'] }]);
  });

  it('should refuse the facts of a violation written in Chinese characters', async () => {
    const c = await inspectingCase(t, a, await generalSite(t, a), { code: NOT_PER_LICENCE, detectedOn: '2026-04-28' });
    const res = await call(t, 'POST', `/cases/${c.id}/violations`, {
      token: token(a),
      body: { code: NOT_PER_LICENCE, ongoingAtDetection: true, detectedOn: '2026-04-28', facts: 'Đăng tin bằng tiếng Trung: 中文新闻' },
    });
    expect(res.status).toBe(422);
    expect(fieldsOf(res.body)).toEqual([{ field: 'facts', messages: ['facts contains U+4E2D "中", which the document font cannot print'] }]);
  });

  it('should refuse a right-to-left signer name and a Khmer recipient in a decision draft, each by field and character', async () => {
    const c = await readyCase(t, a, await magazine(t, a, 'Tạp chí Văn hóa Thử Nghiệm'));
    const res = await call(t, 'POST', `/cases/${c.id}/decisions`, {
      token: a.sessions[Role.LegalOfficer].token,
      body: { ...DRAFT, signer: { ...DRAFT.signer, fullName: 'שלום' }, recipients: ['Như Điều 3', 'ក្រុមហ៊ុន'], subject: { name: 'บริษัท' } },
    });
    expect(res.status).toBe(422);
    expect(fieldsOf(res.body)).toEqual(
      expect.arrayContaining([
        { field: 'signer.fullName', messages: ['fullName contains U+05E9 "ש": right-to-left text cannot be printed on documents'] },
        { field: 'recipients', messages: ['recipients[1] contains U+1780 "ក", which the document font cannot print'] },
        { field: 'subject.name', messages: ['name contains U+0E1A "บ", which the document font cannot print'] },
      ]),
    );
  });

  it('should refuse a violation record statement with an emoji', async () => {
    const c = await inspectingCase(t, a, await generalSite(t, a, 'Trang tin Biên Bản'), { code: NOT_PER_LICENCE, detectedOn: '2026-04-28' });
    const res = await call(t, 'POST', `/cases/${c.id}/violation-record`, {
      token: token(a),
      body: { drawnOn: '2026-04-28', drawnAt: '09:00', place: 'Trụ sở Sở', subjectStatement: 'Tôi đồng ý 👍' },
    });
    expect(res.status).toBe(422);
    expect(fieldsOf(res.body)).toEqual([{ field: 'subjectStatement', messages: ['subjectStatement contains U+1F44D "👍", which the document font cannot print'] }]);
  });

  it('should refuse to issue a decision whose text holds a character written past the API, naming where it is', async () => {
    const b = await department(t); // the magazine's licence number is unique per department
    const c = await readyCase(t, b, await magazine(t, b));
    await verifyRows(t, b);
    const draft = await draftDecision(t, b, c.id);
    // As if written before this check existed: the facts of the first act, straight into the database.
    await t.dataSource.query(`update case_violations set facts = facts || ' 😀' where id = $1`, [c.violationIds[0]]);
    const res = await issue(t, b, draft);
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain('acts[0].facts contains U+1F600 \\"😀\\", which the document font cannot print');
    const after = await call(t, 'GET', `/decisions/${draft.id}`, { token: b.sessions[Role.LegalOfficer].token });
    expect([after.body.status, after.body.number]).toEqual(['draft', null]);
  });

  it('should accept Vietnamese in any normal form, Greek and Cyrillic, which the font prints', async () => {
    const name = 'Tạp chí Ánh Dương – Αθήνα – Москва'.normalize('NFD');
    const created = await post(t, a, '/registry/press-agencies', { kind: 'e_magazine', name, governingBody: 'Hội Nhà báo', scope: 'local' });
    expect(created.id).toBeDefined();
  });
});
