import { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL `bigint` comes back from pg as a string. Money is whole VND and fits a JS safe
 * integer (up to 9 007 199 254 740 991 đồng), so we map to `number` and refuse anything that does not.
 */
export const bigintVnd: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null): number | null => {
    if (value === null || value === undefined) return null;
    const n = Number(value);
    if (!Number.isSafeInteger(n)) throw new RangeError(`bigint ${value} is beyond a safe integer`);
    return n;
  },
};

/** The same mapping for non-money bigints (sizes, counters). */
export const bigintNumber = bigintVnd;
