import fc from 'fast-check';
import { addDays, daysBetween } from '../dates';
import { loadDefaultCalendarEntries } from './default-entries';
import { CalendarEntry } from './types';
import { WorkingDayCalendar } from './working-day-calendar';

const calendar = new WorkingDayCalendar(loadDefaultCalendarEntries());

function entry(date: string, kind: CalendarEntry['kind'], nameVi = 'Ngày thử'): CalendarEntry {
  return { date, kind, nameVi, nameEn: 'Test day', source: 'test fixture' };
}

describe('WorkingDayCalendar.addWorkingDays', () => {
  it('counts 7 working days from a record drawn on Wed 2026-04-29 past 30/4, 1/5 and two weekends (NĐ 118/2021 Đ12, BLDS 2015 Đ147 k2)', () => {
    // The brief expected 2026-05-11, but that is the 6th working day: 4–8/5 are days 1–5, 9–10/5 a weekend,
    // 11/5 day 6 and 12/5 day 7. No make-up Saturday falls in between in the 2026 schedule.
    const result = calendar.addWorkingDays('2026-04-29', 7);
    expect(result.date).toBe('2026-05-12');
    expect(result.skipped).toEqual([
      { date: '2026-04-30', reason: 'Ngày Chiến thắng (30/4)', kind: 'public-holiday' },
      { date: '2026-05-01', reason: 'Ngày Quốc tế lao động (01/5)', kind: 'public-holiday' },
      { date: '2026-05-02', reason: 'Nghỉ hằng tuần (Thứ Bảy)', kind: 'weekend' },
      { date: '2026-05-03', reason: 'Nghỉ hằng tuần (Chủ nhật)', kind: 'weekend' },
      { date: '2026-05-09', reason: 'Nghỉ hằng tuần (Thứ Bảy)', kind: 'weekend' },
      { date: '2026-05-10', reason: 'Nghỉ hằng tuần (Chủ nhật)', kind: 'weekend' },
    ]);
  });

  it('reaches Mon 2026-05-11 after 6 working days from 2026-04-29', () => {
    const result = calendar.addWorkingDays('2026-04-29', 6);
    expect(result.date).toBe('2026-05-11');
    expect(result.skipped.map((s) => s.date)).toEqual([
      '2026-04-30',
      '2026-05-01',
      '2026-05-02',
      '2026-05-03',
      '2026-05-09',
      '2026-05-10',
    ]);
  });

  it('never counts the start day itself, even when it is a working day (BLDS 2015 Đ147 k2)', () => {
    expect(calendar.addWorkingDays('2026-05-04', 1)).toEqual({ date: '2026-05-05', skipped: [] });
    expect(calendar.addWorkingDays('2026-05-08', 1).date).toBe('2026-05-11');
  });

  it('counts from a start day that is itself a holiday', () => {
    expect(calendar.addWorkingDays('2026-04-30', 1).date).toBe('2026-05-04');
  });

  it('passes over the whole 2026 Tết break, naming each lunar day', () => {
    const result = calendar.addWorkingDays('2026-02-13', 1);
    expect(result.date).toBe('2026-02-23');
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'Nghỉ hằng tuần (Thứ Bảy)',
      'Nghỉ hằng tuần (Chủ nhật)',
      'Tết Nguyên đán (29 tháng Chạp)',
      'Tết Nguyên đán (mùng 1 tháng Giêng)',
      'Tết Nguyên đán (mùng 2 tháng Giêng)',
      'Tết Nguyên đán (mùng 3 tháng Giêng)',
      'Tết Nguyên đán (mùng 4 tháng Giêng)',
      'Nghỉ hằng tuần (Thứ Bảy)',
      'Nghỉ hằng tuần (Chủ nhật)',
    ]);
  });

  it('counts a make-up Saturday as a working day and skips its bridging day (2026: 2/1 off, 10/1 worked)', () => {
    expect(calendar.isWorkingDay('2026-01-02')).toBe(false);
    expect(calendar.isWorkingDay('2026-01-10')).toBe(true);
    expect(calendar.addWorkingDays('2026-01-09', 1)).toEqual({ date: '2026-01-10', skipped: [] });
    const overNewYear = calendar.addWorkingDays('2025-12-31', 1);
    expect(overNewYear.date).toBe('2026-01-05');
    expect(overNewYear.skipped.map((s) => s.kind)).toEqual([
      'public-holiday',
      'bridging-day-off',
      'weekend',
      'weekend',
    ]);
  });

  it('skips the 2026 National Day break 29/8–2/9 with its bridging Monday', () => {
    const result = calendar.addWorkingDays('2026-08-28', 1);
    expect(result.date).toBe('2026-09-03');
    expect(result.skipped.map((s) => [s.date, s.kind])).toEqual([
      ['2026-08-29', 'weekend'],
      ['2026-08-30', 'weekend'],
      ['2026-08-31', 'bridging-day-off'],
      ['2026-09-01', 'public-holiday'],
      ['2026-09-02', 'public-holiday'],
    ]);
  });

  it('lands on a working day with exactly n working days counted and every other day listed as skipped', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: daysBetween('2020-01-01', '2027-10-31') }),
        fc.integer({ min: 1, max: 40 }),
        (offset, n) => {
          const start = addDays('2020-01-01', offset);
          const { date, skipped } = calendar.addWorkingDays(start, n);
          expect(calendar.isWorkingDay(date)).toBe(true);
          const span = daysBetween(start, date);
          expect(span - skipped.length).toBe(n);
          for (const day of skipped) expect(calendar.isWorkingDay(day.date)).toBe(false);
          expect(new Set(skipped.map((s) => s.date)).size).toBe(skipped.length);
        },
      ),
    );
  });

  it('refuses a count that is not a positive whole number', () => {
    expect(() => calendar.addWorkingDays('2026-04-29', 0)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-04-29', -1)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-04-29', 1.5)).toThrow(RangeError);
    expect(() => calendar.addWorkingDays('2026-4-29', 1)).toThrow(RangeError);
  });
});

describe('WorkingDayCalendar.nextWorkingDayOnOrAfter', () => {
  it('moves a deadline that falls on a holiday or weekend to the next working day (BLDS 2015 Đ148 k5)', () => {
    expect(calendar.nextWorkingDayOnOrAfter('2026-05-01')).toBe('2026-05-04');
    expect(calendar.nextWorkingDayOnOrAfter('2026-02-14')).toBe('2026-02-23');
    expect(calendar.nextWorkingDayOnOrAfter('2026-04-26')).toBe('2026-04-28');
  });

  it('keeps a deadline that already falls on a working day, make-up Saturdays included', () => {
    expect(calendar.nextWorkingDayOnOrAfter('2026-04-29')).toBe('2026-04-29');
    expect(calendar.nextWorkingDayOnOrAfter('2026-08-22')).toBe('2026-08-22');
  });
});

describe('WorkingDayCalendar construction and coverage', () => {
  it('treats Monday–Friday as working days and the weekend as rest when nothing else is listed', () => {
    const plain = new WorkingDayCalendar([], { coveredYears: [2026] });
    expect(plain.isWorkingDay('2026-03-02')).toBe(true);
    expect(plain.isWorkingDay('2026-03-07')).toBe(false);
    expect(plain.nonWorkingDay('2026-03-08')).toEqual({
      date: '2026-03-08',
      reason: 'Nghỉ hằng tuần (Chủ nhật)',
      kind: 'weekend',
    });
  });

  it('refuses to answer for a year without holiday data rather than guess', () => {
    expect(() => calendar.isWorkingDay('2028-01-03')).toThrow(/no holiday data for 2028/);
    expect(() => calendar.addWorkingDays('2027-12-30', 5)).toThrow(RangeError);
    expect(calendar.coveredYears).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });

  it('refuses two entries for the same day', () => {
    expect(
      () => new WorkingDayCalendar([entry('2026-05-01', 'public-holiday'), entry('2026-05-01', 'bridging-day-off')]),
    ).toThrow(/already has/);
  });

  it('refuses a make-up working day on a weekday and a day off in lieu on a weekend', () => {
    expect(() => new WorkingDayCalendar([entry('2026-05-04', 'make-up-working-day')])).toThrow(RangeError);
    expect(() => new WorkingDayCalendar([entry('2026-05-02', 'substitute-day-off')])).toThrow(RangeError);
    expect(() => new WorkingDayCalendar([entry('2026-05-02', 'bridging-day-off')])).toThrow(RangeError);
  });

  it('refuses entries with an invalid date, an empty name or no source', () => {
    expect(() => new WorkingDayCalendar([entry('2026-02-30', 'public-holiday')])).toThrow(RangeError);
    expect(() => new WorkingDayCalendar([entry('2026-05-01', 'public-holiday', ' ')])).toThrow(RangeError);
    expect(() => new WorkingDayCalendar([{ ...entry('2026-05-01', 'public-holiday'), source: '' }])).toThrow(
      RangeError,
    );
  });

  it('is not changed by later edits to the entries it was built from', () => {
    const entries = [entry('2026-05-04', 'public-holiday')];
    const built = new WorkingDayCalendar(entries);
    entries[0].kind = 'make-up-working-day';
    expect(built.isWorkingDay('2026-05-04')).toBe(false);
    const copy = built.entryOn('2026-05-04');
    if (copy !== undefined) copy.nameVi = 'changed';
    expect(built.entryOn('2026-05-04')?.nameVi).toBe('Ngày thử');
  });
});
