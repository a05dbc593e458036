import { dayOfWeek, isWeekend } from '../dates';
import { DEFAULT_CALENDAR_YEARS, loadDefaultCalendarEntries } from './default-entries';
import { parseCalendarEntries } from './entries';
import { CalendarEntry } from './types';

const all = loadDefaultCalendarEntries();
const ofYear = (year: number): CalendarEntry[] => all.filter((e) => e.date.startsWith(`${year}-`));
const holidays = (year: number): CalendarEntry[] => ofYear(year).filter((e) => e.kind === 'public-holiday');
const has = (date: string, kind: CalendarEntry['kind']): boolean => all.some((e) => e.date === date && e.kind === kind);

// Mùng 1 Tết and 10/3 âm lịch in the Vietnamese lunar calendar (UTC+7), checked against the announced schedules.
const LUNAR_NEW_YEAR: Record<number, string> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
};
const HUNG_KINGS: Record<number, string> = {
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
};

describe('default calendar data', () => {
  it('ships every year from 2020 to 2027, sorted by date', () => {
    expect(DEFAULT_CALENDAR_YEARS).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    const dates = all.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it.each(DEFAULT_CALENDAR_YEARS)(
    'lists the fixed-date holidays of %i: 1/1, 30/4, 1/5, 2/9 (BLLĐ 2019 Đ112 k1 a, c, d, đ)',
    (year) => {
      for (const monthDay of ['01-01', '04-30', '05-01', '09-02']) {
        expect(has(`${year}-${monthDay}`, 'public-holiday')).toBe(true);
      }
    },
  );

  it.each(DEFAULT_CALENDAR_YEARS)('lists five Tết days in %i around mùng 1 Tết (BLLĐ 2019 Đ112 k1 b)', (year) => {
    const tet = holidays(year).filter((e) => e.nameVi.startsWith('Tết Nguyên đán'));
    expect(tet).toHaveLength(5);
    expect(tet.map((e) => e.date)).toContain(LUNAR_NEW_YEAR[year]);
    const mungMot = tet.find((e) => e.date === LUNAR_NEW_YEAR[year]);
    expect(mungMot?.nameVi).toBe('Tết Nguyên đán (mùng 1 tháng Giêng)');
  });

  it.each(DEFAULT_CALENDAR_YEARS)(
    'lists Giỗ Tổ Hùng Vương (10/3 âm lịch) of %i on the right day (BLLĐ 2019 Đ112 k1 e)',
    (year) => {
      const hung = holidays(year).filter((e) => e.nameVi.startsWith('Giỗ Tổ Hùng Vương'));
      expect(hung.map((e) => e.date)).toEqual([HUNG_KINGS[year]]);
    },
  );

  it('gives 10 statutory days in 2020 and 11 from 2021, when National Day gained an adjacent day (BLLĐ 2019 Đ112 k1 đ)', () => {
    expect(holidays(2020)).toHaveLength(10);
    for (const year of DEFAULT_CALENDAR_YEARS.filter((y) => y >= 2021)) {
      expect(holidays(year)).toHaveLength(11);
      const adjacent = holidays(year).filter((e) => e.nameVi === 'Quốc khánh (ngày liền kề 02/9)');
      expect(adjacent.map((e) => e.date)).toEqual([expect.stringMatching(new RegExp(`^${year}-09-0[13]$`))]);
    }
  });

  it.each(DEFAULT_CALENDAR_YEARS)(
    'gives %i one substitute day per holiday on a weekend (BLLĐ 2019 Đ111 k3)',
    (year) => {
      const onWeekend = holidays(year).filter((e) => isWeekend(e.date)).length;
      const substitutes = ofYear(year).filter((e) => e.kind === 'substitute-day-off').length;
      expect(substitutes).toBe(onWeekend);
    },
  );

  it.each(DEFAULT_CALENDAR_YEARS)('pairs every bridging day of %i with a make-up Saturday', (year) => {
    const bridging = ofYear(year).filter((e) => e.kind === 'bridging-day-off');
    const makeUp = ofYear(year).filter((e) => e.kind === 'make-up-working-day');
    expect(makeUp).toHaveLength(bridging.length);
    for (const day of makeUp) expect(dayOfWeek(day.date)).toBe(6);
  });

  it('has the 2026 days the announcements name: 30/4 (Thu), 1/5 (Fri), bridging 2/1 and 31/8, make-up 10/1 and 22/8', () => {
    expect(has('2026-04-30', 'public-holiday')).toBe(true);
    expect(has('2026-05-01', 'public-holiday')).toBe(true);
    expect(has('2026-04-27', 'substitute-day-off')).toBe(true);
    expect(has('2026-01-02', 'bridging-day-off')).toBe(true);
    expect(has('2026-01-10', 'make-up-working-day')).toBe(true);
    expect(has('2026-08-31', 'bridging-day-off')).toBe(true);
    expect(has('2026-08-22', 'make-up-working-day')).toBe(true);
    expect(all.some((e) => e.date === '2026-04-28' || e.date === '2026-04-29')).toBe(false);
  });

  it('marks every day chosen by an announcement, not by the Labour Code alone, with "verify"', () => {
    for (const e of all) {
      if (e.kind !== 'public-holiday' || e.nameVi.startsWith('Tết Nguyên đán') || e.nameVi.includes('liền kề')) {
        expect(`${e.date}: ${e.source}`).toMatch(/verify/);
      }
    }
  });

  it('marks the 2027 days that depend on a not-yet-announced schedule as provisional', () => {
    const provisional = ofYear(2027).filter((e) => e.source.includes('PROVISIONAL'));
    expect(provisional.map((e) => e.date)).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-05-03',
      '2027-09-03',
    ]);
  });

  it('loads only the years asked for and refuses a year it does not ship', () => {
    const only2026 = loadDefaultCalendarEntries([2026]);
    expect(only2026.length).toBeGreaterThan(0);
    expect(only2026.every((e) => e.date.startsWith('2026-'))).toBe(true);
    expect(() => loadDefaultCalendarEntries([2019])).toThrow(/No default calendar data for 2019/);
  });
});

describe('parseCalendarEntries', () => {
  const valid = {
    date: '2026-05-01',
    kind: 'public-holiday',
    nameVi: 'Ngày Quốc tế lao động',
    nameEn: 'Labour Day',
    source: 'x',
  };

  it('accepts well-formed entries', () => {
    expect(parseCalendarEntries([valid], 'test')).toEqual([valid]);
  });

  it.each([
    ['a non-array', { entries: [] }],
    ['an unknown kind', [{ ...valid, kind: 'holiday' }]],
    ['a missing name', [{ ...valid, nameEn: undefined }]],
    ['a bad date', [{ ...valid, date: '2026-5-1' }]],
    ['a null entry', [null]],
  ])('refuses %s, naming where it came from', (_label, raw) => {
    expect(() => parseCalendarEntries(raw, 'admin table')).toThrow(/admin table/);
  });
});
