/** Worked examples of the late-payment charge (LXLVPHC Đ78 k1; NĐ 118/2021 Đ20 k3, k4). */
import { computeLateCharge, LateChargeInputError } from './late-charge';

const due = (amountVnd: number, dueOn: string, label = 'fine') => ({ label, amountVnd, dueOn });

describe('late-payment charge, 0.05 % a day on the unpaid fine (LXLVPHC Đ78 k1)', () => {
  it('should charge nothing when the fine is paid on its last day', () => {
    const r = computeLateCharge({ dues: [due(40_000_000, '2026-03-10')], payments: [{ paidOn: '2026-03-10', amountVnd: 40_000_000 }], pauses: [], asOf: '2026-04-01' });
    expect(r).toMatchObject({ chargeVnd: 0, balanceVnd: 0, settledOn: '2026-03-10', steps: [] });
  });

  it('should count one day for a payment the day after the deadline, and the charge must be paid too', () => {
    // 40 000 000 × 1 day × 0.05 % = 20 000 đồng; the payment covers only the fine.
    const r = computeLateCharge({ dues: [due(40_000_000, '2026-03-10')], payments: [{ paidOn: '2026-03-11', amountVnd: 40_000_000 }], pauses: [], asOf: '2026-04-01' });
    expect(r.steps).toEqual([expect.objectContaining({ from: '2026-03-11', to: '2026-03-11', days: 1, unpaidVnd: 40_000_000, chargeVnd: 20_000 })]);
    expect(r).toMatchObject({ chargeVnd: 20_000, fineOutstandingVnd: 0, chargeOutstandingVnd: 20_000, balanceVnd: 20_000, settledOn: null });
  });

  it('should count from the day after the deadline to the day paid, on the amount still unpaid each day', () => {
    // Fine 30 000 000 due 2026-03-10. 10 000 000 paid 2026-03-15, the rest 2026-03-25 with the charge.
    // 2026-03-11 → 2026-03-15: 5 days × 0.05 % × 30 000 000 = 75 000
    // 2026-03-16 → 2026-03-25: 10 days × 0.05 % × 20 000 000 = 100 000
    const r = computeLateCharge({
      dues: [due(30_000_000, '2026-03-10')],
      payments: [
        { paidOn: '2026-03-15', amountVnd: 10_000_000 },
        { paidOn: '2026-03-25', amountVnd: 20_175_000 },
      ],
      pauses: [],
      asOf: '2026-03-31',
    });
    expect(r.steps.map((s) => [s.from, s.to, s.days, s.unpaidVnd, s.chargeVnd])).toEqual([
      ['2026-03-11', '2026-03-15', 5, 30_000_000, 75_000],
      ['2026-03-16', '2026-03-25', 10, 20_000_000, 100_000],
    ]);
    expect(r).toMatchObject({ chargeVnd: 175_000, balanceVnd: 0, settledOn: '2026-03-25', overpaidVnd: 0 });
    expect(r.explanation.join('\n')).toContain('2026-03-16 → 2026-03-25: 10 days × 0,05% × 20.000.000 đồng = 100.000 đồng');
  });

  it('should charge each instalment only from its own deadline (the acceptance example: the last one 12 days late)', () => {
    // 250 000 000 in two instalments: 100 000 000 by 2026-04-30 (paid on time), 150 000 000 by 2026-06-30 paid 2026-07-12.
    // 12 days × 0.05 % × 150 000 000 = 900 000 đồng.
    const r = computeLateCharge({
      dues: [due(100_000_000, '2026-04-30', 'instalment 1'), due(150_000_000, '2026-06-30', 'instalment 2')],
      payments: [
        { paidOn: '2026-04-28', amountVnd: 100_000_000 },
        { paidOn: '2026-07-12', amountVnd: 150_900_000 },
      ],
      pauses: [],
      asOf: '2026-07-20',
    });
    expect(r.steps).toEqual([expect.objectContaining({ from: '2026-07-01', to: '2026-07-12', days: 12, unpaidVnd: 150_000_000, chargeVnd: 900_000 })]);
    expect(r).toMatchObject({ chargeVnd: 900_000, balanceVnd: 0, settledOn: '2026-07-12' });
  });

  it('should not count the days a request was under consideration (NĐ 118/2021 Đ20 k4)', () => {
    // Due 2026-03-10, unpaid; a request considered 2026-03-14 → 2026-03-20 (7 days); paid 2026-03-25.
    // Counted: 03-11 → 03-13 (3 days) and 03-21 → 03-25 (5 days): 8 × 0.05 % × 10 000 000 = 40 000.
    const r = computeLateCharge({
      dues: [due(10_000_000, '2026-03-10')],
      payments: [{ paidOn: '2026-03-25', amountVnd: 10_040_000 }],
      pauses: [{ from: '2026-03-14', to: '2026-03-20', reason: 'instalment request under consideration' }],
      asOf: '2026-03-31',
    });
    expect(r.steps.map((s) => [s.from, s.to, s.days])).toEqual([
      ['2026-03-11', '2026-03-13', 3],
      ['2026-03-21', '2026-03-25', 5],
    ]);
    expect(r.excluded).toEqual([{ from: '2026-03-14', to: '2026-03-20', days: 7, reason: 'instalment request under consideration' }]);
    expect(r).toMatchObject({ chargeVnd: 40_000, balanceVnd: 0 });
  });

  it('should keep counting up to the as-of day while the fine is unpaid', () => {
    // 3 000 000 due 2026-03-10, nothing paid by 2026-03-13: 3 × 0.05 % × 3 000 000 = 4 500.
    const r = computeLateCharge({ dues: [due(3_000_000, '2026-03-10')], payments: [], pauses: [], asOf: '2026-03-13' });
    expect(r).toMatchObject({ chargeVnd: 4_500, balanceVnd: 3_004_500, settledOn: null });
  });

  it('should round each step half up to the đồng', () => {
    // 1 001 × 1 day × 0.05 % = 0.5005 → 1 đồng; 999 × 1 × 0.05 % = 0.4995 → 0.
    expect(computeLateCharge({ dues: [due(1_001, '2026-03-10')], payments: [], pauses: [], asOf: '2026-03-11' }).chargeVnd).toBe(1);
    expect(computeLateCharge({ dues: [due(999, '2026-03-10')], payments: [], pauses: [], asOf: '2026-03-11' }).chargeVnd).toBe(0);
  });

  it('should report what was paid beyond the fine and charge', () => {
    const r = computeLateCharge({ dues: [due(1_000_000, '2026-03-10')], payments: [{ paidOn: '2026-03-01', amountVnd: 1_200_000 }], pauses: [], asOf: '2026-03-31' });
    expect(r).toMatchObject({ overpaidVnd: 200_000, balanceVnd: 0, settledOn: '2026-03-01' });
  });

  it('should refuse a date that is not a calendar date, naming it', () => {
    expect(() => computeLateCharge({ dues: [due(1, '2026-02-30')], payments: [], pauses: [], asOf: '2026-03-01' })).toThrow(LateChargeInputError);
  });
});
