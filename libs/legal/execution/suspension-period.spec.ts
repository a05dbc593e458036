import { suspensionPeriod } from './suspension-period';

describe('suspensionPeriod (LXLVPHC Đ25 k2)', () => {
  it('should end the day before the corresponding day of the last month', () => {
    expect(suspensionPeriod('2026-12-07', 2)).toMatchObject({ from: '2026-12-07', to: '2027-02-06' });
  });

  it('should end on the last day but one of a month without the corresponding day', () => {
    expect(suspensionPeriod('2026-12-31', 2).to).toBe('2027-02-27');
  });

  it('should add 15 days for a half month', () => {
    expect(suspensionPeriod('2026-01-10', 6.5).to).toBe('2026-07-24');
  });

  it('should refuse months that are not whole or half', () => {
    expect(() => suspensionPeriod('2026-01-10', 0)).toThrow(RangeError);
    expect(() => suspensionPeriod('2026-01-10', 1.3)).toThrow(RangeError);
  });
});
