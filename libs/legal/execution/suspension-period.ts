import { addDays, addMonths } from '@libs/vn';

/** The days of a suspension, with how they were counted. */
export interface SuspensionPeriod {
  /** First day the licence may not be used. */
  from: string;
  /** Last day of the suspension; the licence is usable again the day after. */
  to: string;
  how: string;
  citation: string;
}

/** Days a half month adds (a bracket median can be 6,5 tháng): legal staff to confirm. */
export const HALF_MONTH_DAYS = 15;

/**
 * Thời hạn tước quyền sử dụng giấy phép / đình chỉ hoạt động (LXLVPHC Đ25 k2): runs from the day the sanction decision
 * takes effect. Whole months are calendar months to the corresponding day (BLDS 2015 Đ148 k3, as `addMonths`), and the
 * period ends the day before it, so a 2-month suspension from 07/12 covers 07/12 to 06/02; a half month adds 15 days.
 */
export function suspensionPeriod(from: string, months: number): SuspensionPeriod {
  if (!(months > 0) || !Number.isInteger(months * 2)) throw new RangeError(`suspension months must be a positive whole or half number, got ${months}`);
  const whole = Math.floor(months);
  const half = months !== whole;
  const end = half ? addDays(addMonths(from, whole), HALF_MONTH_DAYS) : addMonths(from, whole);
  const to = addDays(end, -1);
  return {
    from,
    to,
    how: `${months} month(s) from ${from}, the day the decision takes effect: ${whole} calendar month(s)${half ? ` and ${HALF_MONTH_DAYS} days` : ''} to ${end}, last day ${to}`,
    citation: 'LXLVPHC Đ25 k2; BLDS 2015 Đ148 k3',
  };
}
