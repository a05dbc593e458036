import type { DecisionDocument, ViolationRecordDocument } from './types';

// Realistic but fictional documents for tests and reviewer fixtures. The names, addresses, numbers and accounts
// are invented; the instruments cited are real. Fines sit at the middle of the ranges the research infers for
// these points (15–30M and 40–60M, ranges-confirmation.md), so no circumstances apply.

const MAGAZINE = 'Tạp chí Văn hóa và Đời sống Phương Nam';
const LICENCE = '456/GP-BTTTT';
const DEPARTMENT = 'Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh';

const LAW_BASIS =
  'Căn cứ Luật Xử lý vi phạm hành chính ngày 20 tháng 6 năm 2012; Luật sửa đổi, bổ sung một số điều của Luật Xử lý ' +
  'vi phạm hành chính ngày 13 tháng 11 năm 2020; Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính ' +
  'ngày 25 tháng 6 năm 2025';
const PRESS_DECREE =
  'Nghị định số 119/2020/NĐ-CP ngày 07 tháng 10 năm 2020 của Chính phủ quy định xử phạt vi phạm hành chính trong ' +
  'hoạt động báo chí, hoạt động xuất bản, được sửa đổi, bổ sung bởi Nghị định số 14/2022/NĐ-CP ngày 27 tháng 01 ' +
  'năm 2022';
const AMENDED = 'Nghị định số 119/2020/NĐ-CP, được sửa đổi, bổ sung bởi Nghị định số 14/2022/NĐ-CP';

const SUBJECT = {
  kind: 'organisation',
  name: MAGAZINE,
  headOfficeAddress: 'Số 123 đường Nguyễn Thị Minh Khai, Phường Bàn Cờ, Thành phố Hồ Chí Minh',
  registration: {
    label: 'Số giấy phép hoạt động báo chí',
    number: LICENCE,
    issuedOn: '2021-06-18',
    issuedBy: 'Bộ Thông tin và Truyền thông',
  },
  legalRepresentative: { fullName: 'Lê Văn Hùng', gender: 'male', title: 'Tổng Biên tập' },
} as const;

const ACT_LICENCE = {
  description: 'Thực hiện không đúng nội dung ghi trong giấy phép hoạt động báo chí',
  facts: `Tạp chí điện tử dùng giao diện trang chủ khác với mẫu đã được phê duyệt kèm theo Giấy phép số ${LICENCE}`,
  legalBasis: `điểm b khoản 3 Điều 5 ${AMENDED}`,
};

const ACT_MISSION = {
  description:
    'Thực hiện không đúng tôn chỉ, mục đích ghi trong giấy phép hoạt động báo chí, gây ảnh hưởng ít nghiêm trọng',
  facts: 'Đăng 37 tin, bài về vụ án hình sự, tai nạn giao thông, nằm ngoài tôn chỉ, mục đích đã được cấp phép',
  legalBasis: `điểm e khoản 4 Điều 8 ${AMENDED}`,
};

const VERIFY_URL = 'https://tracuu.press-inspect.example/v/';

export function sampleDecision(): DecisionDocument {
  return {
    parentBody: 'UBND Thành phố Hồ Chí Minh',
    issuingBody: 'Sở Văn hóa và Thể thao',
    number: '05/QĐ-XPHC',
    place: 'Thành phố Hồ Chí Minh',
    date: '2025-10-14',
    kind: 'sanction',
    authorityTitle: 'Giám đốc Sở Văn hóa và Thể thao',
    legalBases: [
      'Căn cứ Điều 57, Điều 68, Điều 70, Điều 78, Điều 85 Luật Xử lý vi phạm hành chính (sửa đổi, bổ sung năm 2020 và năm 2025)',
      `Căn cứ ${PRESS_DECREE}`,
      'Căn cứ Nghị định số 189/2025/NĐ-CP ngày 01 tháng 7 năm 2025 của Chính phủ quy định chi tiết Luật Xử lý vi phạm ' +
        'hành chính về thẩm quyền xử phạt vi phạm hành chính',
      'Căn cứ Biên bản vi phạm hành chính số 12/BB-VPHC lập ngày 25/09/2025',
      'Căn cứ Quyết định số 215/QĐ-GQXP ngày 01/08/2025 về việc giao quyền xử phạt vi phạm hành chính',
    ],
    signer: {
      fullName: 'Trần Thị Minh Thư',
      title: 'Phó Giám đốc',
      unit: DEPARTMENT,
      deputy: { headTitle: 'Giám đốc' },
    },
    subject: SUBJECT,
    acts: [
      { ...ACT_LICENCE, aggravating: [], mitigating: [], mainSanction: { kind: 'fine', amountVnd: 22_500_000 } },
      { ...ACT_MISSION, aggravating: [], mitigating: [], mainSanction: { kind: 'fine', amountVnd: 50_000_000 } },
    ],
    totalFineVnd: 72_500_000,
    // Neither point provides an additional sanction (catalogue rows 119/2020:Đ5.k3.b and Đ8.k4.e).
    additionalSanctions: [],
    remedialMeasures: [
      {
        description: 'Buộc gỡ bỏ 37 tin, bài không đúng tôn chỉ, mục đích',
        deadline: { kind: 'days', days: 5 },
      },
    ],
    effectiveDate: '2025-10-14',
    payment: {
      treasuryOrBank: 'Kho bạc Nhà nước Khu vực II',
      accountNumber: '3949.0.1234567.00000',
      accountName: DEPARTMENT,
    },
    collectingBody: 'Kho bạc Nhà nước Khu vực II',
    executingBody: 'Phòng Quản lý Báo chí, Xuất bản',
    recipients: ['Như Điều 3', 'Cục Báo chí (Bộ VHTTDL)', 'Lưu: VT, Hồ sơ'],
    verification: { code: 'QD-2025-7F3K-9XQ2', url: `${VERIFY_URL}QD-2025-7F3K-9XQ2` },
  };
}

export function sampleViolationRecord(): ViolationRecordDocument {
  return {
    parentBody: 'UBND Thành phố Hồ Chí Minh',
    issuingBody: 'Sở Văn hóa và Thể thao',
    number: '12/BB-VPHC',
    field: 'lĩnh vực báo chí',
    date: '2025-09-25',
    time: '09:00',
    place: `trụ sở ${DEPARTMENT}, số 10 đường Lê Duẩn, Phường Sài Gòn, Thành phố Hồ Chí Minh`,
    placeReason: 'vi phạm được phát hiện qua kiểm tra nội dung tạp chí điện tử trên không gian mạng',
    legalBases: [
      'Biên bản kiểm tra số 08/BB-KT ngày 18 tháng 9 năm 2025 của Đoàn kiểm tra theo Quyết định số 190/QĐ-SVHTT',
      LAW_BASIS.replace('Căn cứ ', ''),
      PRESS_DECREE,
    ],
    officers: [{ fullName: 'Phạm Quốc Bảo', title: 'Chuyên viên Phòng Quản lý Báo chí, Xuất bản', agency: DEPARTMENT }],
    witnesses: [],
    subject: SUBJECT,
    acts: [ACT_LICENCE, ACT_MISSION],
    aggravating: [],
    mitigating: [],
    possibleMeasures: [
      `Tước quyền sử dụng Giấy phép hoạt động báo chí số ${LICENCE} có thời hạn`,
      'Buộc gỡ bỏ tin, bài không đúng tôn chỉ, mục đích',
    ],
    subjectStatement:
      'Thống nhất với nội dung biên bản; Tạp chí sẽ gỡ bỏ các tin, bài nêu trên và đưa giao diện trang chủ về đúng ' +
      'mẫu đã được phê duyệt',
    preventiveMeasures: [],
    rightToExplain: {
      mode: 'written',
      authority: `Giám đốc ${DEPARTMENT}`,
      lastDay: '2025-10-02',
    },
    summons: { time: '14:00', date: '2025-10-06', place: `Phòng Quản lý Báo chí, Xuất bản, ${DEPARTMENT}` },
    electronicDelivery: { consent: true, address: 'toasoan@vanhoaphuongnam.example' },
    closing: { finishedAt: '11:15', copies: 2 },
    verification: { code: 'BB-2025-4M8D-2KQP', url: `${VERIFY_URL}BB-2025-4M8D-2KQP` },
  };
}
