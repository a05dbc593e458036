import { addDays, addMonths, formatDateNumeric, type SkippedDay, type WorkingDayCalendar } from '@libs/vn';

/** The deadlines the law sets on a case (thời hạn), in the order they arise. */
export type DeadlineKey = 'record' | 'explanation' | 'decision' | 'payment' | 'limitation';

/**
 * - `pending`: not done, not yet due; `overdue`: not done and the day has passed;
 * - `met` / `late`: done on or before / after the day;
 * - `passed`: a window for the offender (explanation) ended without use: nobody is late;
 * - `moot`: the case closed without the step; `unavailable`: no holiday data for the year to count on.
 */
export type DeadlineStatus = 'pending' | 'overdue' | 'met' | 'late' | 'passed' | 'moot' | 'unavailable';

export interface Deadline {
  key: DeadlineKey;
  labelVi: string;
  /** Whose step it is: the department's, or the offender's (explanation, payment). */
  owner: 'department' | 'offender';
  /** The last day, or null when it cannot be counted (see `how`). */
  dueOn: string | null;
  /** The event the period runs from (not itself counted, BLDS 2015 Đ147). */
  countedFrom: string;
  /** The rule in words (Vietnamese), e.g. "07 ngày làm việc kể từ ngày lập biên bản vi phạm hành chính". */
  rule: string;
  citation: string;
  /** Every non-working day passed over while counting or when moving a last day off a holiday. */
  skipped: SkippedDay[];
  /** Set when the last day fell on a non-working day and moved to the next working day (BLDS 2015 Đ148 k5). */
  movedFrom: string | null;
  /** The day the step was done, if it was. */
  doneOn: string | null;
  status: DeadlineStatus;
  /** How the date was computed, in Vietnamese for the officer reading it. */
  how: string;
}

/** Everything on the file that the deadlines depend on. */
export interface DeadlineFacts {
  /** Earliest detection among the case's violations (NĐ 118/2021 Đ12 k2 counts from it). */
  firstDetectedOn: string | null;
  /** Complex or wide in scope: 5 working days for the record instead of 2. */
  complex: boolean;
  /** Date of the signed violation record. */
  recordDrawnOn: string | null;
  explanationApplies: boolean;
  /** 'hearing': 2 working days to ask for a hearing; 'written': 5 working days to explain in writing. */
  explanationMode: 'written' | 'hearing';
  explanationDoneOn: string | null;
  /** Verification (xác minh) needed before deciding: 1 month for the decision. */
  verificationNeeded: boolean;
  /** The once-only extension of the decision period by up to 1 month, with its reason. */
  decisionExtensionReason: string | null;
  decidedOn: string | null;
  decisionReceivedOn: string | null;
  executedOn: string | null;
  /** From libs/legal: the earliest last decision day over the violations, with how it was counted. */
  limitation: { lastDay: string; countedFrom: string; years: number; citation: string } | null;
  closedWithoutSanction: boolean;
}

/** The part of WorkingDayCalendar the deadlines use (pure and testable with any implementation). */
export type DeadlineCalendar = Pick<WorkingDayCalendar, 'addWorkingDays' | 'nonWorkingDay'>;

const vnDate = formatDateNumeric;
const fmt = (days: SkippedDay[]): string =>
  days.length === 0 ? 'không có ngày nghỉ nào xen giữa' : `bỏ qua các ngày nghỉ ${days.map((x) => `${vnDate(x.date)} (${x.reason})`).join(', ')}`;
/** "2 năm" / "1 tháng": Vietnamese has no plural. */
const months = (n: number): string => `${n} tháng`;

/** The calendar's refusal ("no holiday data for 2028 …"), said in Vietnamese. */
function uncountable(e: RangeError): string {
  const year = /no holiday data for (\d{4})/.exec(e.message)?.[1];
  return year ? `chưa tính được: lịch ngày nghỉ năm ${year} chưa có trong hệ thống (Sở cần nhập lịch nghỉ năm ${year})` : `chưa tính được: ${e.message}`;
}

type Draft = Omit<Deadline, 'status' | 'doneOn'>;

function workingDays(calendar: DeadlineCalendar, base: Omit<Draft, 'dueOn' | 'skipped' | 'movedFrom' | 'how'>, n: number): Draft {
  const { date, skipped } = calendar.addWorkingDays(base.countedFrom, n);
  const how = `${n} ngày làm việc, tính từ ngày tiếp theo ngày ${vnDate(base.countedFrom)}, ${fmt(skipped)}: ngày cuối cùng là ${vnDate(date)}`;
  return { ...base, dueOn: date, skipped, movedFrom: null, how };
}

/** A period in days or months whose last day, when not a working day, moves to the next one (BLDS 2015 Đ148 k5). */
function calendarPeriod(calendar: DeadlineCalendar, base: Omit<Draft, 'dueOn' | 'skipped' | 'movedFrom' | 'how'>, end: string, what: string): Draft {
  const skipped: SkippedDay[] = [];
  let date = end;
  for (let off = calendar.nonWorkingDay(date); off !== undefined; off = calendar.nonWorkingDay(date)) {
    skipped.push(off);
    date = addDays(date, 1);
  }
  const moved = date === end ? null : end;
  const how = moved
    ? `${what} kể từ ngày ${vnDate(base.countedFrom)} kết thúc ngày ${vnDate(end)} là ngày nghỉ; chuyển sang ngày làm việc tiếp theo ${vnDate(date)} (BLDS 2015 Đ148 k5), ${fmt(skipped)}`
    : `${what} kể từ ngày ${vnDate(base.countedFrom)} kết thúc ngày ${vnDate(end)}, là ngày làm việc`;
  return { ...base, dueOn: date, skipped, movedFrom: moved, how };
}

function attempt(base: Omit<Draft, 'dueOn' | 'skipped' | 'movedFrom' | 'how'>, compute: () => Draft): Draft {
  try {
    return compute();
  } catch (e) {
    // The calendar refuses years it has no holiday data for rather than guess.
    if (e instanceof RangeError) return { ...base, dueOn: null, skipped: [], movedFrom: null, how: uncountable(e) };
    throw e;
  }
}

function recordDeadline(f: DeadlineFacts, calendar: DeadlineCalendar): Draft | null {
  if (f.firstDetectedOn === null) return null;
  const n = f.complex ? 5 : 2;
  const base = {
    key: 'record' as const,
    labelVi: 'Thời hạn lập biên bản vi phạm hành chính',
    owner: 'department' as const,
    countedFrom: f.firstDetectedOn,
    rule: `${n} ngày làm việc kể từ ngày phát hiện vi phạm${f.complex ? ' (vụ việc phức tạp hoặc có phạm vi rộng)' : ''}`,
    citation: 'NĐ 118/2021 Đ12 k2; LXLVPHC Đ58 k1',
  };
  return attempt(base, () => workingDays(calendar, base, n));
}

function explanationDeadline(f: DeadlineFacts, calendar: DeadlineCalendar): Draft | null {
  if (f.recordDrawnOn === null || !f.explanationApplies) return null;
  const hearing = f.explanationMode === 'hearing';
  const n = hearing ? 2 : 5;
  const base = {
    key: 'explanation' as const,
    labelVi: hearing ? 'Thời hạn yêu cầu giải trình trực tiếp' : 'Thời hạn giải trình bằng văn bản',
    owner: 'offender' as const,
    countedFrom: f.recordDrawnOn,
    rule: `${n} ngày làm việc kể từ ngày lập biên bản vi phạm hành chính${hearing ? ' để yêu cầu giải trình trực tiếp' : ' để giải trình bằng văn bản'}`,
    citation: 'LXLVPHC Đ61',
  };
  return attempt(base, () => workingDays(calendar, base, n));
}

function decisionDeadline(f: DeadlineFacts, calendar: DeadlineCalendar): Draft | null {
  if (f.recordDrawnOn === null) return null;
  const long = f.explanationApplies || f.verificationNeeded;
  const extended = long && f.decisionExtensionReason !== null;
  const why = f.explanationApplies ? 'đối tượng có quyền giải trình' : 'cần xác minh thêm tình tiết';
  const base = {
    key: 'decision' as const,
    labelVi: 'Thời hạn ra quyết định xử phạt',
    owner: 'department' as const,
    countedFrom: f.recordDrawnOn,
    rule: !long
      ? '7 ngày làm việc kể từ ngày lập biên bản vi phạm hành chính'
      : extended
        ? `2 tháng kể từ ngày lập biên bản vi phạm hành chính (${why}; đã gia hạn một lần thêm 1 tháng, lý do: ${f.decisionExtensionReason})`
        : `1 tháng kể từ ngày lập biên bản vi phạm hành chính (${why})`,
    citation: long ? 'LXLVPHC Đ66 k1; BLDS 2015 Đ147, Đ148' : 'LXLVPHC Đ66 k1',
  };
  if (!long) return attempt(base, () => workingDays(calendar, base, 7));
  const n = extended ? 2 : 1;
  return attempt(base, () => calendarPeriod(calendar, base, addMonths(f.recordDrawnOn as string, n), months(n)));
}

function paymentDeadline(f: DeadlineFacts, calendar: DeadlineCalendar): Draft | null {
  if (f.decisionReceivedOn === null) return null;
  const base = {
    key: 'payment' as const,
    labelVi: 'Thời hạn nộp tiền phạt',
    owner: 'offender' as const,
    countedFrom: f.decisionReceivedOn,
    rule: '10 ngày kể từ ngày nhận quyết định xử phạt',
    citation: 'LXLVPHC Đ73 k1; mẫu MQĐ02; BLDS 2015 Đ148 k5',
  };
  return attempt(base, () => calendarPeriod(calendar, base, addDays(f.decisionReceivedOn as string, 10), '10 ngày'));
}

function limitationDeadline(f: DeadlineFacts): Draft | null {
  if (f.limitation === null) return null;
  const l = f.limitation;
  return {
    key: 'limitation',
    labelVi: 'Thời hiệu xử phạt vi phạm hành chính',
    owner: 'department',
    countedFrom: l.countedFrom,
    dueOn: l.lastDay,
    rule: `${l.years} năm kể từ ngày chấm dứt hành vi, hoặc từ ngày phát hiện nếu hành vi đang thực hiện (tính theo hành vi sớm nhất)`,
    citation: l.citation,
    skipped: [],
    movedFrom: null,
    how: `${l.years} năm kể từ ngày ${vnDate(l.countedFrom)}: ngày cuối cùng được ra quyết định xử phạt là ${vnDate(l.lastDay)}`,
  };
}

function doneOn(key: DeadlineKey, f: DeadlineFacts): string | null {
  switch (key) {
    case 'record':
      return f.recordDrawnOn;
    case 'explanation':
      return f.explanationDoneOn;
    case 'decision':
    case 'limitation':
      return f.decidedOn;
    case 'payment':
      return f.executedOn;
  }
}

function statusOf(d: Draft, done: string | null, f: DeadlineFacts, today: string): DeadlineStatus {
  if (d.dueOn === null) return 'unavailable';
  if (done !== null) return done <= d.dueOn ? 'met' : 'late';
  if (f.closedWithoutSanction) return 'moot';
  if (today <= d.dueOn) return 'pending';
  return d.key === 'explanation' ? 'passed' : 'overdue';
}

/** Every deadline that applies to the case so far, each with how its date was reached. Pure: `today` is given. */
export function computeDeadlines(f: DeadlineFacts, calendar: DeadlineCalendar, today: string): Deadline[] {
  const drafts = [recordDeadline(f, calendar), explanationDeadline(f, calendar), decisionDeadline(f, calendar), paymentDeadline(f, calendar), limitationDeadline(f)];
  return drafts
    .filter((d): d is Draft => d !== null)
    .map((d) => {
      const done = doneOn(d.key, f);
      return { ...d, doneOn: done, status: statusOf(d, done, f, today) };
    });
}

/** `?due=overdue`: a department or offender step past its day and not done. */
export const isOverdue = (deadlines: readonly Deadline[]): boolean => deadlines.some((d) => d.status === 'overdue');

/** `?due=within:N`: a pending step due between today and N calendar days from today. */
export const isDueWithin = (deadlines: readonly Deadline[], today: string, days: number): boolean => {
  const until = addDays(today, days);
  return deadlines.some((d) => d.status === 'pending' && d.dueOn !== null && d.dueOn >= today && d.dueOn <= until);
};
