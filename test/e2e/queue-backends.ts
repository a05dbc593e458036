import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { QueueBackend } from '@app/config/env.schema';
import { withDatabase } from '@app/database/connection';
import { TcpProxy } from './tcp-proxy';
import { ADMIN_URL, REDIS_URL, RUN_ENV } from '../setup/test-env';

/** The document pipeline and its fault scenarios run on both of BullMQ's stores (issue 15). */
export const QUEUE_BACKENDS: QueueBackend[] = ['redis', 'postgres'];

/**
 * What an app or worker needs to queue on `backend` (the PostgreSQL backend keeps the jobs in the suite's database).
 * Every queue setting is named: the harness merges settings into process.env, where an earlier suite's would linger.
 */
export const queueEnv = (backend: QueueBackend): Record<string, string> => ({ QUEUE_BACKEND: backend, QUEUE_DATABASE_URL: '', REDIS_URL });

const admin = async (sql: string): Promise<void> => {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
};

export interface CuttableQueueStore {
  proxy: TcpProxy;
  /** The settings that reach the store through the proxy (for the process that must lose it). */
  throughProxy: Record<string, string>;
  /** The settings that reach it directly (for a worker started once it is back). */
  direct: Record<string, string>;
  dispose(): Promise<void>;
}

/**
 * The queue's store behind a TCP proxy a test can cut while the rest of the machine keeps its servers: Redis, or, for
 * the PostgreSQL backend, a database of its own that holds only the jobs (QUEUE_DATABASE_URL), so cutting it leaves
 * the store of record reachable (as when a dedicated queue database goes away).
 */
export async function cuttableQueueStore(backend: QueueBackend): Promise<CuttableQueueStore> {
  if (backend === 'redis') {
    const target = new URL(REDIS_URL);
    const proxy = new TcpProxy(Number(target.port || 6379), target.hostname);
    await proxy.start();
    return { proxy, throughProxy: { ...queueEnv(backend), REDIS_URL: `redis://127.0.0.1:${proxy.port}` }, direct: queueEnv(backend), dispose: () => proxy.cut() };
  }
  const name = `pi_test_q_${randomBytes(4).toString('hex')}_${process.env[RUN_ENV]}`;
  await admin(`create database ${name}`);
  const direct = withDatabase(ADMIN_URL, name);
  const target = new URL(direct);
  const proxy = new TcpProxy(Number(target.port || 5432), target.hostname);
  await proxy.start();
  const proxied = new URL(direct);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  return {
    proxy,
    throughProxy: { ...queueEnv(backend), QUEUE_DATABASE_URL: proxied.toString() },
    direct: { ...queueEnv(backend), QUEUE_DATABASE_URL: direct },
    dispose: async () => {
      await proxy.cut();
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}
