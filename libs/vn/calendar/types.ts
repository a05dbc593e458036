/**
 * Kinds of entries in the working-day calendar (lịch ngày làm việc).
 *
 * - `public-holiday`: ngày nghỉ lễ, tết (BLLĐ 45/2019/QH14 Đ112 k1; before 2021 BLLĐ 10/2012/QH13 Đ115 k1).
 * - `substitute-day-off`: ngày nghỉ bù, when a holiday falls on a weekly rest day (BLLĐ 2019 Đ111 k3).
 * - `bridging-day-off`: ngày nghỉ hoán đổi, a working day the government swaps for a Saturday to join a holiday
 *   to a weekend.
 * - `make-up-working-day`: ngày làm bù, the Saturday (or Sunday) worked in exchange for a bridging day.
 */
export type HolidayKind = 'public-holiday' | 'substitute-day-off' | 'bridging-day-off' | 'make-up-working-day';

/** Every {@link HolidayKind}, for validation and for listing in a UI. */
export const HOLIDAY_KINDS: readonly HolidayKind[] = [
  'public-holiday',
  'substitute-day-off',
  'bridging-day-off',
  'make-up-working-day',
];

/** One dated entry of the calendar; the application copies the shipped entries into a table admins can edit. */
export interface CalendarEntry {
  /** ISO date "YYYY-MM-DD". */
  date: string;
  kind: HolidayKind;
  /** Vietnamese name shown to users, e.g. "Tết Nguyên đán (mùng 1 tháng Giêng)". */
  nameVi: string;
  nameEn: string;
  /** Where the entry comes from: the legal basis, and for announced days the announcement (marked "verify"). */
  source: string;
}

/** Why a day was not counted as a working day. */
export type NonWorkingKind = 'weekend' | Exclude<HolidayKind, 'make-up-working-day'>;

/** A non-working day passed over while counting working days, with its reason for the user. */
export interface SkippedDay {
  date: string;
  /** Vietnamese reason: the holiday's name, or "Nghỉ hằng tuần (Thứ Bảy)" / "Nghỉ hằng tuần (Chủ nhật)". */
  reason: string;
  kind: NonWorkingKind;
}

/** The result of counting working days: the date reached and every non-working day passed over on the way. */
export interface WorkingDaysResult {
  date: string;
  skipped: SkippedDay[];
}
