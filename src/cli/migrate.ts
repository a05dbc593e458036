import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { runCli } from '@app/cli/run-cli';
import { validateEnv } from '@app/config/env.schema';
import { checkPostgres, ensureDatabase } from '@app/database/preflight';
import { MIGRATION_LIMITS } from '@app/database/typeorm.options';
import { dataSourceOptions } from '@app/entities';

const USAGE = `usage: npm run migration:run       apply pending migrations (creates the database named in DATABASE_URL if missing)
       npm run migration:revert    undo the last migration (--revert)`;

/** Applies pending migrations (creating the database first if needed). `--revert` undoes the last one. */
export async function migrate(url: string, revert = false, log: (s: string) => void = console.log): Promise<void> {
  await checkPostgres(url);
  if (await ensureDatabase(url)) log('created the database');
  const ds = await new DataSource(dataSourceOptions(url, 2, MIGRATION_LIMITS)).initialize();
  try {
    if (revert) {
      await ds.undoLastMigration({ transaction: 'each' });
      log('reverted the last migration');
    } else {
      const applied = await ds.runMigrations({ transaction: 'each' });
      log(applied.length === 0 ? 'schema up to date' : `applied ${applied.map((m) => m.name).join(', ')}`);
    }
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) {
  runCli('migrate', () => migrate(validateEnv(process.env).DATABASE_URL, process.argv.includes('--revert')), USAGE);
}
