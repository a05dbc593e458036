import type { EnforcementDocument, ExecutionDocumentBase, InstalmentDocument, PostponementDocument } from './types';

// Fictional but realistic execution decisions for tests and reviewer fixtures: the magazine of the sample decision
// (libs/pdf/samples.ts), fined 250 000 000 đồng by decision 05/QĐ-XPHC.

const BASE: ExecutionDocumentBase = {
  parentBody: 'UBND Thành phố Hồ Chí Minh',
  issuingBody: 'Sở Văn hóa và Thể thao',
  number: '01/QĐ-NPNL',
  place: 'Thành phố Hồ Chí Minh',
  date: '2025-10-24',
  authorityTitle: 'Giám đốc Sở Văn hóa và Thể thao',
  signer: { fullName: 'Trần Thị Minh Thư', title: 'Phó Giám đốc', unit: 'Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh', deputy: { headTitle: 'Giám đốc' } },
  subject: {
    kind: 'organisation',
    name: 'Tạp chí Văn hóa và Đời sống Phương Nam',
    headOfficeAddress: 'Số 123 đường Nguyễn Thị Minh Khai, Phường Bàn Cờ, Thành phố Hồ Chí Minh',
    registration: { label: 'Số giấy phép hoạt động báo chí', number: '456/GP-BTTTT', issuedOn: '2021-06-18', issuedBy: 'Bộ Thông tin và Truyền thông' },
    legalRepresentative: { fullName: 'Lê Văn Hùng', gender: 'male', title: 'Tổng Biên tập' },
  },
  sanctionDecision: { number: '05/QĐ-XPHC', date: '2025-10-14' },
  delegation: { number: '215/QĐ-GQXP', date: '2025-08-01' },
  executingBody: 'Phòng Quản lý Báo chí, Xuất bản',
  cooperatingBodies: ['Kho bạc Nhà nước Khu vực II'],
  recipients: ['Như Điều 3', 'Lưu: VT, Hồ sơ'],
};

export function samplePostponement(): PostponementDocument {
  return { ...BASE, number: '01/QĐ-HQĐPT', request: { date: '2025-10-20', confirmedBy: 'Thuế cơ sở 3 Thành phố Hồ Chí Minh' }, from: '2025-10-24', until: '2026-01-23' };
}

export function sampleInstalments(): InstalmentDocument {
  return {
    ...BASE,
    request: { date: '2025-10-20', confirmedBy: 'Thuế cơ sở 3 Thành phố Hồ Chí Minh' },
    months: 6,
    instalments: [
      { amountVnd: 100_000_000, dueOn: '2025-11-14' },
      { amountVnd: 75_000_000, dueOn: '2026-01-14' },
      { amountVnd: 75_000_000, dueOn: '2026-04-14' },
    ],
  };
}

export function sampleEnforcement(): EnforcementDocument {
  return {
    ...BASE,
    number: '02/QĐ-CCXP',
    date: '2026-02-02',
    authorityTitle: 'Giám đốc Sở Văn hóa và Thể thao',
    delegation: { number: '12/QĐ-GQCC', date: '2026-01-05' },
    measure: 'account_deduction',
    enforcementDecreeBasis: 'Căn cứ Nghị định của Chính phủ quy định về cưỡng chế thi hành quyết định xử phạt vi phạm hành chính',
    verificationRecord: { number: '03/BB-XMCC', date: '2026-01-28' },
    amountVnd: 76_025_000,
    holder: { name: 'Ngân hàng Thương mại cổ phần Ngoại thương Việt Nam, Chi nhánh Sài Gòn', address: 'Số 69 Bùi Thị Xuân, Phường Bến Thành, Thành phố Hồ Chí Minh' },
    accountNumber: '0071001234567',
    treasury: { name: 'Kho bạc Nhà nước Khu vực II', accountNumber: '3949.0.1234567.00000' },
    days: 10,
    effectiveDate: '2026-02-02',
  };
}
