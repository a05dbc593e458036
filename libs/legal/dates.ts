/**
 * Calendar dates as ISO strings `YYYY-MM-DD` (Asia/Ho_Chi_Minh). ISO strings compare correctly as plain
 * strings, so the engine compares with `<`/`>`; the arithmetic comes from libs/vn (BLDS 2015 Đ147–148).
 */
import { isIsoDate as isIsoDateString } from '@libs/vn';

export { addDays, addMonths, addYears, todayInVietnam as todayInHoChiMinh } from '@libs/vn';

/** Narrowing variant for validating untyped catalogue data. */
export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && isIsoDateString(value);
