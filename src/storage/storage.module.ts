import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { BlobStorage } from '@app/storage/blob-storage';
import { LocalBlobStorage } from '@app/storage/local-blob-storage';
import { PostgresBlobStorage } from '@app/storage/postgres-blob-storage';
import { S3BlobStorage, S3Config } from '@app/storage/s3-blob-storage';

/**
 * The driver chosen by STORAGE_DRIVER: `postgres` (a table), `local` (content-addressed files under
 * STORAGE_DIR) or `s3` (the same layout in an S3-compatible bucket, key records committed with
 * `If-None-Match: *`). The `local` and `s3` drivers check their directory or bucket here, so a
 * wrong setting stops start-up. A new driver implements `BlobStorage` and adds its case; the
 * exhaustive switch makes forgetting the case a compile error.
 */
export async function createBlobStorage(
  config: Pick<AppConfig, 'STORAGE_DRIVER' | 'STORAGE_DIR'> & S3Config,
  dataSource: DataSource,
): Promise<BlobStorage> {
  const driver = config.STORAGE_DRIVER;
  switch (driver) {
    case 'postgres':
      return new PostgresBlobStorage(dataSource);
    case 'local':
      return new LocalBlobStorage(config.STORAGE_DIR).init();
    case 's3':
      return new S3BlobStorage(config).init();
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
