import {
  BlobContent,
  BlobCorruptError,
  BlobNotFoundError,
  BlobStorage,
  StoredBlob,
  assertValidKey,
  describePut,
  parseKeyRecord,
  resolveExisting,
  verified,
} from '@app/storage/blob-storage';

/** A read that answers null instead of failing when `isAbsent` says the error only means "not there". */
export async function nullIfAbsent<T>(read: Promise<T>, isAbsent: (e: unknown) => boolean): Promise<T | null> {
  try {
    return await read;
  } catch (e) {
    if (isAbsent(e)) return null;
    throw e;
  }
}

/**
 * The layout the file and bucket drivers share: an object named by its SHA-256 holds the bytes and a
 * key record (`{ key, sha256, size, contentType, storedAt }`) names the key's hash, size and type.
 * The key record is written last and is the commit point: a crash in between leaves an unreferenced
 * object, never a key without its bytes, and a key, once written, is never replaced.
 *
 * `put`, `get`, `exists` and `stat` live here once; a driver supplies where objects and key records
 * are read and written.
 */
export abstract class ContentAddressedBlobStorage extends BlobStorage {
  /**
   * How many times `put` writes its key record when the write is refused yet no record can be read
   * afterwards. One, unless the store can refuse a write without one being there (S3's 409).
   */
  protected readonly commitAttempts: number = 1;

  /** The bytes of the object named `sha256`, or null when there is no such object. */
  protected abstract readObject(sha256: string): Promise<Buffer | null>;

  /** The text of the key record of `key`, or null when the key has none. */
  protected abstract readKeyRecord(key: string): Promise<string | null>;

  /** Stores `bytes` as the object named `sha256`; must be harmless when that object already exists. */
  protected abstract writeObject(sha256: string, bytes: Buffer): Promise<void>;

  /** Writes the key record of `key` unless there already is one, never replacing it: false when refused. */
  protected abstract writeKeyRecordOnce(key: string, record: Buffer): Promise<boolean>;

  async put(key: string, bytes: Buffer, contentType: string): Promise<StoredBlob> {
    const wanted = describePut(key, bytes, contentType);
    const existing = await this.stat(key);
    if (existing) return resolveExisting(wanted, existing);
    await this.writeObject(wanted.sha256, bytes);
    const record = Buffer.from(JSON.stringify({ ...wanted, storedAt: new Date().toISOString() }));
    for (let attempt = 1; ; attempt++) {
      if (await this.writeKeyRecordOnce(key, record)) return wanted;
      // Another put of the same key won the race between our stat and our write.
      const winner = await this.stat(key);
      if (winner) return resolveExisting(wanted, winner);
      if (attempt >= this.commitAttempts) throw new Error(`blob ${key}: its key record was refused as taken, yet none can be read`);
    }
  }

  async get(key: string): Promise<BlobContent> {
    const blob = await this.stat(key);
    if (!blob) throw new BlobNotFoundError(key);
    const bytes = await this.readObject(blob.sha256);
    // The key says bytes were stored: their absence is loss, not "not found".
    if (bytes === null) throw new BlobCorruptError(key, blob.sha256, 'missing');
    return verified(blob, bytes);
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async stat(key: string): Promise<StoredBlob | null> {
    assertValidKey(key);
    const text = await this.readKeyRecord(key);
    return text === null ? null : parseKeyRecord(key, text);
  }
}
