import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EmbeddedPostgres } from '@app/cli/embedded-postgres';
import { AppConfig, isSet, QueueBackend } from '@app/config/env.schema';
import { databaseName, withDatabase } from '@app/database/connection';
import { checkPostgres, checkRedis, UnreachableError } from '@app/database/preflight';

/** How `npm start` runs this time: the servers it uses, the embedded PostgreSQL it started (if any), and what to say. */
export interface ServerChoice {
  databaseUrl: string;
  queueBackend: QueueBackend;
  embedded?: EmbeddedPostgres;
  /** One line for the operator when something fell back; none when the settings or the defaults were used as they are. */
  line?: string;
}

const PROBE_TIMEOUT_MS = 1_500;

const answers = async (check: () => Promise<void>): Promise<boolean> => {
  try {
    await check();
    return true;
  } catch (e) {
    if (e instanceof UnreachableError) return false;
    throw e;
  }
};

/** A path as the operator would type it: relative to the working folder when inside it. */
export const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : `./${rel}`;
};

/**
 * Explicit settings always win: DATABASE_URL, REDIS_URL or QUEUE_BACKEND given → those, and a server that does not
 * answer is the usual one-line error (from the preflight). NODE_ENV=production never falls back. Otherwise the
 * defaults (DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL) are used when they answer; when PostgreSQL does not, a real
 * PostgreSQL server is started from node_modules with its data under DATA_DIR (embedded mode), and when Redis does
 * not, the jobs are queued in PostgreSQL (BullMQ's PostgreSQL backend).
 */
export async function chooseServers(config: AppConfig, raw: Record<string, unknown> = process.env): Promise<ServerChoice> {
  const asConfigured: ServerChoice = { databaseUrl: config.DATABASE_URL, queueBackend: config.QUEUE_BACKEND };
  if (config.NODE_ENV === 'production') return asConfigured;
  const embedded = new EmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_POSTGRES_PORT);
  // An installation that already runs embedded keeps its data there even if a server has since appeared at the default
  // address: switching silently would look like the data had gone. Moving it is a deliberate step (README, Operations).
  const hasData = existsSync(join(embedded.folder, 'PG_VERSION'));
  const databaseFixed = isSet(raw, 'DATABASE_URL') || (!hasData && (await answers(() => checkPostgres(config.DATABASE_URL, PROBE_TIMEOUT_MS))));
  const queueFixed = isSet(raw, 'QUEUE_BACKEND') || isSet(raw, 'REDIS_URL') || (await answers(() => checkRedis(config.REDIS_URL, PROBE_TIMEOUT_MS)));
  if (databaseFixed && queueFixed) return asConfigured;
  if (databaseFixed) {
    return {
      databaseUrl: config.DATABASE_URL,
      queueBackend: 'postgres',
      line: `no Redis at ${config.REDIS_URL}: jobs are queued in PostgreSQL (BullMQ's PostgreSQL backend); set REDIS_URL to use Redis`,
    };
  }
  const started = await embedded.start();
  const queueBackend = queueFixed ? config.QUEUE_BACKEND : 'postgres';
  const queue = queueBackend === 'postgres' ? 'jobs queued in it' : `jobs on Redis at ${config.REDIS_URL}`;
  const how = started.created ? 'created' : started.adopted ? 'already running, taken over' : 'started';
  return {
    databaseUrl: withDatabase(embedded.url('postgres'), databaseName(config.DATABASE_URL)),
    queueBackend,
    embedded,
    line:
      `embedded mode (${hasData ? 'its data is here' : `no PostgreSQL at ${new URL(config.DEFAULT_DATABASE_URL).host}`}): PostgreSQL ${how} from node_modules on 127.0.0.1:${embedded.port}, ` +
      `data in ${shown(embedded.folder)} (password in ${shown(embedded.passwordFile)}), ${queue}; ` +
      `to use real servers set DATABASE_URL and REDIS_URL (README, Operations)`,
  };
}

/** The settings the API and worker processes get so that they use what was chosen (and never choose again). */
export const childEnv = (choice: ServerChoice): Record<string, string> => ({ DATABASE_URL: choice.databaseUrl, QUEUE_BACKEND: choice.queueBackend });

