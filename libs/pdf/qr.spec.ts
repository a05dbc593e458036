import * as QRCode from 'qrcode';
import { drawQr } from './qr';

describe('drawQr', () => {
  it('draws the QR matrix of the text as rectangles, one per horizontal run of dark modules', () => {
    const rects: Array<[number, number, number, number]> = [];
    const doc = {
      save: () => doc,
      restore: () => doc,
      fillColor: () => doc,
      fill: () => doc,
      rect: (x: number, y: number, w: number, h: number) => (rects.push([x, y, w, h]), doc),
    };
    const text = 'https://tracuu.press-inspect.example/v/QD-2025-7F3K-9XQ2';
    drawQr(doc as unknown as PDFKit.PDFDocument, text, 0, 0, 100);
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const cell = 100 / modules.size;
    const drawn = new Set<string>();
    for (const [x, y, w] of rects) {
      for (let c = Math.round(x / cell); c < Math.round((x + w) / cell); c++) drawn.add(`${Math.round(y / cell)},${c}`);
    }
    for (let r = 0; r < modules.size; r++) {
      for (let c = 0; c < modules.size; c++) expect(drawn.has(`${r},${c}`)).toBe(modules.get(r, c) === 1);
    }
  });
});
