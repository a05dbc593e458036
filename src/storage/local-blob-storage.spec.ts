import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { EnvSchema } from '@app/config/env.schema';
import { describeBlobStorageContract } from '@app/storage/blob-storage.contract';
import { LocalBlobStorage } from '@app/storage/local-blob-storage';
import { createBlobStorage } from '@app/storage/storage.module';

const PDF = Buffer.from('%PDF-1.7\nQuyết định xử phạt vi phạm hành chính\n%%EOF\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('LocalBlobStorage (files under STORAGE_DIR)', () => {
  let dir: string;
  let storage: LocalBlobStorage;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pi-blobs-'));
    storage = await new LocalBlobStorage(dir).init();
  });
  afterEach(async () => {
    await chmod(dir, 0o755);
    await rm(dir, { recursive: true, force: true });
  });

  const objectFile = (sha256: string) => join(dir, 'objects', sha256.slice(0, 2), sha256);

  describeBlobStorageContract({
    storage: () => storage,
    overwriteObject: async (sha256, bytes) => {
      // Stored read-only (0444): the chmod is what someone altering the file would do first.
      await chmod(objectFile(sha256), 0o644);
      await writeFile(objectFile(sha256), bytes);
    },
    deleteObject: (sha256) => rm(objectFile(sha256), { force: true }),
    writeKeyRecord: async (key, text) => {
      const file = join(dir, 'keys', `${key}.json`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
    },
  });

  it('should name the bytes file by its SHA-256 so an operator can check it with sha256sum', async () => {
    await storage.put('evidence/a.pdf', PDF, 'application/pdf');
    expect((await readFile(objectFile(sha(PDF)))).equals(PDF)).toBe(true);
  });

  it('should leave no temp files behind', async () => {
    await storage.put('evidence/a.pdf', PDF, 'application/pdf');
    await storage.put('evidence/a.pdf', PDF, 'application/pdf');
    const names = [...(await readdir(join(dir, 'keys', 'evidence'))), ...(await readdir(join(dir, 'objects', sha(PDF).slice(0, 2))))];
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('should be chosen by STORAGE_DRIVER=local and create its directory at start', async () => {
    const chosen = await createBlobStorage(
      { ...new EnvSchema(), STORAGE_DRIVER: 'local', STORAGE_DIR: join(dir, 'nested', 'store') },
      {} as DataSource,
    );
    expect(chosen).toBeInstanceOf(LocalBlobStorage);
    expect(await readdir(join(dir, 'nested', 'store'))).toEqual(expect.arrayContaining(['keys', 'objects']));
  });

  // Root ignores permissions, so this can only be shown as another user.
  (process.getuid?.() === 0 ? it.skip : it)('should fail at start when the directory cannot be written', async () => {
    await chmod(dir, 0o555);
    await expect(new LocalBlobStorage(join(dir, 'sub')).init()).rejects.toThrow();
  });
});
