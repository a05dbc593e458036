import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, DataSourceOptions } from 'typeorm';
import { runCli } from '@app/cli/run-cli';
import { validateEnv } from '@app/config/env.schema';
import { withDatabase } from '@app/database/connection';
import { checkPostgres } from '@app/database/preflight';
import { dataSourceOptions } from '@app/entities';

const USAGE = `usage: npm run migration:check
Applies every migration to a scratch database next to DATABASE_URL's and fails (exit 1) if the entities differ.`;

/**
 * Applies every migration to a scratch database and asks TypeORM what SQL would make the schema
 * match the entities. Anything at all means an entity changed without a migration.
 */
export async function pendingSchemaChanges(url: string, options: Partial<DataSourceOptions> = {}): Promise<string[]> {
  const scratch = `pi_migration_check_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  await admin.query(`create database ${scratch}`);
  try {
    const ds = await new DataSource({ ...dataSourceOptions(withDatabase(url, scratch), 2), ...options } as DataSourceOptions).initialize();
    try {
      await ds.runMigrations({ transaction: 'each' });
      const sql = await ds.driver.createSchemaBuilder().log();
      return sql.upQueries.map((q) => q.query);
    } finally {
      await ds.destroy();
    }
  } finally {
    await admin.query(`drop database if exists ${scratch} with (force)`);
    await admin.end();
  }
}

if (require.main === module) {
  runCli('migration:check', async () => {
    const url = validateEnv(process.env).DATABASE_URL;
    await checkPostgres(url);
    const pending = await pendingSchemaChanges(url);
    if (pending.length > 0) {
      process.stderr.write(`entities and migrations differ; generate a migration (npm run migration:generate -- migrations/<Name>):\n${pending.map((q) => `  ${q}`).join('\n')}\n`);
      process.exit(1);
    }
    process.stdout.write('migrations match the entities\n');
  }, USAGE);
}
