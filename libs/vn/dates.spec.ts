import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatDateVi,
  formatPlaceDateLine,
  formatTimeVi,
  isIsoDate,
  isWeekend,
  parseIsoDate,
  todayInVietnam,
} from './dates';

describe('isIsoDate and parseIsoDate', () => {
  it.each(['2026-02-30', '2026-2-3', '2025-02-29', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01', ''])(
    'rejects "%s"',
    (s) => {
      expect(isIsoDate(s)).toBe(false);
      expect(() => parseIsoDate(s)).toThrow(RangeError);
    },
  );

  it.each([' 2026-01-01', '2026-01-01T00:00:00Z', '2026/01/01', '20260101'])(
    'rejects the non-strict form "%s"',
    (s) => {
      expect(isIsoDate(s)).toBe(false);
    },
  );

  it('accepts 29 February in a leap year and 31 December', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(parseIsoDate('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31 });
  });

  it('names the bad value in the error', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow('"2026-02-30"');
  });

  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('todayInVietnam', () => {
  it('is already the next day in Vietnam at 17:00 UTC (UTC+7)', () => {
    expect(todayInVietnam(new Date('2026-01-01T16:59:59Z'))).toBe('2026-01-01');
    expect(todayInVietnam(new Date('2026-01-01T17:00:00Z'))).toBe('2026-01-02');
  });

  it('turns the year at midnight Vietnam time', () => {
    expect(todayInVietnam(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
  });

  it('gives a valid ISO date for the current moment', () => {
    expect(isIsoDate(todayInVietnam())).toBe(true);
  });

  it('refuses an invalid Date', () => {
    expect(() => todayInVietnam(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('date arithmetic', () => {
  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-04-29', 0)).toBe('2026-04-29');
  });

  it('clamps a month deadline to the end of a shorter month (BLDS 2015 Đ148 k3)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });

  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-07-01', -2)).toBe('2024-07-01');
  });

  it('refuses fractional amounts and results outside years 0001–9999', () => {
    expect(() => addDays('2026-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonths('2026-01-01', 0.5)).toThrow(RangeError);
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
  });

  it('compares and measures dates', () => {
    expect(compareIsoDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareIsoDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareIsoDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysBetween('2026-01-01', '2026-01-02')).toBe(1);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
  });

  it('agrees with the JavaScript UTC calendar for every date from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 47_482 }), (dayNumber) => {
        const iso = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        expect(addDays('1970-01-01', dayNumber)).toBe(iso);
        expect(daysBetween('1970-01-01', iso)).toBe(dayNumber);
        expect(dayOfWeek(iso)).toBe(new Date(`${iso}T00:00:00Z`).getUTCDay());
      }),
    );
  });

  it('knows the weekdays around 30/4/2026', () => {
    expect(dayOfWeek('2026-04-29')).toBe(3); // Wednesday
    expect(dayOfWeek('2026-05-03')).toBe(0); // Sunday
    expect(isWeekend('2026-05-02')).toBe(true);
    expect(isWeekend('2026-05-03')).toBe(true);
    expect(isWeekend('2026-05-04')).toBe(false);
  });
});

describe('Vietnamese wording of dates and times', () => {
  it('zero-pads days below 10 and the months 1 and 2 only (NĐ 30/2020 Phụ lục I)', () => {
    expect(formatDateVi('2020-01-05')).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatDateVi('2026-02-09')).toBe('ngày 09 tháng 02 năm 2026');
    expect(formatDateVi('2026-03-15')).toBe('ngày 15 tháng 3 năm 2026');
    expect(formatDateVi('2026-12-01')).toBe('ngày 01 tháng 12 năm 2026');
    expect(formatDateVi('2026-10-10')).toBe('ngày 10 tháng 10 năm 2026');
  });

  it('writes the place and date line of a document (NĐ 30/2020 Đ8 k2 d)', () => {
    expect(formatPlaceDateLine('Hà Nội', '2020-01-05')).toBe('Hà Nội, ngày 05 tháng 01 năm 2020');
    expect(formatPlaceDateLine(' Đà Nẵng ', '2026-04-29')).toBe('Đà Nẵng, ngày 29 tháng 4 năm 2026');
    expect(() => formatPlaceDateLine('  ', '2026-04-29')).toThrow(RangeError);
  });

  it('writes times as "14 giờ 30 phút" with two-digit hours and minutes', () => {
    expect(formatTimeVi(14, 30)).toBe('14 giờ 30 phút');
    expect(formatTimeVi(8, 5)).toBe('08 giờ 05 phút');
    expect(formatTimeVi(0, 0)).toBe('00 giờ 00 phút');
  });

  it('refuses impossible times', () => {
    expect(() => formatTimeVi(24, 0)).toThrow(RangeError);
    expect(() => formatTimeVi(12, 60)).toThrow(RangeError);
    expect(() => formatTimeVi(-1, 0)).toThrow(RangeError);
    expect(() => formatTimeVi(9.5, 0)).toThrow(RangeError);
  });
});
