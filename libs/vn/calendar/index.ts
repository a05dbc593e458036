export { DEFAULT_CALENDAR_YEARS, loadDefaultCalendarEntries } from './default-entries';
export { assertValidCalendarEntry, parseCalendarEntries } from './entries';
export { HOLIDAY_KINDS } from './types';
export type { CalendarEntry, HolidayKind, NonWorkingKind, SkippedDay, WorkingDaysResult } from './types';
export { WorkingDayCalendar } from './working-day-calendar';
export type { WorkingDayCalendarOptions } from './working-day-calendar';
