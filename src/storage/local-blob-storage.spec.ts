import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { BlobConflictError, BlobCorruptError, BlobNotFoundError, InvalidBlobKeyError } from '@app/storage/blob-storage';
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

  const objectFile = (bytes: Buffer) => join(dir, 'objects', sha(bytes).slice(0, 2), sha(bytes));

  it('should give back the same bytes with their SHA-256, size and type', async () => {
    const stored = await storage.put('decisions/2026/qd-1.pdf', PDF, 'application/pdf');
    expect(stored).toEqual({ key: 'decisions/2026/qd-1.pdf', sha256: sha(PDF), size: PDF.length, contentType: 'application/pdf' });
    const read = await storage.get('decisions/2026/qd-1.pdf');
    expect(read.bytes.equals(PDF)).toBe(true);
    expect(read).toMatchObject(stored);
    expect(await storage.stat('decisions/2026/qd-1.pdf')).toEqual(stored);
    expect(await storage.exists('decisions/2026/qd-1.pdf')).toBe(true);
  });

  it('should name the bytes file by its SHA-256 so an operator can check it with sha256sum', async () => {
    await storage.put('evidence/a.pdf', PDF, 'application/pdf');
    expect((await readFile(objectFile(PDF))).equals(PDF)).toBe(true);
  });

  it('should treat a second put of the same key and bytes as a no-op (a re-run job is safe)', async () => {
    const first = await storage.put('evidence/a.pdf', PDF, 'application/pdf');
    const again = await storage.put('evidence/a.pdf', Buffer.from(PDF), 'application/pdf');
    expect(again).toEqual(first);
  });

  it('should let two concurrent puts of the same key and bytes both succeed', async () => {
    const results = await Promise.all([1, 2, 3].map(() => storage.put('evidence/race.pdf', PDF, 'application/pdf')));
    expect(new Set(results.map((r) => r.sha256)).size).toBe(1);
  });

  it('should refuse to replace a blob with different bytes or a different type, keeping the first', async () => {
    await storage.put('evidence/a.pdf', PDF, 'application/pdf');
    await expect(storage.put('evidence/a.pdf', Buffer.from('other'), 'application/pdf')).rejects.toBeInstanceOf(BlobConflictError);
    await expect(storage.put('evidence/a.pdf', PDF, 'image/png')).rejects.toBeInstanceOf(BlobConflictError);
    expect((await storage.get('evidence/a.pdf')).bytes.equals(PDF)).toBe(true);
  });

  it('should detect bytes changed on disk after storing (tamper evidence)', async () => {
    await storage.put('evidence/a.pdf', PDF, 'application/pdf');
    const file = objectFile(PDF);
    await chmod(file, 0o644);
    const tampered = Buffer.from(PDF);
    tampered[10] ^= 0x01;
    await writeFile(file, tampered);
    await expect(storage.get('evidence/a.pdf')).rejects.toBeInstanceOf(BlobCorruptError);
  });

  it('should report a key whose bytes file has vanished as corrupt, not as absent', async () => {
    await storage.put('evidence/a.pdf', PDF, 'application/pdf');
    await rm(objectFile(PDF), { force: true });
    await expect(storage.get('evidence/a.pdf')).rejects.toBeInstanceOf(BlobCorruptError);
  });

  it('should answer not found for a key never stored', async () => {
    await expect(storage.get('evidence/none.pdf')).rejects.toBeInstanceOf(BlobNotFoundError);
    expect(await storage.exists('evidence/none.pdf')).toBe(false);
    expect(await storage.stat('evidence/none.pdf')).toBeNull();
  });

  it.each(['../escape', 'a/../../etc/passwd', '/abs', 'a//b', '.hidden', 'a/.b', '', 'a\\b', 'x'.repeat(513)])(
    'should refuse the key %j that could leave the storage directory',
    async (key) => {
      await expect(storage.put(key, PDF, 'application/pdf')).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(storage.get(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    },
  );

  it('should refuse a content type that could inject a header', async () => {
    await expect(storage.put('evidence/a.pdf', PDF, 'application/pdf\r\nX-Evil: 1')).rejects.toThrow(/content type/);
  });

  it('should leave no temp files behind', async () => {
    await storage.put('evidence/a.pdf', PDF, 'application/pdf');
    await storage.put('evidence/a.pdf', PDF, 'application/pdf');
    const names = [...(await readdir(join(dir, 'keys', 'evidence'))), ...(await readdir(join(dir, 'objects', sha(PDF).slice(0, 2))))];
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('should be chosen by STORAGE_DRIVER=local and create its directory at start', async () => {
    const chosen = await createBlobStorage({ STORAGE_DRIVER: 'local', STORAGE_DIR: join(dir, 'nested', 'store') }, {} as DataSource);
    expect(chosen).toBeInstanceOf(LocalBlobStorage);
    expect(await readdir(join(dir, 'nested', 'store'))).toEqual(expect.arrayContaining(['keys', 'objects']));
  });

  // Root ignores permissions, so this can only be shown as another user.
  (process.getuid?.() === 0 ? it.skip : it)('should fail at start when the directory cannot be written', async () => {
    await chmod(dir, 0o555);
    await expect(new LocalBlobStorage(join(dir, 'sub')).init()).rejects.toThrow();
  });
});
