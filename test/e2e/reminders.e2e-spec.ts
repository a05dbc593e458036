import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { Role } from '@app/common/role';
import { JobName, QueueName } from '@app/jobs/job.catalogue';
import { JobQueue } from '@app/jobs/job-queue.service';
import { addDays, todayInVietnam } from '@libs/vn';
import { issuedDecision, legal, missionActs, record, startAppWithClock, TestClock, verifyRows } from './execution-support';
import { department, Department, TestApp, waitFor } from './harness';
// Every call checked against the OpenAPI contract (answers, statuses, accepted bodies): test/e2e/api-client.ts.
import { checkedCall as call } from './api-client';

/**
 * Issue 13 point 6: a delivery later than 3 working days and a payment past its deadline appear in GET /me/tasks of the
 * legal officer; with SMTP configured, a real SMTP server started here receives one digest, and a second run the same
 * day sends none.
 */
/** Quoted-printable bytes (=XX, soft breaks) to text. */
const fromQp = (s: string): string => Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

/** RFC 2047 encoded words of a header (=?UTF-8?Q?…?= or =?UTF-8?B?…?=) to text. */
const fromEncodedWords = (s: string): string =>
  s.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : fromQp(text.replace(/_/g, ' ')),
  );

/** The subject and plain text of a message as nodemailer writes it (headers, blank line, quoted-printable or base64 body). */
function parseMail(raw: string): { subject: string; text: string } {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = fromEncodedWords(/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '');
  const body = rest.join('\n\n');
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(unfolded)?.[1]?.trim().toLowerCase();
  const text = encoding === 'base64' ? Buffer.from(body, 'base64').toString('utf8') : encoding === 'quoted-printable' ? fromQp(body) : body;
  return { subject, text };
}

describe('reminders: GET /me/tasks and the daily digest (issue 13 point 6)', () => {
  const clock = new TestClock();
  const T = todayInVietnam();
  const received: { to: string; subject: string; text: string }[] = [];
  let smtp: SMTPServer;
  let t: TestApp & { startWorker(): Promise<unknown> };
  let a: Department;
  let undelivered: { id: string; number: string };
  let unpaid: { id: string; number: string };
  let b: Department;

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), ...parseMail(Buffer.concat(chunks).toString('latin1')) });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await startAppWithClock(clock, { SMTP_URL: `smtp://127.0.0.1:${port}`, SMTP_FROM: 'Nhắc việc <nhacviec@svhtt.example.gov.vn>' });
    await t.startWorker();
    a = await department(t);
    await verifyRows(t, a);
    clock.set(0);
    undelivered = await issuedDecision(t, a, 'Tạp chí Thử Chưa Gửi', missionActs(1));
    b = await department(t);
    await verifyRows(t, b);
    // A second department holds the unpaid decision: the reminders of one never reach the other.
    unpaid = await issuedDecision(t, b, 'Tạp chí Thử Chưa Nộp', missionActs(1));
    await record(t, b, unpaid.id, 'deliveries', { method: 'in_person', sentOn: T, receivedOn: T });
  }, 180_000);
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  const other = (): Department => b;
  const tasks = async (d: Department, role = Role.LegalOfficer) => (await call(t, 'GET', '/me/tasks', { token: d.sessions[role].token })).body;

  it('should list a decision not sent within 3 working days as overdue for the legal officer, not for the inspector', async () => {
    clock.set(10);
    const mine = await tasks(a);
    expect(mine.today).toBe(addDays(T, 10));
    expect(mine.items).toContainEqual(expect.objectContaining({ kind: 'delivery', status: 'overdue', decisionId: undelivered.id, citation: 'LXLVPHC Đ70 k1 (Law 88/2025)' }));
    expect((await tasks(a, Role.Inspector)).items.filter((i: { decisionId: string | null }) => i.decisionId === undelivered.id)).toEqual([]);
  });

  it('should list a payment past its deadline as overdue, only in its own department', async () => {
    clock.set(20);
    const theirs = await tasks(other());
    expect(theirs.items).toContainEqual(expect.objectContaining({ kind: 'payment', status: 'overdue', decisionId: unpaid.id }));
    expect((await tasks(a)).items.map((i: { decisionId: string | null }) => i.decisionId)).not.toContain(unpaid.id);
  });

  it('should send one digest per user and day over SMTP, and none on a second run the same day', async () => {
    const day = addDays(T, 20);
    const email = 'phapche.thunghiem@svhtt.example.gov.vn';
    const bad = await call(t, 'PUT', '/me/reminder-email', { token: legal(other()), body: { email: 'không phải thư' } });
    expect(bad.status).toBe(422);
    expect(bad.body.details.fields[0].field).toBe('email');
    await call(t, 'PUT', '/me/reminder-email', { token: legal(other()), body: { email } });
    const jobs = t.app.get(JobQueue);
    const run = async () => {
      await jobs.enqueue({ name: JobName.ExecutionReminders, data: { asOf: day } });
      const job = await waitFor('the reminders job', async () => {
        const j = await jobs.queue(QueueName.Maintenance).getJob(`execution-reminders.${day}`);
        return j && (await j.isCompleted()) ? j : undefined;
      }, 30_000);
      return job.returnvalue as string;
    };
    expect(await run()).toBe('done');
    await waitFor('the digest at the SMTP server', async () => received.length > 0);
    expect(received).toHaveLength(1);
    expect(received[0].to).toBe(email);
    expect(received[0].subject).toContain(`Nhắc việc ngày ${day}`);
    expect(received[0].text).toContain(`Nộp tiền phạt — quyết định ${unpaid.number}`);
    expect(await run()).toBe('skipped');
    await new Promise((r) => setTimeout(r, 500));
    expect(received).toHaveLength(1);
    const rows = await t.dataSource.query(`select day::text, item_count, sent_at is not null as sent from reminder_digests`);
    expect(rows).toEqual([{ day, item_count: expect.any(Number), sent: true }]);
  });
});
