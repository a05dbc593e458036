import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, mkdir, open, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  BlobContent,
  BlobCorruptError,
  BlobNotFoundError,
  BlobStorage,
  StoredBlob,
  assertValidKey,
  describePut,
  resolveExisting,
  verified,
} from '@app/storage/blob-storage';

const errnoOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | null)?.code;

/** fsync a directory so a new name in it survives a power cut, not only the file's bytes. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `bytes` at `target` all at once or not at all, never replacing an existing file: a synced
 * temp file is hard-linked into place (link, unlike rename, fails with EEXIST). False when taken.
 */
async function writeOnce(target: string, bytes: Buffer): Promise<boolean> {
  const dir = dirname(target);
  await mkdir(dir, { recursive: true });
  // Leading dot: no key segment can start with one, so a temp name never collides with a blob.
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o444);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, target);
    await syncDirectory(dir);
    return true;
  } catch (e) {
    if (errnoOf(e) === 'EEXIST') return false;
    throw e;
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Files under STORAGE_DIR, content-addressed: `objects/ab/<sha256>` holds the bytes (the hash is the
 * file name, so an operator can check any file with `sha256sum`) and `keys/<key>.json` records the
 * key's hash, size and type. The key record is written last and is the commit point: a crash in
 * between leaves an unreferenced object, never a key without its bytes.
 */
export class LocalBlobStorage extends BlobStorage {
  readonly root: string;

  constructor(dir: string) {
    super();
    this.root = resolve(dir);
  }

  /** Fails start-up, not the first upload, when the directory is missing its permissions. */
  async init(): Promise<this> {
    await mkdir(join(this.root, 'objects'), { recursive: true });
    await mkdir(join(this.root, 'keys'), { recursive: true });
    await access(this.root, constants.R_OK | constants.W_OK);
    return this;
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<StoredBlob> {
    const wanted = describePut(key, bytes, contentType);
    const existing = await this.stat(key);
    if (existing) return resolveExisting(wanted, existing);
    await writeOnce(this.objectPath(wanted.sha256), bytes);
    const record = { ...wanted, storedAt: new Date().toISOString() };
    if (await writeOnce(this.keyPath(key), Buffer.from(JSON.stringify(record)))) return wanted;
    // Another put of the same key won the race between our stat and our link.
    const winner = await this.stat(key);
    if (!winner) throw new Error(`blob ${key} vanished after a conflicting write`);
    return resolveExisting(wanted, winner);
  }

  async get(key: string): Promise<BlobContent> {
    const blob = await this.stat(key);
    if (!blob) throw new BlobNotFoundError(key);
    let bytes: Buffer;
    try {
      bytes = await readFile(this.objectPath(blob.sha256));
    } catch (e) {
      // The key says bytes were stored: their absence is loss, not "not found".
      if (errnoOf(e) === 'ENOENT') throw new BlobCorruptError(key, blob.sha256, 'missing');
      throw e;
    }
    return verified(blob, bytes);
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async stat(key: string): Promise<StoredBlob | null> {
    assertValidKey(key);
    let text: string;
    try {
      text = await readFile(this.keyPath(key), 'utf8');
    } catch (e) {
      if (errnoOf(e) === 'ENOENT' || errnoOf(e) === 'ENOTDIR') return null;
      throw e;
    }
    return parseKeyRecord(key, text);
  }

  private objectPath(sha256: string): string {
    return join(this.root, 'objects', sha256.slice(0, 2), sha256);
  }

  private keyPath(key: string): string {
    return join(this.root, 'keys', `${key}.json`);
  }
}

function parseKeyRecord(key: string, text: string): StoredBlob {
  try {
    const r = JSON.parse(text) as Partial<StoredBlob>;
    if (
      r.key === key &&
      typeof r.sha256 === 'string' &&
      /^[0-9a-f]{64}$/.test(r.sha256) &&
      Number.isSafeInteger(r.size) &&
      typeof r.contentType === 'string'
    ) {
      return { key, sha256: r.sha256, size: r.size as number, contentType: r.contentType };
    }
  } catch {
    /* reported below */
  }
  throw new BlobCorruptError(key, 'a valid key record', 'unreadable');
}
