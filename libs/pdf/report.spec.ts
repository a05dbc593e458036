import { niceStep, chartLabel } from './report-chart';
import { pageCount, pdfText, sha256 } from './pdf-inspect';
import { renderAnnualReportPdf, validateAnnualReport } from './report';
import { sampleAnnualReport } from './report-samples';
import { DocumentInputError } from './validate';

describe('renderAnnualReportPdf', () => {
  let pdf: Buffer;
  let text: string | undefined;

  beforeAll(async () => {
    pdf = await renderAnnualReportPdf(sampleAnnualReport());
    text = pdfText(pdf);
    if (text === undefined) console.warn('pdftotext (poppler-utils) is not installed: skipping the text assertions');
  });

  it('renders the same bytes for the same input', async () => {
    expect(sha256(await renderAnnualReportPdf(sampleAnnualReport()))).toBe(sha256(pdf));
  });

  it('prints the title, the figures with Vietnamese grouping and every table title with its diacritics', () => {
    if (text === undefined) return;
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Số liệu thanh tra, kiểm tra và xử phạt vi phạm hành chính trong lĩnh vực báo chí, thông tin điện tử năm 2026');
    expect(text).toContain('Thử Nghiệm, ngày 23 tháng 11 năm 2026');
    expect(text).toContain('Tổng số tiền phạt theo quyết định Đồng 222.500.000 165.000.000');
    for (const table of sampleAnnualReport().tables) expect(text).toContain(table.title.slice(0, 40));
    expect(text).toContain('Số tiền phạt theo loại đối tượng');
    expect(text).not.toContain('ngày ngày');
  });

  it('fits the sample on a few pages, numbered from page 2', () => {
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
    expect(pageCount(pdf)).toBeLessThanOrEqual(5);
    if (text === undefined) return;
    expect(pdfText(pdf, 2)?.startsWith('2 ')).toBe(true);
  });

  it('refuses a table row that does not match its columns', () => {
    const bad = sampleAnnualReport();
    bad.tables[0].rows[0] = ['only one cell'];
    expect(() => validateAnnualReport(bad)).toThrow(DocumentInputError);
  });
});

describe('chart scale', () => {
  it('picks round steps of 1, 2 or 5 × 10ⁿ', () => {
    expect(niceStep(122.5)).toBe(50);
    expect(niceStep(9)).toBe(2);
    expect(niceStep(0)).toBe(1);
  });

  it('labels values the Vietnamese way', () => {
    expect(chartLabel(1250)).toBe('1.250');
    expect(chartLabel(12.5)).toBe('12,5');
  });
});

describe('renderAnnualReportPdf: an official report (issue 15)', () => {
  it('prints no bare "Số: /" before the report is registered, and its number once it is', async () => {
    const draft = pdfText(await renderAnnualReportPdf(sampleAnnualReport()), 1);
    const numbered = pdfText(await renderAnnualReportPdf({ ...sampleAnnualReport(), number: '05/BC-SVHTT' }), 1);
    if (draft === undefined || numbered === undefined) return;
    expect(draft).not.toMatch(/Số:/);
    expect(numbered).toContain('Số: 05/BC-SVHTT');
  });

  it('closes with Nơi nhận and the signature block (NĐ 30/2020 Đ13, Phụ lục I), a deputy signing "KT."', async () => {
    const signed = { ...sampleAnnualReport(), signer: { title: 'Phó Giám đốc', headTitle: 'Giám đốc', fullName: 'Trần Thị Minh Thư' } };
    const text = pdfText(await renderAnnualReportPdf(signed));
    if (text === undefined) return;
    expect(text).toMatch(/tương ứng\.\/\./);
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Bộ Văn hóa, Thể thao và Du lịch (Cục Báo chí);');
    expect(text).toContain('- Lưu: VT, Thanh tra Sở.');
    expect(text).toMatch(/KT\. GIÁM ĐỐC[\s\S]*PHÓ GIÁM ĐỐC[\s\S]*Trần Thị Minh Thư/);
  });

  it('refuses a report with no one to sign it or no recipient', () => {
    expect(() => validateAnnualReport({ ...sampleAnnualReport(), signer: { title: ' ' } })).toThrow(/signer\.title/);
    expect(() => validateAnnualReport({ ...sampleAnnualReport(), recipients: [] })).toThrow(/recipients/);
  });
});
