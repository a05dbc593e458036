import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { CountCacheInvalidator } from '@app/database/count-cache';
import { SnakeNamingStrategy } from '@app/database/naming.strategy';

/** Migrations live at the top level; from dist/ they are the compiled .js beside the sources' layout. */
export const MIGRATIONS_GLOB = join(__dirname, '..', '..', 'migrations', '*.{ts,js}');

/** The entity list is the composition root's (src/entities.ts): this floor knows no domain module. */
/** Time limits of the pool and of the server sessions (README Operations); 0 turns a server limit off. */
export interface ConnectionLimits {
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
}

export const DEFAULT_LIMITS: ConnectionLimits = { acquireTimeoutMs: 10_000, statementTimeoutMs: 30_000, idleInTransactionTimeoutMs: 60_000 };

/** Migrations may rewrite large tables and hold their transaction while they do: no server time limits there. */
export const MIGRATION_LIMITS: ConnectionLimits = { acquireTimeoutMs: 10_000, statementTimeoutMs: 0, idleInTransactionTimeoutMs: 0 };

export const baseDataSourceOptions = (
  url: string,
  poolSize: number,
  entities: NonNullable<DataSourceOptions['entities']>,
  limits: ConnectionLimits = DEFAULT_LIMITS,
): DataSourceOptions => ({
  type: 'postgres',
  url,
  entities,
  subscribers: [CountCacheInvalidator],
  migrations: [MIGRATIONS_GLOB],
  migrationsTableName: 'schema_migrations',
  namingStrategy: new SnakeNamingStrategy(),
  // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
  uuidExtension: 'pgcrypto',
  installExtensions: false,
  synchronize: false,
  migrationsRun: false,
  logging: false,
  // node-postgres passes the two timeouts as session settings at connect; connectionTimeoutMillis also bounds the wait
  // for a free pooled connection, so a starved pool answers 503 instead of hanging.
  extra: {
    max: poolSize,
    application_name: 'press-inspect',
    connectionTimeoutMillis: limits.acquireTimeoutMs,
    statement_timeout: limits.statementTimeoutMs,
    idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
  },
});
