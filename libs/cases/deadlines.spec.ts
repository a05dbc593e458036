import { loadDefaultCalendarEntries, WorkingDayCalendar } from '@libs/vn';
import { computeDeadlines, Deadline, DeadlineFacts, DeadlineKey, isDueWithin, isOverdue } from './deadlines';

const calendar = new WorkingDayCalendar(loadDefaultCalendarEntries());

const facts = (over: Partial<DeadlineFacts> = {}): DeadlineFacts => ({
  firstDetectedOn: null,
  complex: false,
  recordDrawnOn: null,
  explanationApplies: false,
  explanationMode: 'written',
  explanationDoneOn: null,
  verificationNeeded: false,
  decisionExtensionReason: null,
  decidedOn: null,
  decisionReceivedOn: null,
  executedOn: null,
  limitation: null,
  closedWithoutSanction: false,
  ...over,
});

const one = (deadlines: Deadline[], key: DeadlineKey): Deadline => {
  const found = deadlines.find((d) => d.key === key);
  if (!found) throw new Error(`no ${key} deadline in ${deadlines.map((d) => d.key).join(', ')}`);
  return found;
};

describe('case deadlines', () => {
  it('gives the decision 7 working days from a record drawn on 2026-04-29, skipping 30/4, 1/5 and the weekends (LXLVPHC Đ66 k1)', () => {
    const decision = one(computeDeadlines(facts({ recordDrawnOn: '2026-04-29' }), calendar, '2026-04-29'), 'decision');
    expect(decision.dueOn).toBe('2026-05-12');
    expect(decision.skipped.map((s) => s.date)).toEqual(['2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03', '2026-05-09', '2026-05-10']);
    expect(decision.skipped[0].reason).toBe('Ngày Chiến thắng (30/4)');
    expect(decision.citation).toBe('LXLVPHC Đ66 k1');
    expect(decision.how).toContain('7 ngày làm việc, tính từ ngày tiếp theo ngày 29/04/2026');
    expect(decision.status).toBe('pending');
  });

  it('gives the record 2 working days from detection, 5 when complex (NĐ 118/2021 Đ12 k2)', () => {
    expect(one(computeDeadlines(facts({ firstDetectedOn: '2026-04-29' }), calendar, '2026-04-29'), 'record').dueOn).toBe('2026-05-05');
    expect(one(computeDeadlines(facts({ firstDetectedOn: '2026-04-29', complex: true }), calendar, '2026-04-29'), 'record').dueOn).toBe('2026-05-08');
  });

  it('marks the record met when drawn in time and late when not', () => {
    const met = one(computeDeadlines(facts({ firstDetectedOn: '2026-04-28', recordDrawnOn: '2026-04-29' }), calendar, '2026-06-01'), 'record');
    expect(met.status).toBe('met');
    const late = one(computeDeadlines(facts({ firstDetectedOn: '2026-04-20', recordDrawnOn: '2026-04-29' }), calendar, '2026-06-01'), 'record');
    expect(late.status).toBe('late');
  });

  it('gives a written explanation 5 working days from the record and a hearing request 2 (LXLVPHC Đ61)', () => {
    const written = one(computeDeadlines(facts({ recordDrawnOn: '2026-04-29', explanationApplies: true }), calendar, '2026-04-29'), 'explanation');
    expect(written.dueOn).toBe('2026-05-08');
    expect(written.owner).toBe('offender');
    const hearing = one(computeDeadlines(facts({ recordDrawnOn: '2026-04-29', explanationApplies: true, explanationMode: 'hearing' }), calendar, '2026-04-29'), 'explanation');
    expect(hearing.dueOn).toBe('2026-05-05');
  });

  it('shows no explanation deadline without the right to explain', () => {
    expect(computeDeadlines(facts({ recordDrawnOn: '2026-04-29' }), calendar, '2026-04-29').map((d) => d.key)).toEqual(['decision']);
  });

  it('says an unused explanation window "passed", not "overdue": nobody is late', () => {
    const d = one(computeDeadlines(facts({ recordDrawnOn: '2026-04-29', explanationApplies: true }), calendar, '2026-05-11'), 'explanation');
    expect(d.status).toBe('passed');
  });

  it('gives the decision 1 month when the right to explain applies, moving a last day off a holiday (LXLVPHC Đ66 k1, BLDS 2015 Đ148 k5)', () => {
    // 2026-08-01 + 1 month = 2026-09-01, a bridging/National Day break: moves past 1–2/9 to Thu 3/9.
    const d = one(computeDeadlines(facts({ recordDrawnOn: '2026-08-01', explanationApplies: true }), calendar, '2026-08-01'), 'decision');
    expect(d.movedFrom).toBe('2026-09-01');
    expect(d.dueOn).toBe('2026-09-03');
    expect(d.skipped.map((s) => s.date)).toEqual(['2026-09-01', '2026-09-02']);
    expect(d.how).toContain('BLDS 2015 Đ148 k5');
  });

  it('gives 1 month when verification is needed, and 2 after the one extension with its reason', () => {
    const base = facts({ recordDrawnOn: '2026-03-10', verificationNeeded: true });
    expect(one(computeDeadlines(base, calendar, '2026-03-10'), 'decision').dueOn).toBe('2026-04-10');
    const extended = one(computeDeadlines({ ...base, decisionExtensionReason: 'cần giám định' }, calendar, '2026-03-10'), 'decision');
    expect(extended.dueOn).toBe('2026-05-11');
    expect(extended.movedFrom).toBe('2026-05-10');
    expect(extended.rule).toContain('cần giám định');
  });

  it('ignores an extension when the 7-working-day rule applies', () => {
    const d = one(computeDeadlines(facts({ recordDrawnOn: '2026-04-29', decisionExtensionReason: 'x' }), calendar, '2026-04-29'), 'decision');
    expect(d.dueOn).toBe('2026-05-12');
  });

  it('gives payment 10 days from receiving the decision, moved off a weekend (LXLVPHC Đ73 k1)', () => {
    const d = one(computeDeadlines(facts({ recordDrawnOn: '2026-04-01', decidedOn: '2026-04-03', decisionReceivedOn: '2026-04-06' }), calendar, '2026-04-06'), 'payment');
    expect(d.dueOn).toBe('2026-04-16');
    const weekend = one(computeDeadlines(facts({ decisionReceivedOn: '2026-04-08' }), calendar, '2026-04-08'), 'payment');
    expect(weekend.movedFrom).toBe('2026-04-18');
    expect(weekend.dueOn).toBe('2026-04-20');
  });

  it('reports the limitation from the fine engine and flags it overdue when undecided past its day', () => {
    const limitation = { lastDay: '2026-05-01', countedFrom: '2024-05-01', years: 2, citation: 'LXLVPHC Đ6 k1 a' };
    const d = one(computeDeadlines(facts({ limitation }), calendar, '2026-05-02'), 'limitation');
    expect(d).toMatchObject({ dueOn: '2026-05-01', status: 'overdue', citation: 'LXLVPHC Đ6 k1 a' });
  });

  it('marks a decision overdue past its day, met when decided in time, and moot when closed without sanction', () => {
    const f = facts({ recordDrawnOn: '2026-04-29' });
    expect(one(computeDeadlines(f, calendar, '2026-05-13'), 'decision').status).toBe('overdue');
    expect(one(computeDeadlines({ ...f, decidedOn: '2026-05-12' }, calendar, '2026-05-13'), 'decision').status).toBe('met');
    expect(one(computeDeadlines({ ...f, closedWithoutSanction: true }, calendar, '2026-05-13'), 'decision').status).toBe('moot');
  });

  it('cannot count over a year without holiday data and says so instead of guessing', () => {
    const d = one(computeDeadlines(facts({ recordDrawnOn: '2027-12-28' }), calendar, '2027-12-28'), 'decision');
    expect(d.dueOn).toBeNull();
    expect(d.status).toBe('unavailable');
    expect(d.how).toMatch(/lịch ngày nghỉ năm 2028 chưa có/);
  });

  it('answers the list filters: overdue, and due within N days', () => {
    const deadlines = computeDeadlines(facts({ recordDrawnOn: '2026-04-29' }), calendar, '2026-05-08');
    expect(isOverdue(deadlines)).toBe(false);
    expect(isDueWithin(deadlines, '2026-05-08', 3)).toBe(false);
    expect(isDueWithin(deadlines, '2026-05-08', 4)).toBe(true);
    expect(isOverdue(computeDeadlines(facts({ recordDrawnOn: '2026-04-29' }), calendar, '2026-05-13'))).toBe(true);
  });
});
