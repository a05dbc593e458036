import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '@app/config/env.schema';
import { JWT_SECRET_FILE, resolveJwtSecret } from '@app/config/jwt-secret';

describe('the JWT secret', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pi-jwt-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const dev = (over: Partial<{ JWT_SECRET: string; NODE_ENV: 'development' | 'test' | 'production' }> = {}) => ({
    JWT_SECRET: '',
    NODE_ENV: 'development' as const,
    DATA_DIR: join(dir, 'data'),
    ...over,
  });

  it('should take JWT_SECRET when it is set, and write nothing', () => {
    expect(resolveJwtSecret(dev({ JWT_SECRET: 'x'.repeat(40) }))).toEqual({ secret: 'x'.repeat(40), source: 'env' });
    expect(() => statSync(join(dir, 'data'))).toThrow();
  });

  it('should generate a random secret into DATA_DIR/jwt-secret on first start (0600), and read the same one back later', () => {
    const first = resolveJwtSecret(dev());
    const path = join(dir, 'data', JWT_SECRET_FILE);
    expect(first).toMatchObject({ source: 'created', path });
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(first.secret);
    expect(resolveJwtSecret(dev())).toEqual({ secret: first.secret, source: 'file', path });
    rmSync(path);
    expect(resolveJwtSecret(dev()).secret).not.toBe(first.secret);
  });

  it('should refuse production without JWT_SECRET, naming the setting', () => {
    expect(() => resolveJwtSecret(dev({ NODE_ENV: 'production' }))).toThrow(ConfigError);
    expect(() => resolveJwtSecret(dev({ NODE_ENV: 'production' }))).toThrow(/JWT_SECRET/);
  });

  it('should refuse a secret file too short to be a secret', () => {
    resolveJwtSecret(dev());
    writeFileSync(join(dir, 'data', JWT_SECRET_FILE), 'short\n');
    expect(() => resolveJwtSecret(dev())).toThrow(/at least 32 characters/);
  });

  it('should use a per-process random secret under NODE_ENV=test, never a constant, and write nothing', () => {
    const a = resolveJwtSecret(dev({ NODE_ENV: 'test' }));
    expect(a.source).toBe('ephemeral');
    expect(a.secret).not.toBe('dev-only-secret-change-me-dev-only-secret');
    expect(resolveJwtSecret(dev({ NODE_ENV: 'test' })).secret).toBe(a.secret);
    expect(() => statSync(join(dir, 'data'))).toThrow();
  });
});
