import { Check, Column, CreateDateColumn, Entity, PrimaryColumn, ValueTransformer } from 'typeorm';

/** pg returns `bigint` as a string; a blob's size always fits a safe integer. */
const bigintSize: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null): number | null => (value === null || value === undefined ? null : Number(value)),
};

/**
 * Tệp lưu trữ (PostgreSQL driver of `BlobStorage`): evidence files and issued documents are legal
 * records, so the table refuses UPDATE, DELETE and TRUNCATE (trigger in the migration) and each row
 * carries the SHA-256 checked on every read.
 */
@Entity('blobs')
@Check('ck_blobs_sha256_hex', `"sha256" ~ '^[0-9a-f]{64}$'`)
@Check('ck_blobs_size', `"size" = octet_length("bytes")`)
export class BlobRecord {
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bigint', transformer: bigintSize })
  size!: number;

  @Column({ type: 'varchar', length: 255 })
  contentType!: string;

  @Column({ type: 'bytea' })
  bytes!: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
