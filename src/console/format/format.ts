// How dates, instants, money and sizes look on screen (NĐ 30/2020 numeric dates, Vietnamese digit grouping).
import { daysBetween, formatDateNumeric, isIsoDate, todayInVietnam } from '@libs/vn/dates';
import { formatGrouped } from '@libs/vn/money';

const EMPTY = '—';

/** A calendar date from the API (`2026-03-05`) as `05/03/2026`. */
export const formatDate = (date: string | null | undefined): string => (date && isIsoDate(date) ? formatDateNumeric(date) : EMPTY);

const instant = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant (`createdAt`) in Vietnam's time, whatever the computer's zone: `05/03/2026 00:30`. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return EMPTY;
  const parts = instant.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`;
}

/** Integer VND: `68.750.000 ₫` (documents write "đồng"; that is libs/pdf's job). */
export const formatMoney = (vnd: number | null | undefined): string => (vnd === null || vnd === undefined ? EMPTY : `${formatGrouped(vnd)}\u00a0₫`);

/** A file size in the units people read: 512 B, 12,4 KB, 3,1 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} ${units[unit]}`;
}

/** Calendar days from today (in Vietnam) to `date`: negative once it has passed. */
export const daysFromToday = (date: string, today: string = todayInVietnam()): number => daysBetween(today, date);

export { todayInVietnam };
