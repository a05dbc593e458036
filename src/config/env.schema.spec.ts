import 'reflect-metadata';
import { ConfigError, isSet, queueDatabaseUrl, validateEnv } from '@app/config/env.schema';

const S3 = { STORAGE_DRIVER: 's3', S3_BUCKET: 'press-inspect', S3_ACCESS_KEY_ID: 'AKIDEXAMPLE', S3_SECRET_ACCESS_KEY: 'very-secret-value' };

describe('validateEnv: storage settings', () => {
  it('should need no S3 setting while another driver is chosen', () => {
    const env = validateEnv({});
    expect(env.STORAGE_DRIVER).toBe('postgres');
    expect(env).toMatchObject({ S3_ENDPOINT: '', S3_REGION: 'us-east-1', S3_BUCKET: '', S3_PREFIX: '', S3_FORCE_PATH_STYLE: true });
  });

  it('should accept STORAGE_DRIVER=s3 with a bucket and credentials, an empty endpoint meaning AWS', () => {
    expect(validateEnv({ ...S3, S3_ENDPOINT: '' })).toMatchObject({ ...S3, S3_ENDPOINT: '', S3_REGION: 'us-east-1' });
    expect(validateEnv({ ...S3, S3_ENDPOINT: 'http://minio:9000', S3_PREFIX: 'press-inspect/' })).toMatchObject({
      S3_ENDPOINT: 'http://minio:9000',
      S3_PREFIX: 'press-inspect/',
    });
  });

  it('should name the bucket and both keys when STORAGE_DRIVER=s3 lacks them', () => {
    expect(() => validateEnv({ STORAGE_DRIVER: 's3' })).toThrow(ConfigError);
    expect(() => validateEnv({ STORAGE_DRIVER: 's3' })).toThrow(/S3_BUCKET.*S3_ACCESS_KEY_ID.*S3_SECRET_ACCESS_KEY/);
  });

  it('should name a bad setting without printing any value', () => {
    const bad = { ...S3, S3_BUCKET: 'Not_A_Bucket', S3_ENDPOINT: 'minio without scheme', S3_PREFIX: 'no-trailing-slash' };
    let message = '';
    try {
      validateEnv(bad);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/S3_ENDPOINT/);
    expect(message).toMatch(/S3_BUCKET/);
    expect(message).toMatch(/S3_PREFIX/);
    for (const value of Object.values(bad).filter((v) => v !== 's3')) expect(message).not.toContain(value);
  });

  it('should read "false" and "0" as false for boolean settings (implicit conversion would make them true)', () => {
    expect(validateEnv({ S3_FORCE_PATH_STYLE: 'false', SWEEPER_ENABLED: 'false' })).toMatchObject({ S3_FORCE_PATH_STYLE: false, SWEEPER_ENABLED: false });
    expect(validateEnv({ S3_FORCE_PATH_STYLE: '0' }).S3_FORCE_PATH_STYLE).toBe(false);
    expect(validateEnv({ S3_FORCE_PATH_STYLE: 'true', SWEEPER_ENABLED: '1' })).toMatchObject({ S3_FORCE_PATH_STYLE: true, SWEEPER_ENABLED: true });
  });
});

describe('validateEnv: the JWT secret and the client address', () => {
  it('should have no built-in JWT secret, and refuse production without one in one line naming JWT_SECRET', () => {
    expect(validateEnv({}).JWT_SECRET).toBe('');
    expect(() => validateEnv({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => validateEnv({ NODE_ENV: 'production' })).toThrow(/^invalid configuration: JWT_SECRET must be set[^\n]*$/);
    expect(validateEnv({ NODE_ENV: 'production', JWT_SECRET: 'k'.repeat(32) }).JWT_SECRET).toBe('k'.repeat(32));
    expect(() => validateEnv({ JWT_SECRET: 'too-short' })).toThrow(/JWT_SECRET/);
  });

  it('should believe no X-Forwarded-For unless TRUST_PROXY names the proxy', () => {
    expect(validateEnv({}).TRUST_PROXY).toBe('false');
  });
});

describe('validateEnv: servers, queue backend and public address (issue 15)', () => {
  it('should use the default servers when DATABASE_URL and REDIS_URL are unset, and DEFAULT_* to say where they are', () => {
    expect(validateEnv({})).toMatchObject({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/press_inspect', REDIS_URL: 'redis://127.0.0.1:6379' });
    const moved = validateEnv({ DEFAULT_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x', DEFAULT_REDIS_URL: 'redis://127.0.0.1:2' });
    expect(moved).toMatchObject({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x', REDIS_URL: 'redis://127.0.0.1:2' });
    // An explicit setting wins over the default.
    expect(validateEnv({ DATABASE_URL: 'postgres://db/y', DEFAULT_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' }).DATABASE_URL).toBe('postgres://db/y');
  });

  it('should queue on Redis unless QUEUE_BACKEND=postgres, the jobs then in QUEUE_DATABASE_URL or DATABASE_URL', () => {
    expect(validateEnv({}).QUEUE_BACKEND).toBe('redis');
    const pg = validateEnv({ QUEUE_BACKEND: 'postgres', DATABASE_URL: 'postgres://db/app' });
    expect(queueDatabaseUrl(pg)).toBe('postgres://db/app');
    expect(queueDatabaseUrl(validateEnv({ QUEUE_BACKEND: 'postgres', QUEUE_DATABASE_URL: 'postgres://q/jobs' }))).toBe('postgres://q/jobs');
    expect(() => validateEnv({ QUEUE_BACKEND: 'kafka' })).toThrow(/QUEUE_BACKEND/);
    expect(() => validateEnv({ QUEUE_DATABASE_URL: 'redis://x' })).toThrow(/QUEUE_DATABASE_URL/);
  });

  it('should print links on the port actually used unless PUBLIC_BASE_URL is given', () => {
    expect(validateEnv({}).PUBLIC_BASE_URL).toBe('http://localhost:3000');
    expect(validateEnv({ PORT: '8080' }).PUBLIC_BASE_URL).toBe('http://localhost:8080');
    expect(validateEnv({ PORT: '8080', PUBLIC_BASE_URL: 'https://xphc.example.gov.vn' }).PUBLIC_BASE_URL).toBe('https://xphc.example.gov.vn');
  });

  it('should tell a setting given from one left to its default', () => {
    expect(isSet({ DATABASE_URL: 'postgres://db/app' }, 'DATABASE_URL')).toBe(true);
    expect(isSet({ DATABASE_URL: '' }, 'DATABASE_URL')).toBe(false);
    expect(isSet({}, 'REDIS_URL')).toBe(false);
  });
});
