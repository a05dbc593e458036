// Every string the console shows, and the labels of the API's enums. Components hold no literals.
// Enum labels are typed against the OpenAPI schema: a value the API adds fails `tsc -p src/console` until it has a label.
import type { Schemas } from '../api/client';
import { adminVi } from './vi-admin';
import { decisionsVi } from './vi-decisions';
import { executionVi } from './vi-execution';
import { legalVi } from './vi-legal';

type Labels<K extends string> = Record<K, string>;

const roles = {
  inspector: 'Thanh tra viên',
  legal_officer: 'Cán bộ pháp chế',
  leader: 'Lãnh đạo Sở',
  department_admin: 'Quản trị hệ thống của Sở',
  ministry_viewer: 'Cán bộ Bộ (chỉ xem)',
  system_operator: 'Quản trị vận hành hệ thống',
} satisfies Labels<Schemas['Role']>;

const caseStatus = {
  open: 'Mới mở',
  inspecting: 'Đang thanh tra, kiểm tra',
  violations_recorded: 'Đã lập biên bản',
  awaiting_explanation: 'Chờ giải trình',
  ready_for_decision: 'Đủ điều kiện ra quyết định',
  decided: 'Đã ra quyết định',
  executed: 'Đã chấp hành',
  closed: 'Đã đóng',
} satisfies Labels<Schemas['CaseStatus']>;

/** The button of each step, as the inspector reads it. */
const caseAction = {
  start_inspection: 'Bắt đầu thanh tra, kiểm tra',
  record_violations: 'Ký biên bản vi phạm',
  await_explanation: 'Chuyển chờ giải trình',
  ready_for_decision: 'Chuyển đủ điều kiện ra quyết định',
  decide: 'Ra quyết định xử phạt',
  execute: 'Ghi nhận đã chấp hành',
  close: 'Đóng hồ sơ',
  close_without_sanction: 'Đóng hồ sơ không xử phạt',
} satisfies Labels<Schemas['CaseAction']>;

const caseOrigin = {
  planned_inspection: 'Thanh tra theo kế hoạch',
  ad_hoc_inspection: 'Thanh tra đột xuất',
  complaint_or_report: 'Khiếu nại, tố cáo, phản ánh',
  press_monitoring: 'Theo dõi báo chí, thông tin điện tử',
  referral: 'Cơ quan khác chuyển đến',
} satisfies Labels<Schemas['CaseOrigin']>;

const subjectType = {
  press_agency: 'Cơ quan báo chí',
  e_information_site: 'Trang thông tin điện tử tổng hợp',
  representative_office: 'Văn phòng đại diện',
  resident_reporter: 'Phóng viên thường trú',
  unregistered_subject: 'Đối tượng chưa đăng ký',
} satisfies Labels<Schemas['CaseSubjectType']>;

const inspectionKind = { inspection: 'Thanh tra', check: 'Kiểm tra' } satisfies Labels<Schemas['InspectionKind']>;
const inspectionPlanning = { planned: 'Theo kế hoạch năm', ad_hoc: 'Đột xuất' } satisfies Labels<Schemas['InspectionPlanning']>;
const recordStatus = { draft: 'Bản nháp', signed: 'Đã ký' } satisfies Labels<Schemas['ViolationRecordStatus']>;
const explanationMode = { written: 'Giải trình bằng văn bản (5 ngày làm việc)', hearing: 'Yêu cầu giải trình trực tiếp (2 ngày làm việc)' } satisfies Labels<Schemas['ExplanationMode']>;
const offenderType = { organisation: 'Tổ chức', individual: 'Cá nhân' } satisfies Labels<Schemas['OffenderType']>;
const mainSanction = { warning: 'Cảnh cáo', 'warning-or-fine': 'Cảnh cáo hoặc phạt tiền', fine: 'Phạt tiền' } satisfies Labels<Schemas['MainSanction']>;
const legalField = { press: 'Báo chí', publishing: 'Xuất bản', 'e-information': 'Thông tin điện tử' } satisfies Labels<Schemas['LegalField']>;

type DeadlineStatus = Schemas['DeadlineDto']['status'];
const deadlineStatus = {
  pending: 'Đang chạy',
  overdue: 'Quá hạn',
  met: 'Đã làm đúng hạn',
  late: 'Đã làm, trễ hạn',
  passed: 'Đã qua',
  moot: 'Không còn áp dụng',
  unavailable: 'Chưa tính được (thiếu lịch nghỉ)',
} satisfies Labels<DeadlineStatus>;

const decisionStanding = {
  in_force: 'Đang có hiệu lực',
  amended: 'Đã được sửa đổi, bổ sung',
  corrected: 'Đã được đính chính',
  annulled: 'Đã bị hủy bỏ',
} satisfies Labels<Schemas['DecisionStanding']>;
const decisionKind = {
  sanction: 'Quyết định xử phạt vi phạm hành chính',
  amend: 'Quyết định sửa đổi, bổ sung',
  correct: 'Quyết định đính chính',
  annul: 'Quyết định hủy bỏ',
} satisfies Labels<Schemas['DecisionKind']>;

const licenceKind = {
  press_activity: 'Giấy phép hoạt động báo chí',
  supplement: 'Giấy phép xuất bản phụ trương',
  general_site: 'Giấy phép thiết lập trang TTĐT tổng hợp',
  representative_office: 'Giấy phép văn phòng đại diện',
} satisfies Labels<Schemas['LicenceKind']>;
const licenceStatus = { active: 'Còn hiệu lực', suspended: 'Đang bị đình chỉ', revoked: 'Đã thu hồi', expired: 'Hết hạn' } satisfies Labels<Schemas['LicenceStatus']>;
const licenceEvent = {
  issued: 'Cấp',
  amended: 'Sửa đổi, bổ sung',
  suspended: 'Đình chỉ',
  reinstated: 'Cho hoạt động trở lại',
  revoked: 'Thu hồi',
  expired: 'Hết hạn',
  suspension_started: 'Bắt đầu tước quyền sử dụng theo quyết định xử phạt',
  suspension_lifted: 'Chấm dứt tước quyền sử dụng',
} satisfies Labels<Schemas['LicenceEventKind']>;
const pressAgencyKind = {
  print_newspaper: 'Báo in',
  e_newspaper: 'Báo điện tử',
  print_magazine: 'Tạp chí in',
  e_magazine: 'Tạp chí điện tử',
  radio: 'Phát thanh',
  television: 'Truyền hình',
} satisfies Labels<Schemas['PressAgencyKind']>;

/** Rows per page, in the order the pager offers them. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;

export const vi = {
  appName: 'Thanh tra báo chí',
  appSubtitle: 'Quản lý cấp phép, thanh tra và xử phạt trong lĩnh vực báo chí',
  labels: { roles, decisionStanding, decisionKind, caseStatus, caseAction, caseOrigin, subjectType, inspectionKind, inspectionPlanning, recordStatus, explanationMode, offenderType, mainSanction, legalField, deadlineStatus, licenceKind, licenceStatus, licenceEvent, pressAgencyKind },

  decisions: decisionsVi,
  execution: executionVi,
  legal: legalVi,
  admin: adminVi,

  password: {
    title: 'Đổi mật khẩu',
    current: 'Mật khẩu hiện tại',
    next: 'Mật khẩu mới',
    repeat: 'Nhập lại mật khẩu mới',
    hint: 'Ít nhất 12 ký tự và không trùng tên đăng nhập. Sau khi đổi, các phiên đăng nhập khác của bạn kết thúc.',
    mismatch: 'Hai lần nhập mật khẩu mới không khớp.',
    wrongCurrent: 'Mật khẩu hiện tại không đúng.',
    done: 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã kết thúc.',
    submit: 'Đổi mật khẩu',
  },

  login: {
    title: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    required: 'Nhập tên đăng nhập và mật khẩu.',
    wrong: 'Tên đăng nhập hoặc mật khẩu không đúng. Kiểm tra lại (chú ý chữ hoa, bộ gõ tiếng Việt) rồi thử lại.',
    slowedDown: 'Sau nhiều lần nhập sai, mỗi lần thử sẽ phải chờ lâu hơn một chút.',
    tooMany: (seconds: number | null) =>
      `Bạn đã thử đăng nhập quá nhiều lần từ máy này. ${seconds ? `Hãy thử lại sau ${seconds} giây.` : 'Hãy chờ một phút rồi thử lại.'}`,
    expired: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.',
  },

  shell: {
    nav: 'Chức năng chính',
    myWork: 'Việc của tôi',
    cases: 'Hồ sơ vụ việc',
    registry: 'Đối tượng quản lý',
    catalogue: 'Danh mục hành vi',
    review: 'Xác minh danh mục',
    decisions: 'Quyết định',
    department: 'Thông tin Sở',
    calendar: 'Lịch nghỉ',
    operations: 'Vận hành',
    reports: 'Báo cáo',
    administration: 'Quản trị',
    users: 'Người dùng',
    reportsMenu: 'Số liệu',
    signOut: 'Đăng xuất',
    changePassword: 'Đổi mật khẩu',
    account: 'Tài khoản',
  },

  common: {
    loading: 'Đang tải…',
    save: 'Lưu',
    cancel: 'Hủy',
    create: 'Thêm mới',
    edit: 'Sửa',
    open: 'Mở',
    back: 'Quay lại',
    search: 'Tìm kiếm',
    all: 'Tất cả',
    none: '—',
    yes: 'Có',
    no: 'Không',
    download: 'Tải xuống',
    notFound: 'Không tìm thấy',
    notFoundText: 'Không tìm thấy trang hoặc hồ sơ này, hoặc bạn không có quyền xem.',
    toHome: 'Về trang chính',
    retry: 'Thử lại',
    requestId: (id: string) => `Mã yêu cầu: ${id} (gửi kèm khi báo lỗi cho quản trị)`,
    total: (from: number, to: number, n: number) => `${from}–${to} trên ${n}`,
    saved: 'Đã lưu.',
  },

  errors: {
    network: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
    forbidden: 'Bạn không có quyền thực hiện việc này.',
    notFound: 'Không tìm thấy (có thể đã bị xóa, hoặc thuộc Sở khác).',
    stale: 'Hồ sơ vừa được người khác thay đổi. Trang đã tải lại dữ liệu mới; hãy kiểm tra rồi làm lại.',
    validation: 'Một số trường chưa hợp lệ; xem thông báo dưới từng trường.',
    tooLarge: 'Tệp quá lớn so với giới hạn cho phép.',
    unsupported: 'Loại tệp này không được chấp nhận (chỉ ảnh PNG/JPEG, PDF, trang lưu HTML).',
    server: 'Máy chủ gặp lỗi. Thử lại sau ít phút; nếu vẫn lỗi, báo quản trị kèm mã yêu cầu.',
    unavailable: 'Hệ thống tạm thời không phục vụ được (cơ sở dữ liệu hoặc hàng đợi). Thử lại sau ít phút.',
    refused: 'Không thực hiện được:',
    fieldRequired: 'Bắt buộc nhập.',
  },

  cases: {
    title: 'Hồ sơ vụ việc',
    myTitle: 'Việc của tôi',
    mine: 'Hồ sơ tôi được phân công',
    number: 'Số hồ sơ',
    name: 'Tên vụ việc',
    subject: 'Đối tượng',
    status: 'Trạng thái',
    openedOn: 'Ngày mở',
    nextStep: 'Bước tiếp theo',
    deadline: 'Thời hạn',
    filterStatus: 'Lọc theo trạng thái',
    filterDue: 'Lọc theo thời hạn',
    filterSubject: 'Lọc theo loại đối tượng',
    filterText: 'Tìm theo tên vụ việc, đối tượng, tên miền',
    dueOverdue: 'Đã quá hạn',
    dueWithin: (n: number) => `Đến hạn trong ${n} ngày`,
    /** What a case in each status needs before its next step opens. */
    waitingFor: {
      open: 'Ghi nhận cuộc thanh tra, kiểm tra',
      inspecting: 'Ghi nhận hành vi vi phạm, lập biên bản',
      violations_recorded: 'Chờ hết thời hạn giải trình',
      awaiting_explanation: 'Chờ đối tượng giải trình',
      ready_for_decision: 'Dự thảo quyết định xử phạt',
      decided: 'Chờ chấp hành quyết định',
      executed: 'Đóng hồ sơ',
      closed: 'Đã kết thúc',
    } satisfies Labels<Schemas['CaseStatus']>,
    daysLeft: (n: number) => (n === 0 ? 'hết hạn hôm nay' : `còn ${n} ngày`),
    daysOver: (n: number) => `quá hạn ${n} ngày`,
    open: 'Mở hồ sơ',
    empty: 'Chưa có hồ sơ nào khớp bộ lọc.',
    total: (from: number, to: number, n: number) => `${from}–${to} trên ${n} hồ sơ`,
  },

  newCase: {
    title: 'Mở hồ sơ vụ việc',
    name: 'Tên vụ việc',
    summary: 'Tóm tắt nội dung',
    subjectType: 'Loại đối tượng',
    subject: 'Đối tượng',
    subjectSearch: 'Gõ tên hoặc tên miền để tìm',
    origin: 'Nguồn phát hiện',
    originNote: 'Ghi chú nguồn (số văn bản, cơ quan chuyển…)',
    complex: 'Vụ việc phức tạp (5 ngày làm việc để lập biên bản)',
    verificationNeeded: 'Cần xác minh thêm (1 tháng để ra quyết định)',
    submit: 'Mở hồ sơ',
  },

  workspace: {
    procedure: 'Tiến trình xử lý',
    deadlines: 'Thời hạn',
    deadlineHow: 'Cách tính',
    countedFrom: 'Tính từ',
    dueOn: 'Hạn cuối',
    doneOn: 'Đã làm ngày',
    noDeadlines: 'Chưa có thời hạn nào đang chạy.',
    steps: 'Các bước có thể làm',
    nextWork: (what: string) => `Cần làm tiếp: ${what}.`,
    stepDone: (status: string) => `Đã chuyển hồ sơ sang: ${status}.`,
    confirmStep: (label: string) => `${label}?`,
    subject: 'Đối tượng',
    origin: 'Nguồn',
    assigned: 'Thanh tra viên',
    tabs: { inspections: 'Thanh tra, kiểm tra', violations: 'Hành vi vi phạm', evidence: 'Chứng cứ', record: 'Biên bản', audit: 'Nhật ký' },
    stepper: ['Mở hồ sơ', 'Thanh tra, kiểm tra', 'Lập biên bản', 'Giải trình', 'Ra quyết định', 'Chấp hành', 'Đóng hồ sơ'],
    counts: (i: number, v: number, e: number) => `${i} cuộc thanh tra, kiểm tra · ${v} hành vi · ${e} chứng cứ`,
  },

  inspection: {
    add: 'Ghi nhận cuộc thanh tra, kiểm tra',
    kind: 'Hình thức',
    planning: 'Kế hoạch',
    planYear: 'Năm kế hoạch',
    decisionNumber: 'Số quyết định thanh tra, kiểm tra',
    decisionDate: 'Ngày quyết định',
    team: 'Thành viên đoàn (mỗi dòng: họ tên – chức trách)',
    periodFrom: 'Từ ngày',
    periodTo: 'Đến ngày',
    period: 'Thời gian',
    place: 'Địa điểm',
    findings: 'Nội dung phát hiện',
    conclusion: 'Kết luận',
    empty: 'Chưa ghi nhận cuộc thanh tra, kiểm tra nào.',
    saved: 'Đã ghi nhận cuộc thanh tra, kiểm tra.',
  },

  violation: {
    add: 'Ghi nhận hành vi vi phạm',
    act: 'Hành vi (tìm trong danh mục)',
    actSearch: 'Gõ tiếng Việt, ví dụ: báo hóa, trích dẫn, giấy phép',
    actPicked: 'Hành vi đã chọn',
    committedOn: 'Ngày thực hiện hành vi',
    endedOn: 'Ngày chấm dứt hành vi',
    ongoing: 'Hành vi đang thực hiện khi bị phát hiện',
    detectedOn: 'Ngày phát hiện',
    facts: 'Nội dung vi phạm (ghi như trong biên bản)',
    offenderType: 'Đối tượng vi phạm là',
    preview: 'Bảng tính mức phạt (xem trước)',
    previewHint: 'Chọn hành vi và nhập ngày phát hiện để xem mức phạt được tính.',
    amount: 'Mức phạt',
    amountPending: 'Chờ cán bộ có thẩm quyền chọn mức',
    mainSanction: 'Hình thức xử phạt chính',
    limitation: 'Hạn cuối ra quyết định (thời hiệu)',
    explanationRight: 'Có quyền giải trình',
    noAct: 'Không tìm thấy hành vi nào. Thử từ khác (ví dụ: giấy phép, trích dẫn, tên miền).',
    range: 'Khung phạt',
    citation: 'Căn cứ',
    unverified: 'Dòng danh mục chưa được xác minh với văn bản gốc',
    saved: 'Đã ghi nhận hành vi vi phạm.',
    empty: 'Chưa ghi nhận hành vi vi phạm nào.',
    worksheet: 'Bảng tính',
    flags: 'Lưu ý',
  },

  evidence: {
    drop: 'Kéo thả tệp vào đây, hoặc bấm để chọn tệp',
    dropHint: 'Ảnh chụp màn hình (PNG, JPEG), PDF hoặc trang web đã lưu; mỗi lần một tệp.',
    description: 'Mô tả chứng cứ',
    sourceUrl: 'Địa chỉ trang (nếu có)',
    violation: 'Gắn với hành vi',
    fileName: 'Tệp',
    type: 'Loại',
    size: 'Dung lượng',
    hash: 'SHA-256',
    uploadedAt: 'Thời điểm nộp',
    uploaded: (name: string) => `Đã nộp chứng cứ ${name}.`,
    empty: 'Chưa có chứng cứ nào.',
  },

  record: {
    draw: 'Lập biên bản',
    drawnOn: 'Ngày lập',
    drawnAt: 'Giờ lập (HH:mm)',
    place: 'Nơi lập biên bản',
    placeReason: 'Lý do lập tại trụ sở (nếu không lập nơi xảy ra vi phạm)',
    officerTitle: 'Chức vụ người lập',
    subjectStatement: 'Ý kiến trình bày của đối tượng vi phạm',
    explanationMode: 'Quyền giải trình',
    copies: 'Số bản',
    sign: 'Ký biên bản',
    signConfirm: 'Sau khi ký, biên bản được đánh số và không sửa được nữa.',
    identityHint: 'Bổ sung nhân thân của đối tượng nếu sổ đăng ký chưa có (để in biên bản); để trống phần đã có.',
    identity: {
      address: 'Địa chỉ trụ sở chính',
      representativeName: 'Người đại diện theo pháp luật',
      representativeGender: 'Giới tính người đại diện',
      representativeTitle: 'Chức danh người đại diện',
    },
    officer: 'Người lập biên bản',
    explanationLastDay: 'Hạn cuối giải trình',
    number: 'Số biên bản',
    status: 'Tình trạng',
    pdf: 'Tải biên bản (PDF)',
    pdfPending: 'Đang in biên bản…',
    pdfFailed: 'In biên bản bị lỗi',
    none: 'Chưa lập biên bản.',
    noneYet: 'Cần ghi nhận ít nhất một hành vi vi phạm trước khi lập biên bản.',
    drawn: 'Đã lập bản nháp biên bản.',
    signed: (n: string) => `Đã ký biên bản số ${n}.`,
  },

  myWork: {
    title: 'Việc của tôi',
    allCases: 'Tất cả hồ sơ của Sở',
    task: 'Việc',
    status: 'Tình trạng',
    statuses: { due: 'Đến hạn', overdue: 'Quá hạn' } satisfies Labels<Schemas['TaskDto']['status']>,
    dueOn: 'Hạn',
    case: 'Hồ sơ',
    openCase: 'Mở hồ sơ',
    empty: 'Không có việc nào đến hạn. Xem danh sách hồ sơ để làm tiếp.',
  },

  reports: {
    title: (year: number) => `Số liệu năm ${year}`,
    year: 'Năm',
    xlsx: 'Tải báo cáo (Excel)',
    previous: (year: number, value: string) => `Năm ${year}: ${value}`,
    open: 'Xem chi tiết',
    drillTotal: (value: string, n: number) => `Tổng: ${value} · ${n} mục`,
    item: 'Số văn bản',
    date: 'Ngày',
    case: 'Hồ sơ',
    subject: 'Đối tượng',
    value: 'Giá trị',
    byCode: 'Theo hành vi vi phạm',
    act: 'Hành vi vi phạm',
    acts: 'Số hành vi bị xử phạt',
    empty: 'Chưa có số liệu trong năm.',
    figures: {
      inspections: 'Cuộc thanh tra, kiểm tra',
      casesOpened: 'Hồ sơ mở trong năm',
      casesClosed: 'Hồ sơ đóng trong năm',
      casesClosedWithoutSanction: 'Hồ sơ đóng không xử phạt',
      sanctionDecisions: 'Quyết định xử phạt',
      decisionsIssued: 'Quyết định đã ban hành (mọi loại)',
      sanctionedActs: 'Hành vi vi phạm bị xử phạt',
      warnings: 'Hành vi bị phạt cảnh cáo',
      finesImposedVnd: 'Tổng số tiền phạt',
      finesCollectedVnd: 'Tiền phạt đã nộp',
      licenceSuspensions: 'Tước quyền sử dụng giấy phép',
      licenceSuspensionMonths: 'Số tháng tước giấy phép',
      activitySuspensions: 'Đình chỉ hoạt động',
      activitySuspensionMonths: 'Số tháng đình chỉ hoạt động',
      confiscations: 'Tịch thu tang vật, phương tiện',
      pressCardRevocations: 'Thu hồi thẻ nhà báo',
      remedialMeasures: 'Biện pháp khắc phục hậu quả',
      activeLicences: 'Giấy phép đang có hiệu lực',
      licencesExpiringNextYear: 'Giấy phép hết hạn năm sau',
    } satisfies Record<keyof Schemas['ReportSummaryDto'], string>,
  },

  users: {
    title: 'Người dùng của Sở',
    add: 'Thêm người dùng',
    create: 'Tạo người dùng',
    fullName: 'Họ và tên',
    username: 'Tên đăng nhập',
    usernameHint: 'Chữ thường không dấu, ví dụ nguyen.van.a',
    titleField: 'Chức danh',
    role: 'Vai trò',
    state: 'Tình trạng',
    active: 'Đang hoạt động',
    inactive: 'Đã khóa',
    actions: 'Thao tác',
    reset: 'Cấp lại mật khẩu',
    resetConfirm: (name: string) => `Cấp mật khẩu mới cho ${name}? Các phiên đăng nhập của người này sẽ kết thúc.`,
    deactivate: 'Khóa tài khoản',
    deactivateConfirm: (name: string) => `Khóa tài khoản của ${name}? Người này sẽ không đăng nhập được nữa.`,
    deactivated: 'Đã khóa tài khoản.',
    passwordTitle: 'Mật khẩu ban đầu',
    passwordOnce: 'Mật khẩu này chỉ hiện một lần. Hãy chuyển cho người dùng qua kênh an toàn; họ nên đổi ngay khi đăng nhập.',
    initialPassword: 'Mật khẩu',
    passwordNoted: 'Đã ghi lại',
  },

  audit: { when: 'Thời điểm', who: 'Người thực hiện', what: 'Việc', request: 'Mã yêu cầu', system: 'Hệ thống', empty: 'Chưa có thay đổi nào.' },

  registry: {
    kinds: {
      'e-information-sites': 'Trang thông tin điện tử tổng hợp',
      'press-agencies': 'Cơ quan báo chí',
      'representative-offices': 'Văn phòng đại diện',
      'resident-reporters': 'Phóng viên thường trú',
      'unregistered-subjects': 'Đối tượng chưa đăng ký',
    },
    fields: {
      name: 'Tên',
      domains: 'Tên miền',
      ownerName: 'Tổ chức chủ quản',
      ownerTaxCode: 'Mã số thuế / mã số doanh nghiệp',
      ownerAddress: 'Địa chỉ trụ sở',
      legalRepresentative: 'Người đại diện theo pháp luật',
      kind: 'Loại hình',
      governingBody: 'Cơ quan chủ quản',
      headName: 'Người đứng đầu',
      address: 'Địa chỉ',
      scope: 'Phạm vi',
      agencyName: 'Cơ quan báo chí',
      notifiedOn: 'Ngày thông báo / chấp thuận',
      status: 'Tình trạng',
      fullName: 'Họ và tên',
      pressCardNumber: 'Số thẻ nhà báo',
      pressCardExpiresOn: 'Thẻ nhà báo hết hạn',
      area: 'Địa bàn thường trú',
      appointedOn: 'Ngày bổ nhiệm',
      endedOn: 'Ngày kết thúc',
      personalId: 'Số định danh cá nhân / CCCD / hộ chiếu',
      taxCode: 'Mã số thuế / mã số doanh nghiệp',
      representative: 'Người đại diện theo pháp luật',
      representativeTitle: 'Chức danh người đại diện',
      dateOfBirth: 'Ngày sinh',
      gender: 'Giới tính',
      nationality: 'Quốc tịch',
      occupation: 'Nghề nghiệp',
      note: 'Ghi chú',
    },
    scope: { local: 'Địa phương', central: 'Trung ương' },
    officeStatus: { active: 'Đang hoạt động', suspended: 'Tạm ngừng', closed: 'Đã chấm dứt' },
    gender: { male: 'Nam', female: 'Nữ' },
    title: 'Đối tượng quản lý',
    search: 'Tìm theo tên, tên miền (không cần dấu)',
    kind: 'Loại đối tượng',
    name: 'Tên',
    domains: 'Tên miền',
    domainsHint: 'Mỗi dòng một tên miền',
    updatedAt: 'Cập nhật lần cuối',
    details: 'Thông tin',
    updated: 'Đã lưu thay đổi.',
    licenceEvent: 'Sự kiện',
    effectiveOn: 'Hiệu lực từ',
    until: 'Đến',
    reason: 'Lý do',
    reference: 'Văn bản',
    owner: 'Tổ chức chủ quản',
    ownerTaxCode: 'Mã số thuế / mã số doanh nghiệp',
    ownerAddress: 'Địa chỉ trụ sở',
    legalRepresentative: 'Người đại diện theo pháp luật',
    add: (kind: string) => `Thêm ${kind.toLowerCase()}`,
    created: 'Đã thêm vào danh sách đối tượng quản lý.',
    licences: 'Giấy phép',
    licenceKind: 'Loại giấy phép',
    licenceNumber: 'Số giấy phép',
    issuer: 'Cơ quan cấp',
    issuedOn: 'Ngày cấp',
    expiresOn: 'Ngày hết hạn',
    history: 'Lịch sử giấy phép',
    cases: 'Hồ sơ vụ việc liên quan',
    noLicences: 'Chưa có giấy phép nào.',
    empty: 'Không có đối tượng nào khớp.',
    openCase: 'Mở hồ sơ vụ việc cho đối tượng này',
  },

  verify: {
    title: 'Tra cứu quyết định xử phạt',
    notFound: 'Không tìm thấy quyết định nào có mã tra cứu này. Kiểm tra lại mã in dưới mã QR.',
    code: (code: string) => `Mã tra cứu: ${code}`,
    number: 'Số quyết định',
    issuedOn: 'Ngày ban hành',
    issuingBody: 'Cơ quan ban hành',
    subject: 'Tổ chức, cá nhân bị xử phạt',
    total: 'Tổng số tiền phạt',
    hash: 'Mã băm SHA-256 của văn bản',
    hashPending: 'Văn bản đang được in',
    kind: 'Loại văn bản',
    standing: 'Tình trạng',
    changedBy: 'Theo',
    original: 'Quyết định được sửa đổi, đính chính hoặc hủy bỏ',
    ref: (kind: string, number: string, date: string) => `${kind} số ${number} ngày ${date}`,
  },
};

const AUDIT_ENTITIES: Record<string, string> = {
  inspection_case: 'hồ sơ',
  inspection: 'cuộc thanh tra, kiểm tra',
  case_violation: 'hành vi vi phạm',
  case_evidence: 'chứng cứ',
  violation_record: 'biên bản',
};
const AUDIT_VERBS: Record<string, string> = {
  create: 'Tạo',
  update: 'Sửa',
  sign: 'Ký',
  'evidence:upload': 'Nộp',
  'evidence:download': 'Tải',
  'worksheet:recompute': 'Tính lại bảng tính mức phạt của',
  'document:request': 'Yêu cầu in',
  'document:rerender': 'In lại',
  'decision-deadline:extend': 'Gia hạn thời hạn ra quyết định của',
};

/** An audit entry as a sentence: "Ký biên bản", "Chuyển hồ sơ: Bắt đầu thanh tra, kiểm tra". */
export function auditLabel(action: string, entityType: string): string {
  const transition = /^transition:(.+)$/.exec(action)?.[1];
  if (transition && transition in caseAction) return `Chuyển hồ sơ: ${caseAction[transition as keyof typeof caseAction]}`;
  return `${AUDIT_VERBS[action] ?? action} ${AUDIT_ENTITIES[entityType] ?? entityType}`;
}

/** class-validator's English wording, said in Vietnamese; anything else is shown as the API wrote it. */
export function fieldMessage(message: string): string {
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/should not be empty|must be a non-empty|is required/i, () => 'Bắt buộc nhập.'],
    [/must be a domain name/i, () => 'Tên miền không hợp lệ: chỉ ghi tên miền, ví dụ tintuc-example.vn (không có http://, đường dẫn hay cổng).'],
    [/is not the current password/i, () => 'Mật khẩu hiện tại không đúng.'],
    [/must differ from the current password/i, () => 'Mật khẩu mới phải khác mật khẩu hiện tại.'],
    [/must not contain the username/i, () => 'Mật khẩu mới không được chứa tên đăng nhập.'],
    [/must be an http\(s\) URL/i, () => 'Địa chỉ phải bắt đầu bằng http:// hoặc https://.'],
    [/shorter than or equal to (\d+) characters/i, (m) => `Tối đa ${m[1]} ký tự.`],
    [/longer than or equal to (\d+) characters/i, (m) => `Tối thiểu ${m[1]} ký tự.`],
    [/must be a valid ISO 8601 date|must be a valid date/i, () => 'Ngày không hợp lệ.'],
    [/must be a UUID/i, () => 'Hãy chọn từ danh sách.'],
    [/must be one of the following values/i, () => 'Hãy chọn một giá trị trong danh sách.'],
    [/must contain at least (\d+) elements/i, (m) => `Cần ít nhất ${m[1]} mục.`],
    [/must not be in the future|in the future/i, () => 'Không được là ngày trong tương lai.'],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(message);
    if (m) return say(m);
  }
  return message;
}
