import { documentFont, FONT_STYLES, parsedFonts } from './assets';
import { sha256 } from './pdf-inspect';
import { sampleDecision, sampleViolationRecord } from './samples';
import { type DecisionDocument, renderDecisionPdf, renderViolationRecordPdf } from './index';

interface GlyphRun {
  glyphs: { id: number; codePoints: number[] }[];
}

/** A decision that uses other glyphs than the sample (capitals, digits, punctuation, Greek and Cyrillic). */
function otherDecision(): DecisionDocument {
  const d = structuredClone(sampleDecision());
  d.acts[0].facts = 'ΑΒΓ αβγ АБВ абв «QUÝ» №5 — 1/2 ½ ‰ § © ™ € “quoted” ‘single’ … ƯỞNG ỸỶỴ';
  d.number = '77/QĐ-XPHC';
  return d;
}

describe('fonts parsed once per process', () => {
  it('should decode each of the four faces once and hand every document a view of the same parsed face', () => {
    const first = parsedFonts();
    expect(parsedFonts()).toBe(first);
    for (const style of FONT_STYLES) {
      const a = documentFont(style);
      const b = documentFont(style);
      expect(a).not.toBe(b);
      expect(Object.getPrototypeOf(a)).toBe(first[style]);
      expect(a.postscriptName).toBe(first[style].postscriptName);
    }
  });

  it('should keep the code points of a glyph per document, so an earlier document cannot change a later one', () => {
    // Every character the font lacks maps to glyph 0 (.notdef); fontkit caches the glyph with the code points of
    // the text that produced it first, and pdfkit writes those into the ToUnicode map. A shared cache would make
    // the second document say that its glyph 0 stands for the first document's character.
    const earlier = documentFont('regular').layout('\u{1F600}') as GlyphRun;
    const later = documentFont('regular').layout('中') as GlyphRun;
    expect(earlier.glyphs[0]).toMatchObject({ id: 0, codePoints: [0x1f600] });
    expect(later.glyphs[0]).toMatchObject({ id: 0, codePoints: [0x4e2d] });
  });

  it('should render the same bytes as fonts registered from Buffers, document after document', async () => {
    const inputs = [sampleDecision(), otherDecision(), sampleDecision()];
    const parsed = [];
    for (const d of inputs) parsed.push(sha256(await renderDecisionPdf(d)));
    const buffers = [];
    for (const d of inputs) buffers.push(sha256(await renderDecisionPdf(d, { fonts: 'buffers' })));
    expect(parsed).toEqual(buffers);
    expect(parsed[0]).toBe(parsed[2]);
    expect(parsed[1]).not.toBe(parsed[0]);
    const record = sampleViolationRecord();
    expect(sha256(await renderViolationRecordPdf(record))).toBe(sha256(await renderViolationRecordPdf(record, { fonts: 'buffers' })));
  });

  it('should render the same bytes as fonts registered from Buffers when documents render at the same time', async () => {
    const inputs = [otherDecision(), sampleDecision(), otherDecision(), sampleDecision()];
    const together = await Promise.all([
      ...inputs.map((d) => renderDecisionPdf(d)),
      renderViolationRecordPdf(sampleViolationRecord()),
    ]);
    const alone = [];
    for (const d of inputs) alone.push(sha256(await renderDecisionPdf(d, { fonts: 'buffers' })));
    alone.push(sha256(await renderViolationRecordPdf(sampleViolationRecord(), { fonts: 'buffers' })));
    expect(together.map(sha256)).toEqual(alone);
  });
});
