import Redis from 'ioredis';
import { Client } from 'pg';
import { AppConfig } from '@app/config/env.schema';
import { databaseName, redactUrl, withDatabase } from '@app/database/connection';

/** A dependency is down: the message is one line that names what was tried and the fix. */
export class UnreachableError extends Error {}

const reason = (e: unknown): string => {
  const err = e as { code?: string; message?: string };
  return err.code ?? err.message ?? String(e);
};

export async function checkPostgres(url: string, timeoutMs = 3000): Promise<void> {
  // Connect to the maintenance database: the application database may not exist yet on first start.
  const client = new Client({ connectionString: withDatabase(url, 'postgres'), connectionTimeoutMillis: timeoutMs });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
  } catch (e) {
    throw new UnreachableError(
      `cannot reach PostgreSQL at ${redactUrl(url)} (${reason(e)}): start it (docker compose up -d postgres) or set DATABASE_URL`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(url: string, timeoutMs = 3000): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    throw new UnreachableError(
      `cannot reach Redis at ${redactUrl(url)} (${reason(e)}): start it (docker compose up -d redis) or set REDIS_URL`,
    );
  } finally {
    redis.disconnect();
  }
}

/** Creates the application database when it is missing (a fresh install against a bare server). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  const client = new Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`create database "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

export async function checkDependencies(config: AppConfig): Promise<void> {
  await checkPostgres(config.DATABASE_URL);
  // QUEUE_BACKEND=postgres: no Redis at all; the jobs live in QUEUE_DATABASE_URL (or DATABASE_URL, just checked).
  if (config.QUEUE_BACKEND === 'redis') await checkRedis(config.REDIS_URL);
  else if (config.QUEUE_DATABASE_URL) await checkPostgres(config.QUEUE_DATABASE_URL);
}
