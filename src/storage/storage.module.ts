import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { BlobStorage } from '@app/storage/blob-storage';
import { LocalBlobStorage } from '@app/storage/local-blob-storage';
import { PostgresBlobStorage } from '@app/storage/postgres-blob-storage';

/**
 * The driver chosen by STORAGE_DRIVER. Extension point for an S3-compatible bucket: add 's3' to
 * STORAGE_DRIVER in env.schema.ts (with its endpoint/bucket/credential settings), implement
 * `BlobStorage` in `s3-blob-storage.ts` (put with `If-None-Match: *` so an object is never
 * replaced, SHA-256 kept in object metadata and re-checked by `verified()` on read) and add the
 * case here; the exhaustive switch makes forgetting the case a compile error.
 */
export async function createBlobStorage(
  config: Pick<AppConfig, 'STORAGE_DRIVER' | 'STORAGE_DIR'>,
  dataSource: DataSource,
): Promise<BlobStorage> {
  const driver = config.STORAGE_DRIVER;
  switch (driver) {
    case 'postgres':
      return new PostgresBlobStorage(dataSource);
    case 'local':
      return new LocalBlobStorage(config.STORAGE_DIR).init();
    default: {
      const unknown: never = driver;
      throw new Error(`unknown STORAGE_DRIVER ${String(unknown)}`);
    }
  }
}

/** Lưu trữ tệp: inject `BlobStorage` anywhere (API and worker) to store evidence and documents. */
@Global()
@Module({
  providers: [{ provide: BlobStorage, inject: [APP_CONFIG, DataSource], useFactory: createBlobStorage }],
  exports: [BlobStorage],
})
export class StorageModule {}
