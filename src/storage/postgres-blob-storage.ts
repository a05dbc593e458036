import { DataSource } from 'typeorm';
import {
  BlobContent,
  BlobNotFoundError,
  BlobStorage,
  StoredBlob,
  assertValidKey,
  describePut,
  resolveExisting,
  verified,
} from '@app/storage/blob-storage';

interface MetaRow {
  key: string;
  sha256: string;
  size: string;
  content_type: string;
}

const toStored = (row: MetaRow): StoredBlob => ({
  key: row.key,
  sha256: row.sha256,
  size: Number(row.size),
  contentType: row.content_type,
});

/**
 * The default driver: bytes in the `blobs` table, so a deployment needs nothing beyond PostgreSQL
 * and one backup covers records and files alike. Raw SQL because `ON CONFLICT DO NOTHING` is what
 * makes concurrent puts of one key safe.
 */
export class PostgresBlobStorage extends BlobStorage {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<StoredBlob> {
    const wanted = describePut(key, bytes, contentType);
    const inserted: MetaRow[] = await this.dataSource.query(
      `insert into blobs (key, sha256, size, content_type, bytes) values ($1, $2, $3, $4, $5)
       on conflict (key) do nothing
       returning key, sha256, size, content_type`,
      [wanted.key, wanted.sha256, wanted.size, wanted.contentType, bytes],
    );
    if (inserted.length === 1) return toStored(inserted[0]);
    // Someone stored this key first (possibly us, on a retried job).
    const existing = await this.stat(key);
    if (!existing) throw new Error(`blob ${key} vanished after a conflicting insert`);
    return resolveExisting(wanted, existing);
  }

  async get(key: string): Promise<BlobContent> {
    assertValidKey(key);
    const rows: (MetaRow & { bytes: Buffer })[] = await this.dataSource.query(
      `select key, sha256, size, content_type, bytes from blobs where key = $1`,
      [key],
    );
    if (rows.length === 0) throw new BlobNotFoundError(key);
    return verified(toStored(rows[0]), rows[0].bytes);
  }

  async exists(key: string): Promise<boolean> {
    return (await this.stat(key)) !== null;
  }

  async stat(key: string): Promise<StoredBlob | null> {
    assertValidKey(key);
    const rows: MetaRow[] = await this.dataSource.query(`select key, sha256, size, content_type from blobs where key = $1`, [key]);
    return rows.length === 0 ? null : toStored(rows[0]);
  }
}
