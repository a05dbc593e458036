import { sniffEvidenceType } from './sniff';

const bytes = (...parts: (number[] | string)[]): Buffer => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('evidence type sniffing', () => {
  it.each([
    ['a PNG screenshot', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13]), 'image/png'],
    ['a JPEG photo', bytes([0xff, 0xd8, 0xff, 0xe0], [0, 16]), 'image/jpeg'],
    ['a WebP image', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'image/webp'],
    ['a PDF', bytes('%PDF-1.7\n%\u00e2\u00e3'), 'application/pdf'],
    ['a saved HTML page', bytes('\ufeff  <!DOCTYPE html>\n<html lang="vi"><head><title>Tin tức</title>'), 'text/html; charset=utf-8'],
    ['an HTML page opening with a comment', bytes('<!-- saved from url=(0022)https://example.vn/ -->\n<html>'), 'text/html; charset=utf-8'],
    ['an MHTML single-file page', bytes('From: <Saved by Blink>\r\nSnapshot-Content-Location: https://x.vn/\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary"\r\n\r\n------MultipartBoundary'), 'multipart/related'],
    ['plain Vietnamese text', bytes('Biên bản ghi nhận nội dung trang tin ngày 29/4/2026\n'), 'text/plain; charset=utf-8'],
  ])('recognises %s by its first bytes', (_label, content, type) => {
    expect(sniffEvidenceType(content)?.contentType).toBe(type);
  });

  it.each([
    ['a Windows executable renamed .png', bytes('MZ', [0x90, 0, 3, 0, 0, 0])],
    ['a ZIP archive', bytes('PK', [3, 4, 20, 0])],
    ['text with a NUL byte', bytes('hello', [0], 'world')],
    ['invalid UTF-8', bytes('xin ch', [0xe0, 0x80])],
    ['an empty file', Buffer.alloc(0)],
  ])('refuses %s', (_label, content) => {
    expect(sniffEvidenceType(content)).toBeNull();
  });
});
