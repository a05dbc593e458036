import { DataSource, EntitySubscriberInterface, EventSubscriber, InsertEvent, RemoveEvent, TransactionCommitEvent, UpdateEvent } from 'typeorm';

/**
 * List totals (`count(*)` of a filtered list) kept for at most a second: under load the same page of the same
 * filter is asked for many times a second, and counting 20 000 index entries costs more than the page itself.
 * A total is never served across a write made through this process (any commit or single-statement write
 * through TypeORM starts a new generation); a write made by another process shows within TTL_MS.
 */
const TTL_MS = 1000;
const MAX_ENTRIES = 1000;

interface Entry {
  total: number;
  at: number;
  generation: number;
}

class Counts {
  generation = 0;
  readonly entries = new Map<string, Entry>();
}

// Per data source: two databases in one process (tests, tools) never share totals.
const byDataSource = new WeakMap<DataSource, Counts>();

function countsOf(dataSource: DataSource): Counts {
  let counts = byDataSource.get(dataSource);
  if (!counts) byDataSource.set(dataSource, (counts = new Counts()));
  return counts;
}

export function invalidateCounts(dataSource: DataSource): void {
  const counts = countsOf(dataSource);
  counts.generation++;
  counts.entries.clear();
}

/** The total for `key` from the cache when fresh, else from `count()`, which is then kept. */
export async function cachedCount(dataSource: DataSource, key: string, count: () => Promise<number>, now = Date.now()): Promise<number> {
  const counts = countsOf(dataSource);
  const hit = counts.entries.get(key);
  if (hit && hit.generation === counts.generation && now - hit.at < TTL_MS) return hit.total;
  // A commit while counting bumps the generation: the answer is returned but never kept.
  const generation = counts.generation;
  const total = await count();
  if (generation === counts.generation) {
    if (counts.entries.size >= MAX_ENTRIES) counts.entries.delete(counts.entries.keys().next().value as string);
    counts.entries.set(key, { total, at: now, generation });
  }
  return total;
}

/** Starts a new generation on every write this process makes through TypeORM. */
@EventSubscriber()
export class CountCacheInvalidator implements EntitySubscriberInterface {
  afterInsert(event: InsertEvent<unknown>): void {
    invalidateCounts(event.connection);
  }

  afterUpdate(event: UpdateEvent<unknown>): void {
    invalidateCounts(event.connection);
  }

  afterRemove(event: RemoveEvent<unknown>): void {
    invalidateCounts(event.connection);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    invalidateCounts(event.connection);
  }
}
