/** The conditions of LXLVPHC Đ79 (instalments) and Đ76 (postponement), each refusal naming its rule. */
import { checkInstalmentPlan, checkPostponement } from './instalments';
import { deliveryDeadline, executionTimeLimit, paymentDeadline } from './time-limits';
import { WorkingDayCalendar } from '@libs/vn';

const plan = (over: Partial<Parameters<typeof checkInstalmentPlan>[0]> = {}) =>
  checkInstalmentPlan({
    subject: 'organisation',
    fineVnd: 250_000_000,
    decisionEffectiveOn: '2026-03-02',
    hardshipConfirmedBy: 'Chi cục Thuế khu vực II',
    instalments: [
      { amountVnd: 100_000_000, dueOn: '2026-04-30' },
      { amountVnd: 150_000_000, dueOn: '2026-06-30' },
    ],
    ...over,
  });

const codes = (c: ReturnType<typeof plan>) => c.failures.map((f) => `${f.code} ${f.rule} ${f.field}`);

describe('instalments (LXLVPHC Đ79)', () => {
  it('should accept two instalments, the first 40 %, within 6 months', () => {
    expect(plan().failures).toEqual([]);
  });

  it('should refuse a fine below the threshold for the subject (Đ79 k1 a)', () => {
    expect(codes(plan({ fineVnd: 150_000_000, instalments: [{ amountVnd: 60_000_000, dueOn: '2026-04-01' }, { amountVnd: 90_000_000, dueOn: '2026-05-01' }] }))).toEqual(['below_threshold LXLVPHC Đ79 k1 a instalments']);
    expect(plan({ subject: 'individual', fineVnd: 20_000_000, instalments: [{ amountVnd: 8_000_000, dueOn: '2026-04-01' }, { amountVnd: 12_000_000, dueOn: '2026-05-01' }] }).failures).toEqual([]);
  });

  it('should refuse more than 3 instalments, a first below 40 %, a date beyond 6 months, a wrong sum (Đ79 k2)', () => {
    const four = [40, 20, 20, 20].map((m, i) => ({ amountVnd: m * 2_500_000, dueOn: `2026-0${i + 4}-01` }));
    expect(codes(plan({ instalments: four }))).toEqual(['too_many_instalments LXLVPHC Đ79 k2 instalments']);
    expect(codes(plan({ instalments: [{ amountVnd: 99_999_999, dueOn: '2026-04-01' }, { amountVnd: 150_000_001, dueOn: '2026-05-01' }] }))).toEqual(['first_below_40_percent LXLVPHC Đ79 k2 instalments[0].amountVnd']);
    // 6 months from 2026-03-02 is 2026-09-02.
    expect(plan({ instalments: [{ amountVnd: 100_000_000, dueOn: '2026-04-01' }, { amountVnd: 150_000_000, dueOn: '2026-09-02' }] }).failures).toEqual([]);
    expect(codes(plan({ instalments: [{ amountVnd: 100_000_000, dueOn: '2026-04-01' }, { amountVnd: 150_000_000, dueOn: '2026-09-03' }] }))).toEqual(['beyond_six_months LXLVPHC Đ79 k2 instalments[1].dueOn']);
    expect(codes(plan({ instalments: [{ amountVnd: 100_000_000, dueOn: '2026-04-01' }, { amountVnd: 100_000_000, dueOn: '2026-05-01' }] }))).toEqual(['sum_differs LXLVPHC Đ79 k2 instalments']);
  });

  it('should refuse a request nobody confirmed (Đ79 k1 b)', () => {
    expect(codes(plan({ hardshipConfirmedBy: ' ' }))).toEqual(['hardship_unconfirmed LXLVPHC Đ79 k1 b hardshipConfirmedBy']);
  });
});

describe('postponement (LXLVPHC Đ76)', () => {
  it('should allow at most 3 months from the decision granting it', () => {
    const base = { subject: 'organisation' as const, fineVnd: 250_000_000, hardshipConfirmedBy: 'Chi cục Thuế', decidedOn: '2026-03-05' };
    expect(checkPostponement({ ...base, until: '2026-06-05' }).failures).toEqual([]);
    expect(checkPostponement({ ...base, until: '2026-06-06' }).failures.map((f) => f.rule)).toEqual(['LXLVPHC Đ76 k1']);
  });

  it('should warn, not refuse, under the unconfirmed threshold', () => {
    const r = checkPostponement({ subject: 'organisation', fineVnd: 50_000_000, hardshipConfirmedBy: 'Chi cục Thuế', decidedOn: '2026-03-05', until: '2026-04-05' });
    expect(r.failures).toEqual([]);
    expect(r.warnings[0].rule).toContain('UNCONFIRMED');
  });
});

describe('time limits of execution', () => {
  // 2026-04-30 and 2026-05-01 are holidays; 2026-05-02/03 a weekend.
  const calendar = new WorkingDayCalendar([
    { date: '2026-04-30', kind: 'public-holiday', nameVi: 'Ngày Chiến thắng', nameEn: 'Reunification Day', source: 'BLLĐ 2019 Đ112' },
    { date: '2026-05-01', kind: 'public-holiday', nameVi: 'Ngày Quốc tế Lao động', nameEn: 'Labour Day', source: 'BLLĐ 2019 Đ112' },
  ]);

  it('should give 3 working days to send the decision, passing over holidays and the weekend (Đ70 k1)', () => {
    const d = deliveryDeadline('2026-04-29', calendar);
    expect(d.dueOn).toBe('2026-05-06');
    expect(d.skipped.map((s) => s.date)).toEqual(['2026-04-30', '2026-05-01', '2026-05-02', '2026-05-03']);
  });

  it('should give 10 days from receipt to pay, moving a last day off a holiday (Đ73 k1; BLDS Đ148 k5)', () => {
    expect(paymentDeadline('2026-04-20', calendar)).toMatchObject({ dueOn: '2026-05-04', how: expect.stringContaining('moved to the next working day 2026-05-04') });
    expect(paymentDeadline(null, calendar).dueOn).toBeNull();
  });

  it('should allow 1 year to execute the decision (Đ74 k1)', () => {
    expect(executionTimeLimit('2026-03-02').dueOn).toBe('2027-03-02');
  });
});
