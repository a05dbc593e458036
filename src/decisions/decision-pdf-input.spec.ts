import type { Violation } from '@app/cases/entities/violation.entity';
import type { DecisionContent } from '@app/decisions/decision-content';
import { actDescription, actLine, decisionDocument, totalOf, type DecisionDocumentInput } from '@app/decisions/decision-pdf-input';
import { DecisionKind } from '@app/decisions/decisions.enums';
import { toSanctionSubject } from '@app/cases/subject-identity';
import { computeWorksheet, loadShippedCatalogue } from '@libs/legal';
import { renderDecisionPdf } from '@libs/pdf';
import { hasPdftotext, pageCount, pdfText, sha256 } from '@libs/pdf/pdf-inspect';
import { validateDecision } from '@libs/pdf/validate';
import { amountInWords } from '@libs/vn';

/** A violation as the cases module stores it: the worksheet computed by libs/legal, without a decision date. */
function violation(id: string, code: string, endedOn: string, facts: string): Violation {
  const worksheet = computeWorksheet(loadShippedCatalogue(), {
    acts: [{ code, offenderType: 'organisation', endedOn, ongoingAtDetection: false, detectedOn: '2026-10-14', mitigating: [], aggravating: [] }],
  });
  return { id, facts, worksheet } as Violation;
}

const ACTS = [
  violation('00000000-0000-4000-8000-000000000001', '119/2020:Đ5.k3.b', '2026-09-24', 'Dùng giao diện trang chủ khác với mẫu đã được phê duyệt kèm theo Giấy phép số 456/GP-BTTTT'),
  violation('00000000-0000-4000-8000-000000000002', '119/2020:Đ8.k4.e', '2026-10-04', 'Đăng 37 tin, bài nằm ngoài tôn chỉ, mục đích đã được cấp phép'),
].map(actLine);

const CONTENT: DecisionContent = {
  signer: {
    fullName: 'Trần Thị Minh Thư',
    title: 'Phó Giám đốc',
    unit: 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm',
    signerTitle: 'department-director',
    deputy: { headTitle: 'Giám đốc', delegationDecision: { number: '215/QĐ-GQXP', date: '2026-08-01' } },
  },
  issuingBody: { name: 'Sở Văn hóa và Thể thao', parentBody: 'Ủy ban nhân dân tỉnh Thử Nghiệm', placeName: 'Thử Nghiệm' },
  extraLegalBases: [],
  violationIds: ACTS.map((a) => a.violationId),
  subject: {
    kind: 'organisation',
    name: 'Tạp chí Văn hóa và Đời sống Phương Nam',
    address: 'Số 123 đường Nguyễn Thị Minh Khai, tỉnh Thử Nghiệm',
    registrationLabel: 'Số giấy phép hoạt động báo chí',
    registrationNumber: '456/GP-BTTTT',
    representativeName: 'Lê Văn Hùng',
    representativeGender: 'male',
    representativeTitle: 'Tổng Biên tập',
  },
  additionalSanctions: [],
  remedialMeasures: [{ description: 'Buộc gỡ bỏ 37 tin, bài không đúng tôn chỉ, mục đích', deadlineDays: 5, deadlineDate: null }],
  payment: { treasuryOrBank: 'Kho bạc Nhà nước Khu vực II', accountNumber: null, accountName: null },
  collectingBody: null,
  executingBody: null,
  cooperatingBodies: [],
  recipients: ['Như Điều 3', 'Lưu: VT, Hồ sơ'],
  effectiveDate: null,
};

function input(overrides: Partial<DecisionDocumentInput> = {}): DecisionDocumentInput {
  const subject = toSanctionSubject(CONTENT.subject);
  if (!('subject' in subject)) throw new Error('fixture subject incomplete');
  return {
    kind: DecisionKind.Sanction,
    number: '05/QĐ-XPHC',
    date: '2026-11-23',
    content: CONTENT,
    subject: subject.subject,
    acts: ACTS,
    record: { number: '12/BB-VPHC', drawnOn: '2026-10-14' },
    original: null,
    verification: { code: '7F3K9-XQ2AB', url: 'https://tracuu.example/verify/7F3K9XQ2AB' },
    ...overrides,
  };
}

describe('decision document (MQĐ02) from the frozen worksheets', () => {
  it('should take each act\'s amount, description and "Quy định tại" wording from its worksheet', () => {
    expect(ACTS.map((a) => [a.code, a.mainSanction, a.status])).toEqual([
      ['119/2020:Đ5.k3.b', { kind: 'fine', amountVnd: 22_500_000 }, 'complete'],
      ['119/2020:Đ8.k4.e', { kind: 'fine', amountVnd: 50_000_000 }, 'complete'],
    ]);
    expect(ACTS[1].legalBasis).toBe('điểm e khoản 4 Điều 8 Nghị định số 119/2020/NĐ-CP, được sửa đổi, bổ sung bởi điểm c khoản 10 Điều 2 Nghị định số 14/2022/NĐ-CP');
    expect(totalOf(ACTS)).toBe(72_500_000);
  });

  it('should give no total while an act has no sanction yet', () => {
    expect(totalOf([...ACTS, { ...ACTS[0], mainSanction: null }])).toBeNull();
  });

  it('should cite as form MQĐ02 does: the Law\'s articles, the press decree with NĐ 14/2022, NĐ 189/2025 with NĐ 311/2026, the record and the delegation (NĐ 118/2021 Đ10 k1)', () => {
    const doc = decisionDocument(input());
    expect(doc.legalBases).toEqual([
      'Căn cứ Điều 57, Điều 68, Điều 70, Điều 78, Điều 85 Luật Xử lý vi phạm hành chính (sửa đổi, bổ sung năm 2020 và năm 2025)',
      'Căn cứ Nghị định số 119/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định xử phạt vi phạm hành chính trong hoạt động báo chí, hoạt động xuất bản, được sửa đổi, bổ sung bởi Nghị định số 14/2022/NĐ-CP ngày 27 tháng 01 năm 2022',
      'Căn cứ Nghị định số 189/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ quy định chi tiết Luật Xử lý vi phạm hành chính về thẩm quyền xử phạt vi phạm hành chính, được sửa đổi, bổ sung bởi Nghị định số 311/2026/NĐ-CP ngày 06 tháng 8 năm 2026',
      'Căn cứ Biên bản vi phạm hành chính số 12/BB-VPHC lập ngày 14/10/2026',
      'Căn cứ Quyết định số 215/QĐ-GQXP ngày 01/08/2026 về việc giao quyền xử phạt vi phạm hành chính',
    ]);
  });

  it('should not cite NĐ 118/2021, which form MQĐ02 leaves out', () => {
    expect(decisionDocument(input()).legalBases.join('\n')).not.toContain('118/2021');
  });

  it('should leave out instruments not yet in force on the decision date', () => {
    const bases = decisionDocument(input({ date: '2024-05-02' })).legalBases.join('\n');
    expect(bases).not.toMatch(/năm 2025|189\/2025/);
    expect(bases).toContain('(sửa đổi, bổ sung năm 2020)');
  });

  it('should print "KT." for a deputy, the head\'s authority line, and the totals libs/pdf checks', () => {
    const doc = decisionDocument(input());
    expect(doc).toMatchObject({
      authorityTitle: 'Giám đốc Sở Văn hóa và Thể thao',
      signer: { title: 'Phó Giám đốc', deputy: { headTitle: 'Giám đốc' } },
      totalFineVnd: 72_500_000,
      effectiveDate: '2026-11-23',
      remedialMeasures: [{ description: 'Buộc gỡ bỏ 37 tin, bài không đúng tôn chỉ, mục đích', deadline: { kind: 'days', days: 5 } }],
    });
    expect(() => validateDecision(doc)).not.toThrow();
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('should refer to the original decision in an amend, correct or annul decision (MQĐ38–40)', () => {
    const doc = decisionDocument(input({ kind: DecisionKind.Correct, original: { number: '04/QĐ-XPHC', date: '2026-11-20' } }));
    expect(doc).toMatchObject({ kind: 'correct', originalDecision: { number: '04/QĐ-XPHC', date: '2026-11-20' } });
    expect(() => validateDecision(doc)).not.toThrow();
  });

  it('should state the act without the catalogue\'s search examples', () => {
    expect(ACTS[0].description).toBe('Hoạt động sai với nội dung ghi trong giấy phép hoạt động báo chí');
    expect(actDescription('Không ghi tên tác giả (ví dụ: tin, bài)')).toBe('Không ghi tên tác giả');
    expect(actDescription('Đăng tin (một phần) sai sự thật')).toBe('Đăng tin (một phần) sai sự thật');
  });

  it('should render the magazine decision to the same bytes each time, with the total in words', async () => {
    const first = await renderDecisionPdf(decisionDocument(input()));
    const again = await renderDecisionPdf(JSON.parse(JSON.stringify(decisionDocument(input()))));
    expect(sha256(again)).toBe(sha256(first));
    expect(pageCount(first)).toBeLessThanOrEqual(3);
    if (!hasPdftotext) return;
    const text = pdfText(first) ?? '';
    expect(text).toContain('Số: 05/QĐ-XPHC');
    expect(text).toContain(`Tổng số tiền phạt là: 72.500.000 đồng (bằng chữ: ${amountInWords(72_500_000)})`);
  });

  // Acceptance: a magazine decision with two acts renders on one or two pages (issue 5).
  it('should fit the magazine decision on one or two pages (acceptance)', async () => {
    expect(pageCount(await renderDecisionPdf(decisionDocument(input())))).toBeLessThanOrEqual(2);
  });
});
