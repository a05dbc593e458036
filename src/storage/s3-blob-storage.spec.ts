// The SDK warns once per process that it will drop Node 20; the warning is noise in test output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateBucketCommand, DeleteObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { DataSource } from 'typeorm';
import { EnvSchema } from '@app/config/env.schema';
import { UnreachableError } from '@app/database/preflight';
import { BlobConflictError } from '@app/storage/blob-storage';
import { describeBlobStorageContract } from '@app/storage/blob-storage.contract';
import { S3BlobStorage, S3Config } from '@app/storage/s3-blob-storage';
import { createBlobStorage } from '@app/storage/storage.module';

const PDF = Buffer.from('%PDF-1.7\nQuyết định xử phạt vi phạm hành chính\n%%EOF\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const PREFIX = 'press-inspect/';

/** A port nothing listens on: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('S3BlobStorage (a real S3 protocol peer: s3rver)', () => {
  let dir: string;
  let server: S3rver;
  let endpoint: string;
  let bucketNo = 0;
  let config: S3Config;
  let client: S3Client;
  let storage: S3BlobStorage;

  const clientFor = (c: S3Config) =>
    new S3Client({
      endpoint: c.S3_ENDPOINT,
      region: c.S3_REGION,
      forcePathStyle: true,
      credentials: { accessKeyId: c.S3_ACCESS_KEY_ID, secretAccessKey: c.S3_SECRET_ACCESS_KEY },
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pi-s3-'));
    server = new S3rver({ port: 0, address: '127.0.0.1', silent: true, directory: dir });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    config = {
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: `blobs-${++bucketNo}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_PREFIX: PREFIX,
      S3_FORCE_PATH_STYLE: true,
    };
    client = clientFor(config);
    await client.send(new CreateBucketCommand({ Bucket: config.S3_BUCKET }));
    storage = await new S3BlobStorage(config).init();
  });
  afterEach(() => client.destroy());

  const putRaw = (key: string, body: Buffer | string) => client.send(new PutObjectCommand({ Bucket: config.S3_BUCKET, Key: key, Body: body }));

  describeBlobStorageContract({
    storage: () => storage,
    overwriteObject: (sha256, bytes) => putRaw(`${PREFIX}objects/${sha256}`, bytes),
    deleteObject: (sha256) => client.send(new DeleteObjectCommand({ Bucket: config.S3_BUCKET, Key: `${PREFIX}objects/${sha256}` })),
    writeKeyRecord: (key, text) => putRaw(`${PREFIX}keys/${key}.json`, text),
  });

  // s3rver ignores If-None-Match (a conditional put overwrites), so the lost race is staged: the
  // client's send lets a rival store the key, then answers our commit as S3 would, once.
  describe('a put that loses the race for its key', () => {
    const conditionFailed = (name: string, status: number) =>
      new S3ServiceException({ name, $fault: 'client', $metadata: { httpStatusCode: status }, message: 'conditional write refused' });

    function racing(failure: S3ServiceException, rival?: () => Promise<unknown>): S3BlobStorage {
      const racingClient = clientFor(config);
      const send = racingClient.send.bind(racingClient) as (command: unknown) => Promise<unknown>;
      let raced = false;
      jest.spyOn(racingClient, 'send').mockImplementation((async (command: unknown) => {
        if (!raced && command instanceof PutObjectCommand && command.input.IfNoneMatch === '*') {
          raced = true;
          await rival?.();
          throw failure;
        }
        return send(command);
      }) as never);
      return new S3BlobStorage(config, racingClient);
    }

    it('should answer the winner when it stored the same bytes (412)', async () => {
      const loser = racing(conditionFailed('PreconditionFailed', 412), () => storage.put('evidence/a.pdf', PDF, 'application/pdf'));
      expect(await loser.put('evidence/a.pdf', PDF, 'application/pdf')).toEqual(await storage.stat('evidence/a.pdf'));
    });

    it('should refuse and keep the winner when it stored other bytes (412)', async () => {
      const loser = racing(conditionFailed('PreconditionFailed', 412), () => storage.put('evidence/a.pdf', Buffer.from('first'), 'text/plain'));
      await expect(loser.put('evidence/a.pdf', PDF, 'application/pdf')).rejects.toBeInstanceOf(BlobConflictError);
      expect((await storage.get('evidence/a.pdf')).bytes.toString()).toBe('first');
    });

    it('should retry its commit after a 409 conflict that left no record', async () => {
      const loser = racing(conditionFailed('ConditionalRequestConflict', 409));
      expect(await loser.put('evidence/a.pdf', PDF, 'application/pdf')).toMatchObject({ sha256: sha(PDF) });
      expect((await storage.get('evidence/a.pdf')).bytes.equals(PDF)).toBe(true);
    });
  });

  describe('start-up check (HeadBucket)', () => {
    const SECRET = 'do-not-print-this-secret';

    it('should name S3_BUCKET when the bucket does not exist', async () => {
      const init = new S3BlobStorage({ ...config, S3_BUCKET: 'no-such-bucket', S3_SECRET_ACCESS_KEY: SECRET }).init();
      await expect(init).rejects.toBeInstanceOf(UnreachableError);
      await expect(init).rejects.toThrow(/not found.*S3_BUCKET/);
      await expect(init).rejects.not.toThrow(SECRET);
    });

    it('should name S3_ENDPOINT when nothing listens there', async () => {
      const init = new S3BlobStorage({ ...config, S3_ENDPOINT: `http://127.0.0.1:${await closedPort()}`, S3_SECRET_ACCESS_KEY: SECRET }).init();
      await expect(init).rejects.toThrow(/cannot reach S3 .*ECONNREFUSED.*S3_ENDPOINT/);
      await expect(init).rejects.not.toThrow(SECRET);
    });

    it('should name the credential settings when the access key is refused', async () => {
      const init = new S3BlobStorage({ ...config, S3_ACCESS_KEY_ID: 'UNKNOWN', S3_SECRET_ACCESS_KEY: SECRET }).init();
      await expect(init).rejects.toThrow(/403.*S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/);
      await expect(init).rejects.not.toThrow(SECRET);
    });
  });

  it('should be chosen by STORAGE_DRIVER=s3 and check its bucket at start', async () => {
    const chosen = await createBlobStorage({ ...new EnvSchema(), ...config, STORAGE_DRIVER: 's3' }, {} as DataSource);
    expect(chosen).toBeInstanceOf(S3BlobStorage);
    await chosen.put('evidence/a.pdf', PDF, 'application/pdf');
    expect((await storage.get('evidence/a.pdf')).bytes.equals(PDF)).toBe(true);
    await expect(createBlobStorage({ ...new EnvSchema(), ...config, STORAGE_DRIVER: 's3', S3_BUCKET: 'missing' }, {} as DataSource)).rejects.toThrow(
      /S3_BUCKET/,
    );
  });
});
