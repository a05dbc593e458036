import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import 'reflect-metadata';
import { createServer } from 'node:net';
import { childEnv, chooseServers } from '@app/cli/embedded';
import { validateEnv } from '@app/config/env.schema';

/** A port nothing listens on: taken from the OS, then released. */
const closedPort = (): Promise<number> =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

describe('chooseServers: explicit settings win, production never falls back (issue 15)', () => {
  let closed: Record<string, string>;
  beforeAll(async () => {
    closed = { DEFAULT_DATABASE_URL: `postgres://postgres@127.0.0.1:${await closedPort()}/press_inspect`, DEFAULT_REDIS_URL: `redis://127.0.0.1:${await closedPort()}` };
  });

  it('should use the configured servers as they are under NODE_ENV=production, answering or not', async () => {
    const raw = { ...closed, NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(32) };
    const choice = await chooseServers(validateEnv(raw), raw);
    expect(choice).toEqual({ databaseUrl: closed.DEFAULT_DATABASE_URL, queueBackend: 'redis' });
  });

  it('should keep an explicit DATABASE_URL and REDIS_URL even when neither answers (the preflight then says so)', async () => {
    const raw = { ...closed, DATABASE_URL: closed.DEFAULT_DATABASE_URL, REDIS_URL: closed.DEFAULT_REDIS_URL };
    const choice = await chooseServers(validateEnv(raw), raw);
    expect(choice).toEqual({ databaseUrl: closed.DEFAULT_DATABASE_URL, queueBackend: 'redis' });
    expect(childEnv(choice)).toEqual({ DATABASE_URL: closed.DEFAULT_DATABASE_URL, QUEUE_BACKEND: 'redis' });
  });

  it('should keep QUEUE_BACKEND=redis when it is given, queueing in PostgreSQL only when Redis is merely absent', async () => {
    const raw = { ...closed, DATABASE_URL: closed.DEFAULT_DATABASE_URL };
    expect((await chooseServers(validateEnv(raw), raw)).queueBackend).toBe('postgres');
    const redis = { ...raw, QUEUE_BACKEND: 'redis' };
    expect((await chooseServers(validateEnv(redis), redis)).queueBackend).toBe('redis');
  });
});

describe('chooseServers: an installation already in embedded mode stays there', () => {
  it('should go to its embedded data even when a server answers at the default address', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pi-embedded-choice-'));
    try {
      // A data folder as initdb leaves it (only its marker here: the server then fails to start, which shows the choice).
      mkdirSync(join(dataDir, 'postgres'));
      writeFileSync(join(dataDir, 'postgres', 'PG_VERSION'), '15\n');
      writeFileSync(join(dataDir, 'postgres.password'), 'x\n');
      // The default address is left as it is: on this project's machines a PostgreSQL answers there.
      const raw = { DATA_DIR: dataDir, EMBEDDED_POSTGRES_PORT: String(await closedPort()) };
      await expect(chooseServers(validateEnv(raw), raw)).rejects.toThrow(/embedded mode: PostgreSQL on 127\.0\.0\.1:\d+ exited/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);
});
