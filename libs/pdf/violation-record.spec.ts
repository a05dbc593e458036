import { pageCount, pdfText, pdfWords, sha256 } from './pdf-inspect';
import { sampleViolationRecord } from './samples';
import { DocumentInputError } from './validate';
import { renderViolationRecordPdf } from './violation-record';
import { MARGINS } from './writer';

function textOf(pdf: Buffer): string | undefined {
  const text = pdfText(pdf);
  if (text === undefined) console.warn('pdftotext (poppler-utils) is not installed: skipping the text assertion');
  return text;
}

describe('renderViolationRecordPdf', () => {
  let sample: Buffer;
  let sampleText: string | undefined;

  beforeAll(async () => {
    sample = await renderViolationRecordPdf(sampleViolationRecord());
    sampleText = textOf(sample);
  });

  it('renders byte-identical PDFs (same SHA-256) when the same record is rendered twice', async () => {
    expect(sha256(await renderViolationRecordPdf(sampleViolationRecord()))).toBe(sha256(sample));
  });

  it('prints the MBB01 title, field, number, time and place of drawing up', () => {
    if (sampleText === undefined) return;
    expect(sampleText).toContain('Số: 12/BB-VPHC');
    expect(sampleText).toContain('BIÊN BẢN VI PHẠM HÀNH CHÍNH Về lĩnh vực báo chí');
    expect(sampleText).toContain('Hôm nay, hồi 09 giờ 00 phút, ngày 25 tháng 9 năm 2025, tại trụ sở Sở Văn hóa');
  });

  it('lists the subject, each act with its legal basis, and the order to stop', () => {
    if (sampleText === undefined) return;
    const r = sampleViolationRecord();
    expect(sampleText).toContain('1. Tên tổ chức: Tạp chí Văn hóa và Đời sống Phương Nam');
    for (const act of r.acts) expect(sampleText).toContain(act.legalBasis);
    expect(sampleText).toContain('8. Chúng tôi đã yêu cầu tổ chức vi phạm chấm dứt ngay hành vi vi phạm.');
  });

  it('gives 05 working days for a written explanation to the named authority (LXLVPHC Đ61 k2)', () => {
    if (sampleText === undefined) return;
    expect(sampleText).toContain(
      '10. Quyền và thời hạn giải trình: Trong thời hạn 05 ngày làm việc kể từ ngày lập biên bản này (đến hết ngày 02 tháng 10 năm 2025)',
    );
    // The paragraph may cross a page break, which puts the next page's number into the extracted text.
    expect(sampleText).toMatch(/văn bản giải trình đến Giám đốc Sở (\d+ )?Văn hóa và Thể thao Thành phố Hồ Chí Minh/);
  });

  it('gives 02 working days to ask for a hearing (LXLVPHC Đ61 k2)', async () => {
    const r = sampleViolationRecord();
    r.rightToExplain = { mode: 'hearing', authority: 'Giám đốc Sở Văn hóa và Thể thao' };
    const text = textOf(await renderViolationRecordPdf(r));
    if (text === undefined) return;
    expect(text).toContain('Trong thời hạn 02 ngày làm việc kể từ ngày lập biên bản này, ông Lê Văn Hùng');
    expect(text).toContain('văn bản yêu cầu được giải trình trực tiếp');
  });

  it('omits item 10 when the case gives no right to explain and renumbers the summons (LXLVPHC Đ61 k1)', async () => {
    const r = sampleViolationRecord();
    delete r.rightToExplain;
    const text = textOf(await renderViolationRecordPdf(r));
    if (text === undefined) return;
    expect(text).not.toContain('Quyền và thời hạn giải trình');
    expect(text).toContain('10. Yêu cầu ông Lê Văn Hùng là người đại diện của tổ chức vi phạm có mặt');
  });

  it('counts the sheets in the closing line from the rendered pages when none is given', () => {
    if (sampleText === undefined) return;
    const sheets = String(pageCount(sample)).padStart(2, '0');
    expect(sampleText).toContain(`gồm ${sheets} tờ, được lập thành 02 bản có nội dung và giá trị như nhau`);
  });

  it('shows signature blocks for the violator and the drafter, and for a witness when there is one', async () => {
    if (sampleText === undefined) return;
    expect(sampleText).toContain('NGƯỜI ĐẠI DIỆN CỦA TỔ CHỨC VI PHẠM (Ký, ghi rõ họ và tên)');
    expect(sampleText).toContain('NGƯỜI LẬP BIÊN BẢN (Ký, ghi rõ chức vụ, họ và tên)');
    const r = sampleViolationRecord();
    r.witnesses = [
      { kind: 'localAuthority', fullName: 'Đỗ Minh Khang', title: 'Phó Chủ tịch', agency: 'UBND Phường Sài Gòn' },
    ];
    const text = textOf(await renderViolationRecordPdf(r));
    expect(text).toContain('ĐẠI DIỆN CHÍNH QUYỀN');
    expect(text).toContain('Họ và tên: Đỗ Minh Khang; Chức vụ: Phó Chủ tịch Cơ quan: UBND Phường Sài Gòn');
  });

  it('refuses fewer than two copies (LXLVPHC Đ58)', async () => {
    const r = sampleViolationRecord();
    r.closing.copies = 1;
    await expect(renderViolationRecordPdf(r)).rejects.toBeInstanceOf(DocumentInputError);
  });

  it('refuses an impossible time of day', async () => {
    await expect(renderViolationRecordPdf({ ...sampleViolationRecord(), time: '24:10' })).rejects.toThrow(/time HH:mm/);
  });

  it('should refuse a statement with a character the font cannot print, naming the field and the character', async () => {
    const r = sampleViolationRecord();
    r.subjectStatement = 'Tôi đồng ý 👍';
    await expect(renderViolationRecordPdf(r)).rejects.toThrow('subjectStatement contains U+1F44D "👍", which the document font cannot print');
  });

  it('should wrap a statement of one 20 000-character word inside the margins, quickly', async () => {
    const r = sampleViolationRecord();
    r.subjectStatement = 'x'.repeat(20_000);
    const start = process.cpuUsage();
    const pdf = await renderViolationRecordPdf(r);
    const used = process.cpuUsage(start);
    // The record is rendered twice here (the sheet count settles on the second pass).
    expect((used.user + used.system) / 1000).toBeLessThan(2000);
    const words = pdfWords(pdf);
    if (words === undefined) return;
    expect(words.filter((w) => w.xMin < MARGINS.left - 1 || w.xMax > 595.28 - MARGINS.right + 1)).toEqual([]);
  });
});
