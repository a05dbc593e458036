import { addDays, addMonths, addYears, isIsoDate, todayInHoChiMinh } from './dates';

describe('dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-1-01', false],
    [20240101, false],
  ])('isIsoDate(%p) is %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('adds years keeping the day, or the last day of a shorter month (BLDS 2015 Đ148 k1)', () => {
    expect(addYears('2024-06-01', 2)).toBe('2026-06-01');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
    expect(addDays('2024-12-25', 10)).toBe('2025-01-04');
  });

  it('gives today in Asia/Ho_Chi_Minh (UTC+7)', () => {
    expect(todayInHoChiMinh(new Date('2025-06-30T16:59:59Z'))).toBe('2025-06-30');
    expect(todayInHoChiMinh(new Date('2025-06-30T17:00:00Z'))).toBe('2025-07-01');
  });
});
