import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppConfig, ConfigError } from '@app/config/env.schema';

export const JWT_SECRET_FILE = 'jwt-secret';

export interface JwtSecret {
  secret: string;
  /** env: JWT_SECRET; created/file: DATA_DIR/jwt-secret written now / read back; ephemeral: NODE_ENV=test. */
  source: 'env' | 'created' | 'file' | 'ephemeral';
  /** The file, for `created` and `file`. */
  path?: string;
}

/** One per process under NODE_ENV=test: the suite's apps sign and verify in one process, nothing outlives it. */
let ephemeral: string | undefined;

const fresh = (): string => randomBytes(48).toString('base64url');

/**
 * The secret that signs access tokens. There is no default in the source: a constant there let anyone who read the
 * repository sign a token for any user id (issue 12, finding 6). JWT_SECRET wins; NODE_ENV=production without it
 * never gets here (validateEnv refuses to start); otherwise a random secret is generated into DATA_DIR/jwt-secret
 * (mode 0600) on first start and read back on every later one, so sessions survive a restart.
 */
export function resolveJwtSecret(config: Pick<AppConfig, 'JWT_SECRET' | 'NODE_ENV' | 'DATA_DIR'>): JwtSecret {
  if (config.JWT_SECRET !== '') return { secret: config.JWT_SECRET, source: 'env' };
  if (config.NODE_ENV === 'production') throw new ConfigError('invalid configuration: JWT_SECRET must be set when NODE_ENV=production (at least 32 random characters)');
  if (config.NODE_ENV === 'test') {
    ephemeral ??= fresh();
    return { secret: ephemeral, source: 'ephemeral' };
  }
  const dir = resolve(config.DATA_DIR);
  const path = join(dir, JWT_SECRET_FILE);
  const existing = readSecret(path);
  if (existing !== null) return { secret: existing, source: 'file', path };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Written aside and linked into place: the API and the worker starting together never see half a file, and
  // whichever links second reads the first one's secret.
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(aside, `${fresh()}\n`, { mode: 0o600, flag: 'wx' });
  chmodSync(aside, 0o600); // the umask may have taken bits away, never added: this only makes it exact
  try {
    linkSync(aside, path);
    return { secret: readSecret(path) as string, source: 'created', path };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const other = readSecret(path);
    if (other === null) throw new ConfigError(`invalid configuration: ${path} exists but holds no secret`);
    return { secret: other, source: 'file', path };
  } finally {
    unlinkSync(aside);
  }
}

/** The secret stored at `path`, null when there is no file; a file too short to be a secret stops the start. */
function readSecret(path: string): string | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ConfigError(`invalid configuration: cannot read the JWT secret file ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const secret = text.trim();
  if (secret.length < 32) throw new ConfigError(`invalid configuration: ${path} must hold at least 32 characters (delete it to have one generated)`);
  return secret;
}

/** The line an operator reads at start-up when the secret came from the data folder. */
export function describeJwtSecret(s: JwtSecret): string | null {
  switch (s.source) {
    case 'created':
      return `generated a JWT secret in ${s.path} (kept across restarts; set JWT_SECRET instead in production)`;
    case 'file':
      return `JWT secret read from ${s.path}`;
    case 'env':
    case 'ephemeral':
      return null;
  }
}
