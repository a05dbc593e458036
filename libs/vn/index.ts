/** Vietnamese text, dates and the working-day calendar: pure TypeScript, no framework, no I/O. */
export { amountInWords, formatGrouped, formatVnd, MAX_AMOUNT_IN_WORDS } from './money';
export {
  addDays,
  addMonths,
  addYears,
  compareIsoDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatDateNumeric,
  formatDateVi,
  formatPlaceDateLine,
  formatTimeVi,
  isIsoDate,
  isWeekend,
  parseIsoDate,
  todayInVietnam,
} from './dates';
export type { CalendarDateParts } from './dates';
export * from './calendar';
export { stripDiacritics } from './text';
