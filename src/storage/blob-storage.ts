import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '@app/common/errors';

/** What the store knows about one blob, without its bytes. */
export interface StoredBlob {
  key: string;
  /** Lower-case hex SHA-256 of the bytes: kept by callers beside their record as tamper evidence. */
  sha256: string;
  size: number;
  contentType: string;
}

/** A blob read back, its bytes already checked against the SHA-256 recorded at `put`. */
export interface BlobContent extends StoredBlob {
  bytes: Buffer;
}

/**
 * Lưu trữ tệp (chứng cứ, quyết định, biên bản): durable, immutable bytes with their SHA-256 behind
 * one interface. An abstract class, not an interface, so Nest can use it as the injection token.
 *
 * Blobs are legal records: a key is written once and never changed or deleted. Store the blob
 * before committing the row that refers to it: an unreferenced blob is harmless, a row pointing to
 * nothing is not.
 */
export abstract class BlobStorage {
  /**
   * Stores `bytes` under `key`. Putting the same key again with the same bytes and type is a no-op
   * answering the same result (retries and re-run jobs are safe); anything else is `BlobConflictError`.
   */
  abstract put(key: string, bytes: Buffer, contentType: string): Promise<StoredBlob>;

  /** The bytes, verified: `BlobNotFoundError` when absent, `BlobCorruptError` when they do not hash to what was stored. */
  abstract get(key: string): Promise<BlobContent>;

  abstract exists(key: string): Promise<boolean>;

  /** What is stored under `key` (no bytes read, nothing verified), or null when nothing is. */
  abstract stat(key: string): Promise<StoredBlob | null>;
}

export class BlobNotFoundError extends AppError {
  constructor(readonly key: string) {
    super(ErrorCode.NotFound, 'Stored file not found', { key });
  }
}

/** Blobs are immutable: a second put of a key must carry exactly the first bytes and type. */
export class BlobConflictError extends AppError {
  constructor(
    readonly key: string,
    readonly existing: StoredBlob,
  ) {
    super(ErrorCode.Conflict, 'A different file is already stored under this key; stored files are never replaced', { key });
  }
}

/** The stored bytes no longer match their SHA-256: damaged or tampered with. Never served. */
export class BlobCorruptError extends AppError {
  constructor(
    readonly key: string,
    readonly expectedSha256: string,
    readonly actualSha256: string,
  ) {
    super(ErrorCode.StorageCorrupt, 'A stored file failed its integrity check (SHA-256 mismatch)', { key });
  }
}

/** A key the code built wrongly: a programming error, not the client's. */
export class InvalidBlobKeyError extends Error {
  constructor(key: string) {
    super(
      `invalid blob key ${JSON.stringify(key.slice(0, 80))}: use segments of [A-Za-z0-9._-] joined by "/", each starting with a letter or digit, at most 512 characters`,
    );
  }
}

// Segments start with a letter or digit, so "..", "." and hidden files cannot be named: the local
// driver maps keys to paths and must not be walked out of its directory.
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/;
const MAX_KEY_LENGTH = 512;

export function assertValidKey(key: string): void {
  if (typeof key !== 'string' || key.length > MAX_KEY_LENGTH || !KEY_PATTERN.test(key)) throw new InvalidBlobKeyError(String(key));
}

export function assertValidContentType(contentType: string): void {
  // type/subtype with optional parameters; no control characters (it ends up in a response header).
  if (typeof contentType !== 'string' || contentType.length > 255 || !/^[\w.+-]+\/[\w.+-]+(\s*;[ -~]*)?$/.test(contentType)) {
    throw new TypeError(`invalid content type ${JSON.stringify(String(contentType).slice(0, 80))}`);
  }
}

export const sha256Hex = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Shared by the drivers: validates the arguments of `put` and describes the blob they would store. */
export function describePut(key: string, bytes: Buffer, contentType: string): StoredBlob {
  assertValidKey(key);
  assertValidContentType(contentType);
  if (!Buffer.isBuffer(bytes)) throw new TypeError('blob bytes must be a Buffer');
  return { key, sha256: sha256Hex(bytes), size: bytes.length, contentType };
}

/** The no-op-or-conflict rule of `put` when the key is already taken. */
export function resolveExisting(wanted: StoredBlob, existing: StoredBlob): StoredBlob {
  if (existing.sha256 === wanted.sha256 && existing.size === wanted.size && existing.contentType === wanted.contentType) return existing;
  throw new BlobConflictError(wanted.key, existing);
}

/** The read-side check that turns silent corruption into a loud error. */
export function verified(blob: StoredBlob, bytes: Buffer): BlobContent {
  const actual = sha256Hex(bytes);
  if (actual !== blob.sha256 || bytes.length !== blob.size) throw new BlobCorruptError(blob.key, blob.sha256, actual);
  return { ...blob, bytes };
}

/** Reads a key record (`{ key, sha256, size, contentType, storedAt }`) written by a driver; anything else is corruption. */
export function parseKeyRecord(key: string, text: string): StoredBlob {
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
