// Not a *.spec.ts, so Jest runs it only through the driver specs that call it; tsconfig.build.json leaves
// *.contract.ts out of the build like the specs.
import { createHash } from 'node:crypto';
import { BlobConflictError, BlobCorruptError, BlobNotFoundError, BlobStorage, InvalidBlobKeyError } from '@app/storage/blob-storage';

const PDF = Buffer.from('%PDF-1.7\nQuyết định xử phạt vi phạm hành chính\n%%EOF\n');
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** How the shared cases reach a driver and, behind its back, what it has stored. */
export interface BlobStorageUnderTest {
  /** The driver under test: empty, set up afresh by the spec's `beforeEach`. */
  storage(): BlobStorage;
  /** Replaces the stored bytes of the object with this SHA-256, as damage or tampering would. */
  overwriteObject(sha256: string, bytes: Buffer): Promise<unknown>;
  /** Removes the stored bytes of the object with this SHA-256, leaving its key record. */
  deleteObject(sha256: string): Promise<unknown>;
  /** Stores `text` as the key record of `key`, however malformed. */
  writeKeyRecord(key: string, text: string): Promise<unknown>;
}

/** Registers the behaviour every `BlobStorage` driver owes its callers (BlobStorage's doc comments). */
export function describeBlobStorageContract(driver: BlobStorageUnderTest): void {
  describe('the BlobStorage contract', () => {
    const storage = () => driver.storage();

    it('should give back the same bytes with their SHA-256, size and type', async () => {
      const stored = await storage().put('decisions/2026/qd-1.pdf', PDF, 'application/pdf');
      expect(stored).toEqual({ key: 'decisions/2026/qd-1.pdf', sha256: sha(PDF), size: PDF.length, contentType: 'application/pdf' });
      const read = await storage().get('decisions/2026/qd-1.pdf');
      expect(read.bytes.equals(PDF)).toBe(true);
      expect(read).toMatchObject(stored);
      expect(await storage().stat('decisions/2026/qd-1.pdf')).toEqual(stored);
      expect(await storage().exists('decisions/2026/qd-1.pdf')).toBe(true);
    });

    it('should treat a second put of the same key and bytes as a no-op (a re-run job is safe)', async () => {
      const first = await storage().put('evidence/a.pdf', PDF, 'application/pdf');
      const again = await storage().put('evidence/a.pdf', Buffer.from(PDF), 'application/pdf');
      expect(again).toEqual(first);
    });

    it('should let two concurrent puts of the same key and bytes both succeed', async () => {
      const results = await Promise.all([1, 2, 3].map(() => storage().put('evidence/race.pdf', PDF, 'application/pdf')));
      expect(new Set(results.map((r) => r.sha256)).size).toBe(1);
    });

    it('should refuse to replace a blob with different bytes or a different type, keeping the first', async () => {
      await storage().put('evidence/a.pdf', PDF, 'application/pdf');
      await expect(storage().put('evidence/a.pdf', Buffer.from('other'), 'application/pdf')).rejects.toBeInstanceOf(BlobConflictError);
      await expect(storage().put('evidence/a.pdf', PDF, 'image/png')).rejects.toBeInstanceOf(BlobConflictError);
      expect((await storage().get('evidence/a.pdf')).bytes.equals(PDF)).toBe(true);
    });

    it('should detect stored bytes changed behind its back after storing (tamper evidence)', async () => {
      await storage().put('evidence/a.pdf', PDF, 'application/pdf');
      const tampered = Buffer.from(PDF);
      tampered[10] ^= 0x01;
      await driver.overwriteObject(sha(PDF), tampered);
      await expect(storage().get('evidence/a.pdf')).rejects.toBeInstanceOf(BlobCorruptError);
    });

    it('should report a key whose stored bytes have vanished as corrupt, not as absent', async () => {
      await storage().put('evidence/a.pdf', PDF, 'application/pdf');
      await driver.deleteObject(sha(PDF));
      const read = storage().get('evidence/a.pdf');
      await expect(read).rejects.toBeInstanceOf(BlobCorruptError);
      await expect(read).rejects.toMatchObject({ actualSha256: 'missing' });
    });

    it.each(['not json', JSON.stringify({ key: 'evidence/a.pdf', sha256: 'nope', size: 1, contentType: 'application/pdf' })])(
      'should treat a malformed key record %j as corruption',
      async (record) => {
        await driver.writeKeyRecord('evidence/a.pdf', record);
        await expect(storage().stat('evidence/a.pdf')).rejects.toBeInstanceOf(BlobCorruptError);
        await expect(storage().get('evidence/a.pdf')).rejects.toBeInstanceOf(BlobCorruptError);
      },
    );

    it('should answer not found for a key never stored', async () => {
      await expect(storage().get('evidence/none.pdf')).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await storage().exists('evidence/none.pdf')).toBe(false);
      expect(await storage().stat('evidence/none.pdf')).toBeNull();
    });

    it.each(['../escape', 'a/../../etc/passwd', '/abs', 'a//b', '.hidden', 'a/.b', '', 'a\\b', 'x'.repeat(513)])(
      'should refuse the key %j, which could leave the storage directory or bucket prefix',
      async (key) => {
        await expect(storage().put(key, PDF, 'application/pdf')).rejects.toBeInstanceOf(InvalidBlobKeyError);
        await expect(storage().get(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
      },
    );

    it('should refuse a content type that could inject a header', async () => {
      await expect(storage().put('evidence/a.pdf', PDF, 'application/pdf\r\nX-Evil: 1')).rejects.toThrow(/content type/);
    });
  });
}
