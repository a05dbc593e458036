import type { DataSource } from 'typeorm';
import { cachedCount, CountCacheInvalidator, invalidateCounts } from '@app/database/count-cache';

const source = () => ({}) as DataSource;

describe('cachedCount (list totals kept for at most a second)', () => {
  it('should count once and answer from the cache within the second', async () => {
    const ds = source();
    const count = jest.fn().mockResolvedValue(20_000);
    expect(await cachedCount(ds, 'k', count, 1_000)).toBe(20_000);
    expect(await cachedCount(ds, 'k', count, 1_999)).toBe(20_000);
    expect(count).toHaveBeenCalledTimes(1);
  });

  it('should count again once the second has passed', async () => {
    const ds = source();
    const count = jest.fn().mockResolvedValueOnce(1).mockResolvedValueOnce(2);
    await cachedCount(ds, 'k', count, 1_000);
    expect(await cachedCount(ds, 'k', count, 2_000)).toBe(2);
  });

  it('should count again after a write made through this process (the subscriber starts a new generation)', async () => {
    const ds = source();
    const count = jest.fn().mockResolvedValueOnce(1).mockResolvedValueOnce(2);
    await cachedCount(ds, 'k', count, 1_000);
    new CountCacheInvalidator().afterTransactionCommit({ connection: ds } as never);
    expect(await cachedCount(ds, 'k', count, 1_001)).toBe(2);
  });

  it('should not keep a total counted while a write committed', async () => {
    const ds = source();
    let release: (n: number) => void = () => undefined;
    const slow = cachedCount(ds, 'k', () => new Promise<number>((r) => (release = r)), 1_000);
    invalidateCounts(ds);
    release(1);
    expect(await slow).toBe(1);
    expect(await cachedCount(ds, 'k', async () => 2, 1_001)).toBe(2);
  });

  it('should keep data sources and keys apart', async () => {
    const [a, b] = [source(), source()];
    await cachedCount(a, 'k', async () => 1, 1_000);
    expect(await cachedCount(b, 'k', async () => 2, 1_000)).toBe(2);
    expect(await cachedCount(a, 'other', async () => 3, 1_000)).toBe(3);
  });
});
