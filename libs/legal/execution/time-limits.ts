import { addDays, addYears, daysBetween, type SkippedDay, type WorkingDayCalendar } from '@libs/vn';

/** The part of the working-day calendar these limits use. */
export type ExecutionCalendar = Pick<WorkingDayCalendar, 'addWorkingDays' | 'nonWorkingDay'>;

/** A time limit of the decision's execution, with how it was counted. */
export interface TimeLimit {
  key: 'delivery' | 'payment' | 'execution';
  /** Last day, or null when it cannot be counted (no holiday data, no start event yet). */
  dueOn: string | null;
  countedFrom: string | null;
  rule: string;
  citation: string;
  how: string;
  skipped: SkippedDay[];
}

const counted = (days: SkippedDay[]): string => (days.length === 0 ? 'no non-working day in between' : `passing over ${days.map((d) => `${d.date} (${d.reason})`).join(', ')}`);

function guarded(base: Omit<TimeLimit, 'dueOn' | 'how' | 'skipped'>, compute: () => Pick<TimeLimit, 'dueOn' | 'how' | 'skipped'>): TimeLimit {
  try {
    return { ...base, ...compute() };
  } catch (e) {
    // The calendar refuses a year without holiday data rather than guess.
    if (e instanceof RangeError) return { ...base, dueOn: null, how: `cannot be counted: ${e.message}`, skipped: [] };
    throw e;
  }
}

/**
 * Gửi quyết định xử phạt để thi hành (LXLVPHC Đ70 k1 as amended by Law 88/2025): within 3 working days of the day the
 * decision was issued, counted from the day after (BLDS 2015 Đ147 k2).
 */
export function deliveryDeadline(issuedOn: string, calendar: ExecutionCalendar): TimeLimit {
  const base = { key: 'delivery' as const, countedFrom: issuedOn, rule: '3 working days from the day the decision was issued', citation: 'LXLVPHC Đ70 k1 (Law 88/2025)' };
  return guarded(base, () => {
    const { date, skipped } = calendar.addWorkingDays(issuedOn, 3);
    return { dueOn: date, skipped, how: `3 working days counted from the day after ${issuedOn}, ${counted(skipped)}: last day ${date}` };
  });
}

/** A period in calendar days whose last day, when it is not a working day, moves to the next one (BLDS 2015 Đ148 k5). */
function calendarDays(calendar: ExecutionCalendar, from: string, days: number): Pick<TimeLimit, 'dueOn' | 'how' | 'skipped'> {
  const end = addDays(from, days);
  const skipped: SkippedDay[] = [];
  let date = end;
  for (let off = calendar.nonWorkingDay(date); off !== undefined; off = calendar.nonWorkingDay(date)) {
    skipped.push(off);
    date = addDays(date, 1);
  }
  const how =
    date === end
      ? `${days} days from ${from} end on ${end}, a working day`
      : `${days} days from ${from} end on ${end}, a non-working day; moved to the next working day ${date} (BLDS 2015 Đ148 k5), ${counted(skipped)}`;
  return { dueOn: date, skipped, how };
}

/**
 * Thời hạn chấp hành (LXLVPHC Đ73 k1; form MQĐ02 Điều 3): 10 days from the day the offender received the decision.
 * Null until the receipt is recorded.
 */
export function paymentDeadline(receivedOn: string | null, calendar: ExecutionCalendar): TimeLimit {
  const base = { key: 'payment' as const, countedFrom: receivedOn, rule: '10 days from receiving the sanction decision', citation: 'LXLVPHC Đ73 k1; BLDS 2015 Đ148 k5' };
  if (receivedOn === null) return { ...base, dueOn: null, how: 'not counted yet: the day the offender received the decision is not recorded', skipped: [] };
  return guarded(base, () => calendarDays(calendar, receivedOn, 10));
}

/**
 * Thời hiệu thi hành quyết định xử phạt (LXLVPHC Đ74 k1): 1 year from the day the decision was issued; after it the
 * decision is no longer executed (confiscation and remedial measures still are). Đ74 k2 (counted from the end of an
 * offender's evasion) is not modelled.
 */
export function executionTimeLimit(issuedOn: string): TimeLimit {
  const dueOn = addYears(issuedOn, 1);
  return {
    key: 'execution',
    countedFrom: issuedOn,
    dueOn,
    rule: '1 year from the day the decision was issued',
    citation: 'LXLVPHC Đ74 k1',
    how: `1 year from ${issuedOn}: the decision can be executed until ${dueOn}`,
    skipped: [],
  };
}

/** Days left until `dueOn` (negative once it has passed), or null when there is no date. */
export const daysLeft = (dueOn: string | null, today: string): number | null => (dueOn === null ? null : daysBetween(today, dueOn));

/** How many days before a limit runs out it is flagged ("sắp hết thời hiệu thi hành"). */
export const EXECUTION_LIMIT_WARNING_DAYS = 30;
