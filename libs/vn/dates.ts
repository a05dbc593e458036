/**
 * Calendar dates as ISO strings "YYYY-MM-DD" (dates in Asia/Ho_Chi_Minh, no time, no offset) and their
 * Vietnamese wording in official documents.
 *
 * Arithmetic is done on day numbers with integer formulas, never through `Date` in the machine's time zone,
 * so results do not depend on where the server runs.
 */

/** The parts of a calendar date; month and day count from 1. */
export interface CalendarDateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

/** True only for a real date written exactly "YYYY-MM-DD" (year 0001–9999): "2026-2-3" and "2026-02-30" are not. */
export function isIsoDate(s: string): boolean {
  return tryParse(s) !== undefined;
}

/** Splits an ISO date into numbers. @throws RangeError naming the value when it is not a real "YYYY-MM-DD" date. */
export function parseIsoDate(s: string): CalendarDateParts {
  const parts = tryParse(s);
  if (parts === undefined) throw new RangeError(`Not a calendar date in the form YYYY-MM-DD: "${s}"`);
  return parts;
}

let cachedFormat: Intl.DateTimeFormat | undefined;

/** Building an Intl formatter is costly (time-zone data); one per process is enough. */
const vietnamDateFormat = (): Intl.DateTimeFormat =>
  (cachedFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }));

// formatToParts costs some 30 µs, and lists ask for the date on every request; a day in Vietnam starts at 17:00
// UTC, so the answer cannot change within a UTC minute.
let lastMinute = Number.NaN;
let lastDay = '';

/** Today's date in Vietnam (Asia/Ho_Chi_Minh), whatever the server's own time zone. */
export function todayInVietnam(now: Date = new Date()): string {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new RangeError('todayInVietnam: invalid Date');
  const minute = Math.floor(ms / 60_000);
  if (minute === lastMinute) return lastDay;
  lastDay = formatVietnamDay(now);
  lastMinute = minute;
  return lastDay;
}

function formatVietnamDay(now: Date): string {
  const parts = vietnamDateFormat().formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => {
    const found = parts.find((p) => p.type === type);
    if (found === undefined) throw new Error(`todayInVietnam: Intl gave no ${type}`);
    return found.value;
  };
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** The date n days later (n < 0: earlier). */
export function addDays(date: string, n: number): string {
  assertInteger(n, 'addDays');
  return fromDayNumber(toDayNumber(parseIsoDate(date)) + n);
}

/**
 * The date n months later, clamped to the last day of the target month (2026-01-31 + 1 month → 2026-02-28).
 * BLDS 2015 Đ148 k3: a period in months ends on the corresponding day of the last month, or on that month's last
 * day when it has no corresponding day; the law's "1 month" deadlines use this.
 */
export function addMonths(date: string, n: number): string {
  assertInteger(n, 'addMonths');
  const { year, month, day } = parseIsoDate(date);
  const monthIndex = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatParts({
    year: targetYear,
    month: targetMonth,
    day: Math.min(day, daysInMonth(targetYear, targetMonth)),
  });
}

/** The date n years later; 29 February becomes 28 February in a common year (BLDS 2015 Đ148 k3–4, by analogy). */
export function addYears(date: string, n: number): string {
  assertInteger(n, 'addYears');
  return addMonths(date, n * 12);
}

/** -1, 0 or 1 as a is before, equal to or after b. */
export function compareIsoDates(a: string, b: string): -1 | 0 | 1 {
  const difference = toDayNumber(parseIsoDate(a)) - toDayNumber(parseIsoDate(b));
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** Days from a to b: positive when b is later (daysBetween("2026-01-01", "2026-01-02") === 1). */
export function daysBetween(a: string, b: string): number {
  return toDayNumber(parseIsoDate(b)) - toDayNumber(parseIsoDate(a));
}

/** Day of the week, 0 = Sunday (Chủ nhật) … 6 = Saturday (Thứ Bảy). */
export function dayOfWeek(date: string): number {
  // Day number 0 is 1970-01-01, a Thursday (4).
  return (((toDayNumber(parseIsoDate(date)) + 4) % 7) + 7) % 7;
}

/** Saturday or Sunday: the weekly rest days of state bodies. */
export function isWeekend(date: string): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/**
 * "ngày 05 tháng 01 năm 2020". NĐ 30/2020 Phụ lục I (legal-research §6.4): a day below 10 and the months 1 and 2
 * take a leading zero; months 3–12 do not ("ngày 15 tháng 3 năm 2026"), nor do days from 10 on.
 */
export function formatDateVi(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  const dayText = day < 10 ? `0${day}` : String(day);
  const monthText = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dayText} tháng ${monthText} năm ${year}`;
}

/** "2020-01-05" → "05/01/2020": the numeric form the forms of NĐ 118/2021 print in their fill-in fields ("…/…/……"). */
export function formatDateNumeric(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** Địa danh và thời gian ban hành: "Hà Nội, ngày 05 tháng 01 năm 2020" (NĐ 30/2020 Đ8 k2 d, Phụ lục I). */
export function formatPlaceDateLine(place: string, date: string): string {
  const trimmed = place.trim();
  if (trimmed === '') throw new RangeError('formatPlaceDateLine: the place name is empty');
  return `${trimmed}, ${formatDateVi(date)}`;
}

/**
 * "14 giờ 30 phút", as records state the hour of an event. Hours and minutes are written with two digits
 * ("08 giờ 05 phút"), the way official forms fill them in; no legal text fixes this.
 */
export function formatTimeVi(hh: number, mm: number): string {
  if (!Number.isInteger(hh) || hh < 0 || hh > 23) throw new RangeError(`formatTimeVi: hour ${hh} is not 0–23`);
  if (!Number.isInteger(mm) || mm < 0 || mm > 59) throw new RangeError(`formatTimeVi: minute ${mm} is not 0–59`);
  return `${String(hh).padStart(2, '0')} giờ ${String(mm).padStart(2, '0')} phút`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function tryParse(s: string): CalendarDateParts | undefined {
  const match = ISO_DATE.exec(s);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function formatParts({ year, month, day }: CalendarDateParts): string {
  if (year < 1 || year > 9999) throw new RangeError(`Date arithmetic left the years 0001–9999 (year ${year})`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function assertInteger(n: number, caller: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${caller}: ${n} is not an integer`);
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil: exact integer arithmetic). */
function toDayNumber({ year, month, day }: CalendarDateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of {@link toDayNumber} (H. Hinnant's civil_from_days). */
function fromDayNumber(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return formatParts({ year, month, day });
}
