import { addDays, dayOfWeek, parseIsoDate } from '../dates';
import { assertValidCalendarEntry } from './entries';
import { CalendarEntry, SkippedDay, WorkingDaysResult } from './types';

export interface WorkingDayCalendarOptions {
  /**
   * Years whose holidays the entries list completely. Defaults to every year with at least one entry. Asking
   * about a date outside these years throws: a deadline counted over a year without holiday data would be
   * silently wrong, so the calendar refuses instead of guessing.
   */
  coveredYears?: readonly number[];
}

/**
 * Lịch ngày làm việc of state bodies: Monday to Friday, except public holidays, substitute days off and bridging
 * days off; Saturday and Sunday are rest days, except make-up working days.
 */
export class WorkingDayCalendar {
  readonly coveredYears: readonly number[];
  private readonly byDate: ReadonlyMap<string, CalendarEntry>;

  constructor(entries: readonly CalendarEntry[], options: WorkingDayCalendarOptions = {}) {
    const byDate = new Map<string, CalendarEntry>();
    entries.forEach((entry, index) => {
      const where = `calendar entry ${index} (${entry.date})`;
      assertValidCalendarEntry(entry, where);
      const existing = byDate.get(entry.date);
      if (existing !== undefined) {
        // Two entries for one day are at best redundant and at worst contradictory (holiday vs make-up day).
        throw new RangeError(`${where}: ${entry.date} already has "${existing.nameVi}" (${existing.kind})`);
      }
      byDate.set(entry.date, { ...entry });
    });
    this.byDate = byDate;
    const years = options.coveredYears ?? entries.map((entry) => parseIsoDate(entry.date).year);
    for (const year of years) {
      if (!Number.isInteger(year)) throw new RangeError(`WorkingDayCalendar: covered year ${year} is not an integer`);
    }
    this.coveredYears = [...new Set(years)].sort((a, b) => a - b);
  }

  /** A copy of the entry for that day, if any. @throws RangeError for a date outside the covered years. */
  entryOn(date: string): CalendarEntry | undefined {
    this.assertCovered(date);
    const entry = this.byDate.get(date);
    return entry === undefined ? undefined : { ...entry };
  }

  /** True for Monday–Friday that are not days off, and for make-up working days. */
  isWorkingDay(date: string): boolean {
    return this.nonWorkingDay(date) === undefined;
  }

  /**
   * Why the day is not a working day (holiday name or weekly rest), or undefined for a working day.
   * @throws RangeError for a date outside the covered years.
   */
  nonWorkingDay(date: string): SkippedDay | undefined {
    const entry = this.entryOn(date);
    if (entry !== undefined) {
      switch (entry.kind) {
        case 'make-up-working-day':
          return undefined;
        case 'public-holiday':
        case 'substitute-day-off':
        case 'bridging-day-off':
          return { date, reason: entry.nameVi, kind: entry.kind };
        default:
          return assertNever(entry.kind);
      }
    }
    const weekday = dayOfWeek(date);
    if (weekday === 6) return { date, reason: 'Nghỉ hằng tuần (Thứ Bảy)', kind: 'weekend' };
    if (weekday === 0) return { date, reason: 'Nghỉ hằng tuần (Chủ nhật)', kind: 'weekend' };
    return undefined;
  }

  /**
   * The n-th working day after `start`, with every non-working day passed over and why, so a user can see how a
   * deadline was reached. `start` itself never counts: LXLVPHC 2012 Đ8 k1 applies the Civil Code to periods except
   * those it counts in working days, and BLDS 2015 Đ147 k2 starts a period counted in days on the day after the
   * event (e.g. NĐ 118/2021 Đ12 k2: the record within 2 working days of detection).
   *
   * @param n a positive whole number of working days.
   */
  addWorkingDays(start: string, n: number): WorkingDaysResult {
    parseIsoDate(start);
    if (!Number.isSafeInteger(n) || n < 1) {
      throw new RangeError(`addWorkingDays: ${n} is not a positive whole number of working days`);
    }
    const skipped: SkippedDay[] = [];
    let date = start;
    let counted = 0;
    while (counted < n) {
      date = addDays(date, 1);
      const nonWorking = this.nonWorkingDay(date);
      if (nonWorking === undefined) counted += 1;
      else skipped.push(nonWorking);
    }
    return { date, skipped };
  }

  /**
   * The day itself if it is a working day, else the next working day. BLDS 2015 Đ148 k5: a period whose last day
   * is a weekly rest day or a holiday ends at the end of the next working day.
   */
  nextWorkingDayOnOrAfter(date: string): string {
    let current = date;
    while (!this.isWorkingDay(current)) current = addDays(current, 1);
    return current;
  }

  private assertCovered(date: string): void {
    const { year } = parseIsoDate(date);
    if (!this.coveredYears.includes(year)) {
      throw new RangeError(
        `WorkingDayCalendar has no holiday data for ${year} (asked about ${date}); ` +
          `covered years: ${this.coveredYears.join(', ') || 'none'}`,
      );
    }
  }
}

function assertNever(value: never): never {
  throw new RangeError(`Unhandled calendar entry kind: ${String(value)}`);
}
