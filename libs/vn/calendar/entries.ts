import { dayOfWeek, isIsoDate } from '../dates';
import { CalendarEntry, HOLIDAY_KINDS, HolidayKind } from './types';

/**
 * Checks calendar data that came from outside the type system (shipped JSON, a database table an admin edits) and
 * returns it typed. Fails loudly, naming the entry: a wrong holiday silently moves legal deadlines.
 *
 * @param origin where the data came from, for the error message (e.g. "data/2026.json").
 * @throws RangeError on the first invalid entry.
 */
export function parseCalendarEntries(raw: unknown, origin: string): CalendarEntry[] {
  if (!Array.isArray(raw)) throw new RangeError(`${origin}: calendar data must be an array of entries`);
  return raw.map((item: unknown, index) => parseEntry(item, `${origin}[${index}]`));
}

/** Checks one typed entry; used by the calendar's constructor so hand-built entries get the same checks. */
export function assertValidCalendarEntry(entry: CalendarEntry, where: string): void {
  if (!isIsoDate(entry.date)) throw new RangeError(`${where}: "${entry.date}" is not a YYYY-MM-DD date`);
  if (!isHolidayKind(entry.kind)) throw new RangeError(`${where}: unknown kind "${String(entry.kind)}"`);
  if (entry.nameVi.trim() === '') throw new RangeError(`${where}: nameVi is empty`);
  if (entry.source.trim() === '') throw new RangeError(`${where}: source is empty (every rule cites its source)`);
  const weekday = dayOfWeek(entry.date);
  const onWeekend = weekday === 0 || weekday === 6;
  switch (entry.kind) {
    case 'make-up-working-day':
      // A make-up day turns a weekly rest day into a working day; on a weekday it would mean nothing.
      if (!onWeekend) throw new RangeError(`${where}: make-up working day ${entry.date} is not a Saturday or Sunday`);
      return;
    case 'substitute-day-off':
    case 'bridging-day-off':
      // Both replace a working day; on a weekend they would give nothing and are almost surely a typo.
      if (onWeekend) throw new RangeError(`${where}: ${entry.kind} ${entry.date} falls on a weekend`);
      return;
    case 'public-holiday':
      // Statutory days stay listed even on a weekend; the substitute day is its own entry.
      return;
    default:
      return assertNever(entry.kind);
  }
}

function parseEntry(item: unknown, where: string): CalendarEntry {
  if (typeof item !== 'object' || item === null) throw new RangeError(`${where}: not an object`);
  const record = item as Record<string, unknown>;
  const text = (key: keyof CalendarEntry): string => {
    const value = record[key];
    if (typeof value !== 'string') throw new RangeError(`${where}: "${key}" must be a string`);
    return value;
  };
  const kind = text('kind');
  if (!isHolidayKind(kind)) throw new RangeError(`${where}: unknown kind "${kind}"`);
  const entry: CalendarEntry = {
    date: text('date'),
    kind,
    nameVi: text('nameVi'),
    nameEn: text('nameEn'),
    source: text('source'),
  };
  assertValidCalendarEntry(entry, where);
  return entry;
}

function isHolidayKind(value: string): value is HolidayKind {
  return (HOLIDAY_KINDS as readonly string[]).includes(value);
}

function assertNever(value: never): never {
  throw new RangeError(`Unhandled calendar entry kind: ${String(value)}`);
}
