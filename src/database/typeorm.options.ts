import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { CountCacheInvalidator } from '@app/database/count-cache';
import { SnakeNamingStrategy } from '@app/database/naming.strategy';

/** Migrations live at the top level; from dist/ they are the compiled .js beside the sources' layout. */
export const MIGRATIONS_GLOB = join(__dirname, '..', '..', 'migrations', '*.{ts,js}');

/** The entity list is the composition root's (src/entities.ts): this floor knows no domain module. */
export const baseDataSourceOptions = (url: string, poolSize: number, entities: NonNullable<DataSourceOptions['entities']>): DataSourceOptions => ({
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
  extra: { max: poolSize, application_name: 'press-inspect' },
});
