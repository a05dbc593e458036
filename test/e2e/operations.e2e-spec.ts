import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { pendingSchemaChanges } from '@app/cli/migration-check';
import { ENTITIES } from '@app/entities';
import { ADMIN_URL, REDIS_URL } from '../setup/test-env';
import { runEntryPoint } from './cli-support';

const run = runEntryPoint;

describe('operations', () => {
  describe('start-up with a dependency down', () => {
    it.each([
      ['API', 'src/main.ts', { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/press_inspect' }, /cannot reach PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/press_inspect .*docker compose up -d.*DATABASE_URL/],
      ['worker', 'src/worker.ts', { DATABASE_URL: `${ADMIN_URL}`, REDIS_URL: 'redis://127.0.0.1:1' }, /cannot reach Redis at redis:\/\/127\.0\.0\.1:1 .*docker compose up -d.*REDIS_URL/],
    ])('should print one line naming what was tried and the fix, and exit non-zero (%s)', async (_name, entry, env, expected) => {
      const result = await run(entry, env);
      expect(result.code).not.toBe(0);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(expected);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }, 60_000);

    it('should refuse invalid configuration by naming the variable, never its value', async () => {
      const result = await run('src/main.ts', { PORT: 'eighty', JWT_SECRET: 'short-secret-value', DATABASE_URL: ADMIN_URL, REDIS_URL });
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/PORT/);
      expect(result.stderr).toMatch(/JWT_SECRET/);
      expect(result.stderr).not.toContain('short-secret-value');
    }, 60_000);
  });

  describe('migration check', () => {
    it('should pass when the migrations match the entities', async () => {
      expect(await pendingSchemaChanges(ADMIN_URL)).toEqual([]);
    }, 60_000);

    it('should fail when an entity changes without a migration', async () => {
      @Entity('drift_probe')
      class DriftProbe {
        @PrimaryGeneratedColumn('uuid') id!: string;
        @Column({ type: 'text' }) note!: string;
      }
      const pending = await pendingSchemaChanges(ADMIN_URL, { entities: [...ENTITIES, DriftProbe] });
      expect(pending.join('\n')).toContain('CREATE TABLE "drift_probe"');
    }, 60_000);
  });
});
