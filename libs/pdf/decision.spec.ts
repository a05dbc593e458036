import { createHash } from 'node:crypto';
import { canonicalJson, MARGINS } from './writer';

const A4 = { width: 595.28, height: 841.89 };
import { fileId, pageCount, pdfText, pdfWords, sha256 } from './pdf-inspect';
import { sampleDecision } from './samples';
import { type DecisionAct, type DecisionDocument, DocumentInputError, renderDecisionPdf } from './index';
import { MAX_DOCUMENT_TEXT, validateDecision } from './validate';
import { DocumentTimeLimitError } from './writer';

const NO_PDFTOTEXT = 'pdftotext (poppler-utils) is not installed: skipping the text assertion';

/** Text of the PDF, or undefined after saying loudly why the assertion is skipped. */
function textOf(pdf: Buffer, page?: number): string | undefined {
  const text = pdfText(pdf, page);
  if (text === undefined) console.warn(NO_PDFTOTEXT);
  return text;
}

describe('renderDecisionPdf', () => {
  let sample: Buffer;
  let sampleText: string | undefined;

  beforeAll(async () => {
    sample = await renderDecisionPdf(sampleDecision());
    sampleText = textOf(sample);
  });

  it('renders byte-identical PDFs (same SHA-256) when the same decision is rendered twice', async () => {
    const again = await renderDecisionPdf(sampleDecision());
    expect(sha256(again)).toBe(sha256(sample));
  });

  it('derives the file /ID from the input, so decisions differing in one field get different ids', async () => {
    const expected = createHash('sha256').update(canonicalJson(sampleDecision())).digest('hex').slice(0, 32);
    expect(fileId(sample)).toBe(expected);
    const other = await renderDecisionPdf({ ...sampleDecision(), number: '06/QĐ-XPHC' });
    expect(fileId(other)).not.toBe(expected);
  });

  it('dates the file from the decision date at midnight in Asia/Ho_Chi_Minh, never from the clock', () => {
    const raw = sample.toString('latin1');
    // 2025-10-14 00:00 +07:00 is 2025-10-13 17:00 UTC; both CreationDate and ModDate carry it.
    expect(raw.match(/\(D:20251013170000Z\)/g)).toHaveLength(2);
  });

  it('embeds the four Liberation Serif faces and no standard PDF font', () => {
    const raw = sample.toString('latin1');
    expect(raw.match(/\/FontFile2/g)?.length).toBeGreaterThanOrEqual(3);
    expect(raw).toContain('+LiberationSerif-Bold');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times-Roman)/);
  });

  it('prints the number, subject, each legal basis and the total in figures and words with diacritics', () => {
    if (sampleText === undefined) return;
    const d = sampleDecision();
    expect(sampleText).toContain('Số: 05/QĐ-XPHC');
    expect(sampleText).toContain('Tạp chí Văn hóa và Đời sống Phương Nam');
    for (const act of d.acts) expect(sampleText).toContain(act.legalBasis);
    expect(sampleText).toContain(
      'Tổng số tiền phạt là: 72.500.000 đồng (bằng chữ: bảy mươi hai triệu năm trăm nghìn đồng).',
    );
    // MQĐ02 note (10): each act's fine, then the total in figures and in words.
    expect(sampleText).toContain('a) Hình thức xử phạt chính: Phạt tiền. Cụ thể: - Hành vi thứ nhất: phạt tiền 22.500.000 đồng; - Hành vi thứ hai: phạt tiền 50.000.000 đồng.');
  });

  it('lays out the NĐ 30/2020 header: bodies in capitals, national name, motto, place-and-date line', () => {
    if (sampleText === undefined) return;
    expect(sampleText).toMatch(/^UBND THÀNH PHỐ HỒ CHÍ MINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ VĂN HÓA VÀ THỂ THAO/);
    expect(sampleText).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(sampleText).toContain('Thành phố Hồ Chí Minh, ngày 14 tháng 10 năm 2025');
    expect(sampleText).toContain('QUYẾT ĐỊNH Xử phạt vi phạm hành chính GIÁM ĐỐC SỞ VĂN HÓA VÀ THỂ THAO');
  });

  it('ends each căn cứ line with ";" and the last with "." (NĐ 30/2020 Phụ lục I)', () => {
    if (sampleText === undefined) return;
    expect(sampleText).toContain('(sửa đổi, bổ sung năm 2020 và năm 2025); Căn cứ Nghị định số 119/2020/NĐ-CP');
    expect(sampleText).toContain('về việc giao quyền xử phạt vi phạm hành chính. Tôi: Trần Thị Minh Thư');
  });

  it('signs "KT. GIÁM ĐỐC" above "PHÓ GIÁM ĐỐC" for a deputy (NĐ 30/2020 Đ13; MQĐ02 note 25)', () => {
    if (sampleText === undefined) return;
    expect(sampleText).toMatch(/KT\. GIÁM ĐỐC PHÓ GIÁM ĐỐC .*Trần Thị Minh Thư$/);
  });

  it('ends the body with "./." and lists Nơi nhận with ";" and a final "."', () => {
    if (sampleText === undefined) return;
    expect(sampleText).toContain('3. Gửi cho Phòng Quản lý Báo chí, Xuất bản để tổ chức thực hiện./.');
    expect(sampleText).toContain(
      'Nơi nhận: - Như Điều 3; - Cục Báo chí (Bộ VHTTDL); - Lưu: VT, Hồ sơ.',
    );
  });

  it('states payment within 10 days and 0.05% a day when late (LXLVPHC Đ73 k1, Đ78 k1)', () => {
    if (sampleText === undefined) return;
    expect(sampleText).toContain('trong thời hạn 10 ngày, kể từ ngày nhận được Quyết định này');
    expect(sampleText).toContain('phải nộp thêm 0,05% trên tổng số tiền phạt chưa nộp');
  });

  it('numbers pages from page 2 only, at the top (NĐ 30/2020 Phụ lục I)', () => {
    const first = textOf(sample, 1);
    if (first === undefined) return;
    expect(first.startsWith('UBND')).toBe(true);
    for (let p = 2; p <= pageCount(sample); p++) expect(textOf(sample, p)?.startsWith(`${p} `)).toBe(true);
  });

  it('prints "kể từ ngày ký" when effective on the signing date and the date otherwise (MQĐ02 note 16)', async () => {
    if (sampleText === undefined) return;
    expect(sampleText).toContain('Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.');
    const later = await renderDecisionPdf({ ...sampleDecision(), effectiveDate: '2025-11-03' });
    expect(textOf(later)).toContain('có hiệu lực thi hành kể từ ngày 03 tháng 11 năm 2025.');
  });

  it('fits the two-act magazine decision on two pages, the QR and code under "Nơi nhận" beside the signature', () => {
    expect(pageCount(sample)).toBe(2);
    const words = pdfWords(sample);
    if (words === undefined) return console.warn(NO_PDFTOTEXT);
    const { code } = sampleDecision().verification;
    const codeWord = words.find((w) => w.text === code);
    const recipients = words.find((w) => w.text === 'nhận:');
    const signer = words.filter((w) => w.text === 'Thư').at(-1);
    expect(codeWord?.page).toBe(2);
    expect(codeWord!.yMin).toBeGreaterThan(recipients!.yMax);
    expect(codeWord!.yMax).toBeLessThan(signer!.yMax + 20);
  });

  it('flows a long decision over several pages without entering the bottom margin, the QR on the last page', async () => {
    const base = sampleDecision();
    const acts: DecisionAct[] = Array.from({ length: 9 }, (_, i) => ({
      ...base.acts[i % 2],
      facts: `${base.acts[i % 2].facts ?? ''}. `.repeat(3),
      mainSanction: { kind: 'fine', amountVnd: 1_000_000 * (i + 1) },
    }));
    const long: DecisionDocument = { ...base, acts, totalFineVnd: 45_000_000 };
    const pdf = await renderDecisionPdf(long);
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    const words = pdfWords(pdf);
    if (words === undefined) return console.warn(NO_PDFTOTEXT);
    for (const w of words) expect(w.yMax).toBeLessThanOrEqual(A4.height - MARGINS.bottom + 1);
    expect([...new Set(words.filter((w) => w.text.includes(base.verification.code)).map((w) => w.page))]).toEqual([pages]);
    expect(textOf(pdf)).toContain('Tổng số tiền phạt là: 45.000.000 đồng (bằng chữ: bốn mươi lăm triệu đồng).');
  });

  it('keeps a heading with the first two lines that follow it, gap included', async () => {
    const words = pdfWords(sample);
    if (words === undefined) return console.warn(NO_PDFTOTEXT);
    const heading = words.find((w) => w.text === 'định' && words.some((n) => n.page === w.page && n.text === 'tại:' && Math.abs(n.yMin - w.yMin) < 1));
    const page = heading!.page;
    const below = [...new Set(words.filter((w) => w.page === page && w.yMin > heading!.yMax).map((w) => Math.round(w.yMin)))];
    expect(below.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a total that differs from the sum of the fines', async () => {
    await expect(renderDecisionPdf({ ...sampleDecision(), totalFineVnd: 72_000_000 })).rejects.toThrow(
      /totalFineVnd 72000000 differs from the sum of the acts' fines 72500000/,
    );
  });

  it('refuses fine amounts that are not safe integers of VND', async () => {
    const d = sampleDecision();
    d.acts[0].mainSanction = { kind: 'fine', amountVnd: 22_500_000.5 };
    await expect(renderDecisionPdf(d)).rejects.toBeInstanceOf(DocumentInputError);
    d.acts[0].mainSanction = { kind: 'fine', amountVnd: 2 ** 53 };
    await expect(renderDecisionPdf(d)).rejects.toThrow(/not a positive integer/);
  });

  it('refuses an amend, correct or annul decision without the original decision (MQĐ38–40)', async () => {
    await expect(renderDecisionPdf({ ...sampleDecision(), kind: 'annul' })).rejects.toThrow(
      /originalDecision is required/,
    );
  });

  it('titles an annulment with the MQĐ40 wording and the annulled decision', async () => {
    const pdf = await renderDecisionPdf({
      ...sampleDecision(),
      kind: 'annul',
      number: '09/QĐ-HB',
      originalDecision: { number: '05/QĐ-XPHC', date: '2025-10-14' },
    });
    const text = textOf(pdf);
    if (text === undefined) return;
    expect(text).toContain(
      'QUYẾT ĐỊNH Hủy bỏ quyết định trong xử phạt vi phạm hành chính (Đối với Quyết định số 05/QĐ-XPHC ngày 14 tháng 10 năm 2025)',
    );
  });

  it('names an individual with ông/bà and prints a warning without a total', async () => {
    const d: DecisionDocument = {
      ...sampleDecision(),
      subject: {
        kind: 'individual',
        fullName: 'Nguyễn Thị Lan',
        gender: 'female',
        dateOfBirth: '1990-02-03',
        nationality: 'Việt Nam',
        residence: 'Phường Bến Thành, Thành phố Hồ Chí Minh',
        identityNumber: '079190000123',
      },
      acts: [{ ...sampleDecision().acts[0], mainSanction: { kind: 'warning' } }],
      totalFineVnd: 0,
    };
    const text = textOf(await renderDecisionPdf(d));
    if (text === undefined) return;
    expect(text).toContain('1. Xử phạt vi phạm hành chính đối với bà có tên sau đây:');
    expect(text).toContain('Ngày, tháng, năm sinh: 03/02/1990; Quốc tịch: Việt Nam');
    expect(text).toContain('a) Hình thức xử phạt chính: Cảnh cáo.');
    expect(text).not.toContain('Tổng số tiền phạt');
    expect(text).not.toContain('0,05%');
  });

  it('should refuse text the font cannot print or would print reversed, naming the field and the character', async () => {
    const d = structuredClone(sampleDecision());
    d.acts[1].facts = 'Đăng bài 😀 trên trang chủ';
    d.recipients = [...d.recipients, 'Công ty 中国'];
    d.signer.fullName = 'שלום';
    const refusal = renderDecisionPdf(d);
    await expect(refusal).rejects.toBeInstanceOf(DocumentInputError);
    await expect(refusal).rejects.toThrow('acts[1].facts contains U+1F600 "😀", which the document font cannot print');
    await expect(refusal).rejects.toThrow('recipients[3] contains U+4E2D "中", which the document font cannot print');
    await expect(refusal).rejects.toThrow('signer.fullName contains U+05E9 "ש": right-to-left text cannot be printed on documents');
  });

  it('should refuse a document whose text together exceeds what one document may carry', () => {
    const d = structuredClone(sampleDecision());
    d.acts[0].facts = 'Đăng tải nội dung sai sự thật. '.repeat(MAX_DOCUMENT_TEXT / 30);
    expect(() => validateDecision(d)).toThrow(/the document's text is \d+ characters long; at most 200000 can be printed/);
  });

  it('should render facts of one 20 000-character word in well under a second, wrapped inside the margins', async () => {
    const word = 'Nguyễnvănđệ'.repeat(2000).slice(0, 20_000);
    const d = structuredClone(sampleDecision());
    d.acts[0].facts = word;
    await renderDecisionPdf(sampleDecision()); // the faces are parsed by now
    const start = process.cpuUsage();
    const pdf = await renderDecisionPdf(d);
    const used = process.cpuUsage(start);
    // Before the words were broken in linear time this took 12–42 s (issue 12, finding 12).
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    const text = textOf(pdf);
    if (text === undefined) return;
    // The word comes out whole, once the line breaks and the page numbers between its pages are taken out.
    expect(text.replace(/\s+/g, '').replace(/\d+/g, '').includes(word)).toBe(true);
  });

  it('should keep every word inside the margins when names, places and lists hold words longer than a line', async () => {
    const d = structuredClone(sampleDecision());
    if (d.subject.kind !== 'organisation') throw new Error('the sample sanctions an organisation');
    d.subject.name = 'Tạpchí'.repeat(50);
    d.signer.fullName = 'TrầnThịMinhThư'.repeat(14);
    d.place = 'Thành phố ' + 'HồChíMinh'.repeat(10);
    d.recipients = ['Như Điều 3', 'Ж'.repeat(300)];
    d.acts[1].facts = 'Đường dẫn: https://tintuc-example.vn/' + 'thoi-su/bai-viet-rat-dai-'.repeat(40) + '.html';
    const pdf = await renderDecisionPdf(d);
    const words = pdfWords(pdf);
    if (words === undefined) return console.warn(NO_PDFTOTEXT);
    const outside = words.filter((w) => w.xMin < MARGINS.left - 1 || w.xMax > A4.width - MARGINS.right + 1);
    expect(outside).toEqual([]);
    // Text drawn off the page is not extracted: each long run must come out whole (the recipients' column and the
    // signer's are extracted interleaved, so that one is counted).
    const text = textOf(pdf) ?? '';
    const joined = text.replace(/\s+/g, '').replace(/\d+/g, '');
    for (const long of [d.subject.name, d.signer.fullName, d.place]) expect(joined.includes(long.replace(/\s+/g, ''))).toBe(true);
    expect(text.match(/Ж/g)).toHaveLength(300);
    // The place-and-date line, too long to extend leftwards, wraps in its column instead of overprinting "Số:".
    const number = words.find((w) => w.page === 1 && w.text === d.number);
    const sameRow = words.filter((w) => w.page === 1 && number && w !== number && Math.abs(w.yMin - number.yMin) < 2);
    expect(sameRow.filter((w) => number && w.xMin < number.xMax && w.xMax > number.xMin)).toEqual([]);
  });

  it('should fail with DocumentTimeLimitError, not run on, when rendering exceeds its time limit', async () => {
    await expect(renderDecisionPdf(sampleDecision(), { timeLimitMs: 0 })).rejects.toBeInstanceOf(DocumentTimeLimitError);
  });
});
