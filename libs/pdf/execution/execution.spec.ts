import { hasPdftotext, pdfText, sha256 } from '../pdf-inspect';
import { DocumentInputError } from '../validate';
import { renderEnforcementPdf, renderInstalmentPdf, renderPostponementPdf } from './index';
import { sampleEnforcement, sampleInstalments, samplePostponement } from './samples';

/** Whitespace as pdftotext breaks lines does not matter; the words and their order do. */
const flat = (pdf: Buffer): string => (pdfText(pdf) ?? '').replace(/\s+/g, ' ');

describe('execution decisions as PDF (NĐ 118/2021 forms MQĐ03, MQĐ05, MQĐ08)', () => {
  it('should print the postponement decision of form MQĐ03 with its period, same bytes twice', async () => {
    const pdf = await renderPostponementPdf(samplePostponement());
    expect(sha256(await renderPostponementPdf(samplePostponement()))).toBe(sha256(pdf));
    if (!hasPdftotext) return;
    const text = flat(pdf);
    expect(text).toContain('Số: 01/QĐ-HQĐPT');
    expect(text).toContain('QUYẾT ĐỊNH Hoãn thi hành quyết định phạt tiền');
    expect(text).toContain('Căn cứ Điều 76 Luật Xử lý vi phạm hành chính (sửa đổi, bổ sung năm 2020);');
    expect(text).toContain('2. Thời gian hoãn thi hành quyết định phạt tiền từ ngày 24/10/2025 đến ngày 23/01/2026.');
    expect(text).toContain('KT. GIÁM ĐỐC');
  });

  it('should print the instalment decision of form MQĐ05 with each instalment in figures and words', async () => {
    const text = flat(await renderInstalmentPdf(sampleInstalments()));
    if (!hasPdftotext) return;
    expect(text).toContain('Số: 01/QĐ-NPNL');
    expect(text).toContain('QUYẾT ĐỊNH Nộp tiền phạt nhiều lần');
    expect(text).toMatch(/2\. Thời hạn nộp tiền phạt nhiều lần là: 06 tháng, kể từ ngày Quyết định số: 05\/QĐ-?XPHC có hiệu lực\./);
    expect(text).toContain('a) Số tiền nộp phạt lần thứ nhất là: 100.000.000 đồng (bằng chữ: một trăm triệu đồng); hạn nộp: đến hết ngày 14/11/2025;');
    expect(text).toContain('c) Số tiền nộp phạt lần thứ ba là: 75.000.000 đồng (bằng chữ: bảy mươi lăm triệu đồng); hạn nộp: đến hết ngày 14/04/2026.');
  });

  it('should print the enforcement decision of form MQĐ08 (deduction from an account)', async () => {
    const text = flat(await renderEnforcementPdf(sampleEnforcement()));
    if (!hasPdftotext) return;
    expect(text).toContain('Số: 02/QĐ-CCXP');
    expect(text).toContain('Cưỡng chế khấu trừ tiền từ tài khoản');
    expect(text).toContain('4. Số tiền bị khấu trừ: 76.025.000 đồng (bằng chữ: bảy mươi sáu triệu không trăm hai mươi lăm nghìn đồng).');
    expect(text).toContain('Lý do khấu trừ: Không tự nguyện chấp hành Quyết định số: 05/QĐ-XPHC ngày 14/10/2025 xử phạt vi phạm hành chính.');
  });

  it('should refuse an input it cannot print, naming each problem', async () => {
    await expect(renderEnforcementPdf({ ...sampleEnforcement(), accountNumber: '', amountVnd: 0 })).rejects.toThrow(DocumentInputError);
    await expect(renderInstalmentPdf({ ...sampleInstalments(), instalments: [] })).rejects.toThrow(/instalments must list 2 or 3 payments/);
  });
});
