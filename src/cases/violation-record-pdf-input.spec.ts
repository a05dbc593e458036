import { ExplanationMode, ViolationRecordStatus, WitnessKind } from '@app/cases/cases.enums';
import type { ViolationRecord } from '@app/cases/entities/violation-record.entity';
import type { Violation } from '@app/cases/entities/violation.entity';
import { recordDocument } from '@app/cases/violation-record-pdf-input';
import { computeWorksheet, loadShippedCatalogue } from '@libs/legal';
import { renderViolationRecordPdf } from '@libs/pdf';
import { hasPdftotext, pdfText } from '@libs/pdf/pdf-inspect';

const worksheet = computeWorksheet(loadShippedCatalogue(), {
  acts: [{ code: '119/2020:Đ8.k4.e', offenderType: 'organisation', endedOn: '2026-10-04', ongoingAtDetection: false, detectedOn: '2026-10-14', mitigating: [], aggravating: [] }],
});
const violation = { id: 'v1', worksheet } as Violation;

const record = {
  status: ViolationRecordStatus.Signed,
  number: '12/BB-VPHC',
  drawnOn: '2026-10-14',
  drawnAt: '09:00',
  place: 'Trụ sở Sở Văn hóa và Thể thao',
  placeReason: '',
  officerName: 'Phạm Quốc Bảo',
  officerTitle: 'Thanh tra viên',
  witnesses: [{ kind: WitnessKind.LocalAuthority, fullName: 'Võ Thị Lan', occupationOrTitle: 'Phó Chủ tịch', addressOrAgency: 'UBND phường Bàn Cờ' }],
  subjectStatement: '',
  explanationMode: ExplanationMode.Written,
  explanationRight: true,
  explanationLastDay: '2026-10-21',
  acts: [{ violationId: 'v1', code: '119/2020:Đ8.k4.e', descriptionVi: 'Hoạt động lệch tôn chỉ, mục đích', facts: 'Đăng 37 tin, bài', legalBasis: worksheet.acts[0].version.citationVi, offenderType: 'organisation', detectedOn: '2026-10-14' }],
  refusalReason: '',
  copies: 2,
  // 14:30 in Vietnam, the day it was drawn.
  signedAt: new Date('2026-10-14T07:30:00Z'),
} as ViolationRecord;

const department = { name: 'Sở Văn hóa và Thể thao tỉnh Thử Nghiệm', parentBody: 'Ủy ban nhân dân tỉnh Thử Nghiệm' };
const identity = { kind: 'organisation' as const, name: 'Tạp chí Văn hóa', address: 'Số 1 Lê Duẩn', representativeName: 'Lê Văn Hùng', representativeGender: 'male' as const, representativeTitle: 'Tổng Biên tập' };

describe('violation record document (MBB01) from the signed record', () => {
  it('should map the frozen record: field, căn cứ, officer, witness, the right to explain to the director (LXLVPHC Đ61)', () => {
    const built = recordDocument({ department, record, violations: [violation], identity });
    if (!('input' in built)) throw new Error(built.missing.join('; '));
    expect(built.input).toMatchObject({
      issuingBody: department.name,
      number: '12/BB-VPHC',
      field: 'lĩnh vực báo chí',
      officers: [{ fullName: 'Phạm Quốc Bảo', title: 'Thanh tra viên', agency: department.name }],
      witnesses: [{ kind: 'localAuthority', fullName: 'Võ Thị Lan', title: 'Phó Chủ tịch', agency: 'UBND phường Bàn Cờ' }],
      rightToExplain: { mode: 'written', authority: `Giám đốc ${department.name}`, lastDay: '2026-10-21' },
      closing: { finishedAt: '14:30', copies: 2 },
    });
    expect(built.input.legalBases[1]).toMatch(/^Nghị định số 119\/2020\/NĐ-CP .* 14\/2022\/NĐ-CP/);
    expect(built.input).not.toHaveProperty('placeReason');
  });

  it('should close at the drawing time when the record was signed on another day', () => {
    const built = recordDocument({ department, record: { ...record, signedAt: new Date('2026-10-16T03:00:00Z') } as ViolationRecord, violations: [violation], identity });
    expect('input' in built && built.input.closing.finishedAt).toBe('09:00');
  });

  it('should request nothing while the subject identity is incomplete, naming what is missing', () => {
    expect(recordDocument({ department, record, violations: [violation], identity: { ...identity, representativeGender: undefined } })).toEqual({ missing: ['subject.representativeGender'] });
  });

  it('should render with libs/pdf', async () => {
    const built = recordDocument({ department, record, violations: [violation], identity });
    if (!('input' in built)) throw new Error('incomplete');
    const pdf = await renderViolationRecordPdf(built.input);
    if (hasPdftotext) expect(pdfText(pdf)).toContain('Số: 12/BB-VPHC');
  });
});
