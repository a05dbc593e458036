import { GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { AppConfig } from '@app/config/env.schema';
import { redactUrl } from '@app/database/connection';
import { UnreachableError } from '@app/database/preflight';
import { ContentAddressedBlobStorage, nullIfAbsent } from '@app/storage/content-addressed-blob-storage';

export type S3Config = Pick<
  AppConfig,
  'S3_ENDPOINT' | 'S3_REGION' | 'S3_BUCKET' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_PREFIX' | 'S3_FORCE_PATH_STYLE'
>;

const statusOf = (e: unknown): number | undefined => (e as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
const nameOf = (e: unknown): string | undefined => (e as { name?: string } | null)?.name;

// A deleted bucket also answers 404: that is an outage, not an absent key.
const isNoSuchKey = (e: unknown): boolean => nameOf(e) === 'NoSuchKey' || (statusOf(e) === 404 && nameOf(e) !== 'NoSuchBucket');

/** `If-None-Match: *` lost: the key exists (412), or a concurrent write to it was in flight (409). */
const isWriteConflict = (e: unknown): boolean =>
  nameOf(e) === 'PreconditionFailed' || statusOf(e) === 412 || nameOf(e) === 'ConditionalRequestConflict';

/**
 * Objects in an S3-compatible bucket, laid out like the local driver: `<prefix>objects/<sha256>`
 * holds the bytes and `<prefix>keys/<key>.json` is the key record, written with `If-None-Match: *`
 * so that S3 itself refuses to replace it.
 */
export class S3BlobStorage extends ContentAddressedBlobStorage {
  // A 409 with no record yet: the other write failed or has not landed; AWS advises retrying.
  protected override readonly commitAttempts = 3;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(
    private readonly config: S3Config,
    private readonly client: S3Client = new S3Client({
      endpoint: config.S3_ENDPOINT || undefined,
      region: config.S3_REGION,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials: { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY },
    }),
  ) {
    super();
    this.bucket = config.S3_BUCKET;
    this.prefix = config.S3_PREFIX;
  }

  /** Fails start-up, not the first upload, when the endpoint, bucket or credentials are wrong. */
  async init(timeoutMs = 10_000): Promise<this> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }), { abortSignal: AbortSignal.timeout(timeoutMs) });
    } catch (e) {
      throw new UnreachableError(this.startupFailure(e));
    }
    return this;
  }

  protected readObject(sha256: string): Promise<Buffer | null> {
    return nullIfAbsent(this.read(this.objectKey(sha256)), isNoSuchKey);
  }

  protected async readKeyRecord(key: string): Promise<string | null> {
    return (await nullIfAbsent(this.read(this.keyRecordKey(key)), isNoSuchKey))?.toString('utf8') ?? null;
  }

  protected async writeObject(sha256: string, bytes: Buffer): Promise<void> {
    // Same name, same bytes: re-putting an object is harmless. The checksum lets the service refuse bytes damaged in transit.
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.bucket,
        Key: this.objectKey(sha256),
        Body: bytes,
        ContentType: 'application/octet-stream',
        ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
        Metadata: { sha256 },
      }),
    );
  }

  protected async writeKeyRecordOnce(key: string, record: Buffer): Promise<boolean> {
    try {
      await this.client.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: this.keyRecordKey(key), Body: record, ContentType: 'application/json', IfNoneMatch: '*' }),
      );
      return true;
    } catch (e) {
      if (isWriteConflict(e)) return false;
      throw e;
    }
  }

  private async read(objectKey: string): Promise<Buffer> {
    const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey }));
    return res.Body ? Buffer.from(await res.Body.transformToByteArray()) : Buffer.alloc(0);
  }

  private objectKey(sha256: string): string {
    return `${this.prefix}objects/${sha256}`;
  }

  private keyRecordKey(key: string): string {
    return `${this.prefix}keys/${key}.json`;
  }

  /** One line naming the setting to fix; never a credential. */
  private startupFailure(e: unknown): string {
    const where = this.config.S3_ENDPOINT ? redactUrl(this.config.S3_ENDPOINT) : `AWS S3 (${this.config.S3_REGION})`;
    const bucket = JSON.stringify(this.bucket);
    const status = statusOf(e);
    if (status === undefined) {
      const err = e as { code?: string; message?: string } | null;
      // The SDK wraps an error from another realm (as under jest) into a plain Error, keeping only its text.
      const reason = err?.code ?? err?.message?.replace(/^AWS SDK error wrapper for (Error: )?/, '') ?? String(e);
      return `cannot reach S3 at ${where} (${reason}): start it or set S3_ENDPOINT`;
    }
    if (status === 404) return `S3 bucket ${bucket} not found at ${where}: create it or set S3_BUCKET`;
    if (status === 401 || status === 403) {
      return `S3 at ${where} refused access to bucket ${bucket} (${status}): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY`;
    }
    if (status === 301) return `S3 bucket ${bucket} is in another region than ${this.config.S3_REGION} (301): set S3_REGION`;
    return `S3 at ${where} answered ${status} for bucket ${bucket}: check S3_ENDPOINT and S3_BUCKET`;
  }
}
