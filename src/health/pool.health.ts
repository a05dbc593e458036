import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';

/** The counters node-postgres keeps on its pool. */
interface PoolCounters {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max: number };
}

/**
 * The connection pool: down while requests queue for a connection with every one in use, so readiness says
 * "starved" (and by how much) instead of blaming PostgreSQL, which may be answering fine.
 */
@Injectable()
export class PoolHealthIndicator {
  constructor(
    private readonly health: HealthIndicatorService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  check(key: 'pool'): HealthIndicatorResult<'pool'> {
    const session = this.health.check(key);
    const pool = (this.dataSource.driver as unknown as { master?: PoolCounters }).master;
    if (!pool) return session.down({ message: 'no pool' });
    const counters = { size: pool.options.max, inUse: pool.totalCount - pool.idleCount, waiting: pool.waitingCount };
    const starved = counters.waiting > 0 && counters.inUse >= counters.size;
    return starved ? session.down({ message: `every pooled connection is in use and ${counters.waiting} requests wait for one`, ...counters }) : session.up(counters);
  }
}
