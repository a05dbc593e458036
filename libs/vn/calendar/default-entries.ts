import data2020 from './data/2020.json';
import data2021 from './data/2021.json';
import data2022 from './data/2022.json';
import data2023 from './data/2023.json';
import data2024 from './data/2024.json';
import data2025 from './data/2025.json';
import data2026 from './data/2026.json';
import data2027 from './data/2027.json';
import { parseIsoDate } from '../dates';
import { parseCalendarEntries } from './entries';
import { CalendarEntry } from './types';

// Static imports, so the JSON travels with the compiled code (dist/libs/vn/calendar/data) without path lookups.
const RAW_BY_YEAR: ReadonlyMap<number, unknown> = new Map<number, unknown>([
  [2020, data2020],
  [2021, data2021],
  [2022, data2022],
  [2023, data2023],
  [2024, data2024],
  [2025, data2025],
  [2026, data2026],
  [2027, data2027],
]);

/** The years for which default calendar data ships: 2020–2027 (2027 is provisional until announced). */
export const DEFAULT_CALENDAR_YEARS: readonly number[] = [...RAW_BY_YEAR.keys()];

/**
 * The shipped holiday, substitute, bridging and make-up days, for the given years (default: all shipped years),
 * checked and sorted by date. The application copies them into its own table, where admins correct them.
 *
 * @throws RangeError for a year without shipped data, or for a malformed or misfiled entry.
 */
export function loadDefaultCalendarEntries(years: readonly number[] = DEFAULT_CALENDAR_YEARS): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  for (const year of new Set(years)) {
    const raw = RAW_BY_YEAR.get(year);
    if (raw === undefined) {
      throw new RangeError(`No default calendar data for ${year}; shipped years: ${DEFAULT_CALENDAR_YEARS.join(', ')}`);
    }
    for (const entry of parseCalendarEntries(raw, `libs/vn/calendar/data/${year}.json`)) {
      if (parseIsoDate(entry.date).year !== year) {
        throw new RangeError(`libs/vn/calendar/data/${year}.json: ${entry.date} belongs to another year's file`);
      }
      entries.push(entry);
    }
  }
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
