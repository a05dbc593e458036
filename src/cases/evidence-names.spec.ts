import { evidenceDownloadName, MAX_DOWNLOAD_NAME } from '@app/cases/evidence-names';

/** Issue 12 (low): download names take their extension from the recognised type and show what they are. */
describe('evidence download names', () => {
  it.each([
    ['hoa-don.hta', 'text/html; charset=utf-8', 'hoa-don.html'],
    ['ghi-chu.bat', 'text/plain; charset=utf-8', 'ghi-chu.txt'],
    ['chay.cmd', 'text/plain; charset=utf-8', 'chay.txt'],
    ['bao-cao.pdf.exe', 'application/pdf', 'bao-cao.pdf.pdf'],
    ['anh-chup.PNG', 'image/png', 'anh-chup.png'],
    ['trang-luu', 'multipart/related', 'trang-luu.mhtml'],
    ['ảnh chụp.jpeg', 'image/jpeg', 'ảnh chụp.jpg'],
  ])('should offer %j (%s) as %j', (stored, type, expected) => {
    expect(evidenceDownloadName(stored, type)).toBe(expected);
  });

  it('should drop bidi overrides, isolates, zero-width and control characters', () => {
    // Shown as "hoa-donexe.pdf" by a client that honours the override.
    expect(evidenceDownloadName('hoa-don\u202Efdp.exe', 'text/plain')).toBe('hoa-donfdp.txt');
    expect(evidenceDownloadName('a\u2066b\u2069c\u200Bd\u0007e\u0085f.txt', 'text/plain')).toBe('abcdef.txt');
  });

  it('should cut a long name at the stem and keep the extension', () => {
    const name = evidenceDownloadName(`${'Biên bản '.repeat(40)}.pdf`, 'application/pdf');
    expect(Array.from(name)).toHaveLength(MAX_DOWNLOAD_NAME);
    expect(name.endsWith('.pdf')).toBe(true);
    // A character outside the BMP is never split in two.
    const emoji = evidenceDownloadName(`${'😀'.repeat(200)}.png`, 'image/png');
    expect(emoji).toBe(`${'😀'.repeat(MAX_DOWNLOAD_NAME - 4)}.png`);
  });

  it('should never offer an empty name, a path or a Windows device name', () => {
    expect(evidenceDownloadName('\u202E', 'image/png')).toBe('evidence.png');
    expect(evidenceDownloadName('..\\..\\Windows\\con.txt', 'text/plain')).toBe('_con.txt');
    expect(evidenceDownloadName('a:b*c?.txt', 'text/plain')).toBe('a_b_c_.txt');
  });
});
