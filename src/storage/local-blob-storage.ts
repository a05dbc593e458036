import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, link, mkdir, open, readFile, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ContentAddressedBlobStorage, nullIfAbsent } from '@app/storage/content-addressed-blob-storage';

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
 * file name, so an operator can check any file with `sha256sum`) and `keys/<key>.json` is the key
 * record. Both are written by `writeOnce`, so neither is ever seen half-written or replaced.
 */
export class LocalBlobStorage extends ContentAddressedBlobStorage {
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

  protected readObject(sha256: string): Promise<Buffer | null> {
    return nullIfAbsent(readFile(this.objectPath(sha256)), (e) => errnoOf(e) === 'ENOENT');
  }

  protected readKeyRecord(key: string): Promise<string | null> {
    // ENOTDIR: the key "a.json/b" runs through the record file of a stored key "a".
    return nullIfAbsent(readFile(this.keyPath(key), 'utf8'), (e) => errnoOf(e) === 'ENOENT' || errnoOf(e) === 'ENOTDIR');
  }

  protected async writeObject(sha256: string, bytes: Buffer): Promise<void> {
    // An existing file of that name already holds these bytes: the name is their hash.
    await writeOnce(this.objectPath(sha256), bytes);
  }

  protected writeKeyRecordOnce(key: string, record: Buffer): Promise<boolean> {
    return writeOnce(this.keyPath(key), record);
  }

  private objectPath(sha256: string): string {
    return join(this.root, 'objects', sha256.slice(0, 2), sha256);
  }

  private keyPath(key: string): string {
    return join(this.root, 'keys', `${key}.json`);
  }
}
