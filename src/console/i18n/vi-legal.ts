// Strings of the legal catalogue and its verification queue (vi.legal).
import type { Schemas } from '../api/client';

type Labels<K extends string> = Record<K, string>;
type GapPart = Schemas['CatalogueRowDto']['gaps'][number];
type ChangeStatus = NonNullable<Schemas['CatalogueChangeDto']['status']>;

/** Đối tượng of an act, as the decrees name them. */
const subjectKind = {
  'press-agency': 'Cơ quan báo chí',
  magazine: 'Tạp chí',
  'general-site': 'Trang thông tin điện tử tổng hợp',
  website: 'Trang thông tin điện tử',
  'social-network': 'Doanh nghiệp cung cấp mạng xã hội',
  'social-network-user': 'Người sử dụng mạng xã hội',
  journalist: 'Nhà báo, phóng viên',
  other: 'Cơ quan, tổ chức, cá nhân khác',
} satisfies Labels<Schemas['CatalogueSubjectKind']>;

const verificationState = {
  verified: 'Đã xác minh',
  unverified: 'Chưa xác minh',
  draft: 'Dòng nháp',
  pending: 'Đang chờ phê duyệt',
} satisfies Labels<Schemas['CatalogueVerificationState']>;

const additionalSanction = {
  'licence-suspension': 'Tước quyền sử dụng giấy phép có thời hạn',
  'activity-suspension': 'Đình chỉ hoạt động có thời hạn',
  'practising-certificate-suspension': 'Tước quyền sử dụng chứng chỉ hành nghề có thời hạn',
  'press-card-revocation': 'Thu hồi thẻ nhà báo',
  confiscation: 'Tịch thu tang vật, phương tiện vi phạm',
} satisfies Labels<Schemas['AdditionalSanctionKind']>;

const printedFor = { organisation: 'mức phạt đối với tổ chức', individual: 'mức phạt đối với cá nhân' } satisfies Labels<Schemas['PrintedSide']>;

/** What a row lacks before it may be cited. */
const gap = {
  clause: 'số khoản',
  point: 'điểm',
  text: 'nội dung hành vi',
  range: 'khung tiền phạt',
  source: 'nguồn văn bản',
} satisfies Labels<GapPart>;

const changeKind = {
  'add-version': 'Đề xuất thêm phiên bản',
  verify: 'Đề xuất xác minh',
  complete: 'Đề xuất hoàn thiện dòng nháp',
  approve: 'Phê duyệt',
  reject: 'Không phê duyệt',
} satisfies Labels<Schemas['CatalogueChangeKind']>;

const changeStatus = {
  pending: 'Đang chờ phê duyệt',
  approved: 'Đã được phê duyệt',
  rejected: 'Không được phê duyệt',
  'in-force-before-review': 'Có hiệu lực trước khi áp dụng phê duyệt hai người',
  'not-applied': 'Không áp dụng (dòng đã được thay thế)',
} satisfies Labels<ChangeStatus>;

const reviewReason = {
  blocking: 'Đang chặn hồ sơ của Sở',
  draft: 'Dòng nháp',
  unverified: 'Chưa xác minh',
} satisfies Labels<Schemas['ReviewItemDto']['reason']>;

export const legalVi = {
  catalogueTitle: 'Danh mục hành vi vi phạm',
  catalogueIntro:
    'Các hành vi vi phạm hành chính trong hoạt động báo chí, xuất bản và thông tin điện tử theo từng nghị định, có ngày hiệu lực và nguồn trích dẫn. Tìm bằng từ ngữ quen dùng, gõ có dấu hoặc không dấu.',
  actTitle: 'Hành vi vi phạm',
  reviewTitle: 'Xác minh danh mục',

  labels: { subjectKind, verificationState, additionalSanction, printedFor, gap, changeKind, changeStatus, reviewReason },

  filters: {
    form: 'Bộ lọc danh mục',
    text: 'Tìm kiếm',
    textPlaceholder: 'Ví dụ: bao hoa, ton chi muc dich, tin gia, 119/2020:Đ20.k5',
    instrument: 'Nghị định',
    article: 'Điều',
    subject: 'Đối tượng vi phạm',
    field: 'Lĩnh vực',
    inForceOn: 'Có hiệu lực vào ngày',
    verification: 'Tình trạng xác minh',
    any: 'Tất cả',
    apply: 'Lọc',
    clear: 'Xóa bộ lọc',
    articleOption: (n: number) => `Điều ${n}`,
    instrumentOption: (instrument: string) => `Nghị định ${instrument}`,
  },

  table: {
    code: 'Mã, căn cứ (điểm, khoản, điều, nghị định)',
    citation: 'Căn cứ (điểm, khoản, điều, nghị định)',
    description: 'Hành vi vi phạm',
    fine: 'Khung tiền phạt',
    validity: 'Hiệu lực',
    state: 'Tình trạng',
    empty: 'Không có hành vi nào khớp với điều kiện tìm kiếm.',
    total: (from: number, to: number, n: number) => `${from}–${to} trên ${n} hành vi`,
  },

  fineBand: (min: string, max: string) => `${min} – ${max}`,
  noFine: 'Chỉ cảnh cáo, không phạt tiền',
  unknownFine: 'Chưa đọc được khung tiền phạt',
  validity: (from: string, to: string | null) => (to === null ? `Từ ${from}` : `${from} – ${to}`),
  months: (min?: number, max?: number) => (min && max ? ` (từ ${min} đến ${max} tháng)` : ''),

  act: {
    back: 'Danh mục hành vi vi phạm',
    inForce: 'Đang có hiệu lực',
    notInForce: 'Hết hiệu lực',
    notYet: 'Chưa có hiệu lực',
    versions: 'Các phiên bản',
    versionsHelp: 'Mỗi phiên bản có ngày hiệu lực riêng; hành vi được xử lý theo phiên bản có hiệu lực vào thời điểm thực hiện hành vi.',
    show: 'Xem phiên bản',
    shown: 'Đang xem',
    selected: (from: string) => `Phiên bản có hiệu lực từ ${from}`,
    content: 'Nội dung',
    code: 'Mã trong danh mục',
    instrument: 'Văn bản quy định',
    amendedBy: 'Sửa đổi, bổ sung bởi',
    original: 'Văn bản gốc (chưa sửa đổi)',
    article: 'Điều, khoản, điểm',
    articleClausePoint: (article: number, clause: number | null, point: string | null) =>
      [point ? `điểm ${point}` : null, clause !== null ? `khoản ${clause}` : null, `Điều ${article}`].filter(Boolean).join(' '),
    field: 'Lĩnh vực',
    subjects: 'Đối tượng vi phạm',
    validity: 'Thời gian hiệu lực',
    citationVi: 'Trích dẫn trong quyết định',
    keywords: 'Từ ngữ tìm kiếm',
    sources: 'Nguồn',
    sourceUrl: 'Nguồn văn bản đã đọc',
    verifiedBy: 'Xác minh',
    verifiedByText: (name: string, department: string | null, at: string) => `${name}${department ? ` (${department})` : ''}, ${at}`,
    approvedBy: 'Phê duyệt',
    officialText: 'Văn bản gốc đã đối chiếu',
    notVerified: 'Chưa được đối chiếu với văn bản gốc: quyết định xử phạt chưa được viện dẫn dòng này cho đến khi có cán bộ pháp chế xác minh và một cán bộ pháp chế khác phê duyệt.',
    draftWarning: (missing: string) => `Dòng nháp: chưa đọc được ${missing} trong văn bản. Không biên bản hay quyết định nào được viện dẫn dòng này cho đến khi được hoàn thiện.`,
    pendingInfo: 'Sở đã gửi đề xuất cho phiên bản này; đề xuất có hiệu lực khi một cán bộ pháp chế khác phê duyệt.',
    toReview: 'Mở hàng đợi xác minh',
    completedAs: (code: string) => `Dòng nháp này đã được hoàn thiện thành ${code}: hãy viện dẫn mã đó.`,
    sanctions: 'Hình thức xử phạt và biện pháp khắc phục',
    mainSanction: 'Hình thức xử phạt chính',
    fine: 'Khung tiền phạt',
    additional: 'Hình thức xử phạt bổ sung',
    remedial: 'Biện pháp khắc phục hậu quả',
    none: 'Không có',
    defining: 'Tình tiết định khung',
    successors: 'Được thay thế bởi',
    replaced: 'Các phiên bản đã được thay thế khi cập nhật danh mục',
    replacedBy: 'Thay bằng',
    history: 'Lịch sử xác minh và đề xuất',
    historyEmpty: 'Chưa có đề xuất nào cho hành vi này: dòng đang ở dạng được cung cấp cùng phần mềm.',
    when: 'Thời điểm',
    what: 'Nội dung',
    who: 'Người thực hiện',
    status: 'Kết quả',
    note: 'Ghi chú',
    actions: 'Việc của cán bộ pháp chế',
  },

  /** The official text an officer read, in one line. */
  officialText: (t: { instrument: string; gazette?: string | null; url?: string | null; page: string }) =>
    [t.instrument, t.gazette, t.url, `trang ${t.page}`].filter(Boolean).join(', '),

  verify: {
    button: 'Xác minh',
    title: (citation: string) => `Xác minh: ${citation}`,
    help: 'Đối chiếu dòng này với văn bản gốc (Công báo hoặc cổng thông tin chính thức), rồi ghi văn bản đã đọc. Đề xuất có hiệu lực khi một cán bộ pháp chế khác phê duyệt.',
    submit: 'Gửi đề xuất xác minh',
    done: 'Đã gửi đề xuất xác minh; chờ một cán bộ pháp chế khác phê duyệt.',
    instrument: 'Số hiệu văn bản',
    gazette: 'Số Công báo',
    gazetteHelp: 'Ghi số Công báo hoặc đường dẫn chính thức (ít nhất một trong hai).',
    url: 'Đường dẫn văn bản chính thức',
    page: 'Trang',
    note: 'Nội dung đã đối chiếu',
    needOne: 'Ghi số Công báo hoặc đường dẫn văn bản chính thức.',
  },

  complete: {
    button: 'Hoàn thiện dòng nháp',
    correct: 'Sửa theo văn bản gốc',
    title: (citation: string) => `Hoàn thiện theo văn bản gốc: ${citation}`,
    help: 'Ghi khoản, điểm, nội dung và khung tiền phạt đúng như văn bản gốc. Dòng được coi là đã xác minh khi một cán bộ pháp chế khác phê duyệt.',
    submit: 'Gửi đề xuất hoàn thiện',
    done: 'Đã gửi đề xuất hoàn thiện; chờ một cán bộ pháp chế khác phê duyệt.',
    clause: 'Khoản',
    point: 'Điểm',
    pointHelp: 'Để trống nếu khoản này không chia điểm.',
    descriptionVi: 'Nội dung hành vi (tiếng Việt)',
    descriptionEn: 'Nội dung hành vi (bản dịch tiếng Anh)',
    fineMin: 'Mức phạt tối thiểu (đồng)',
    fineMax: 'Mức phạt tối đa (đồng)',
    printedFor: 'Mức phạt in trong văn bản là',
  },

  review: {
    intro:
      'Quy trình hai người: (1) một cán bộ pháp chế đọc văn bản gốc, bấm "Xác minh" (hoặc "Hoàn thiện dòng nháp") và ghi văn bản đã đọc; (2) một cán bộ pháp chế khác, không phải người đề xuất, bấm "Phê duyệt". Chỉ khi được phê duyệt, dòng mới được viện dẫn trong quyết định xử phạt.',
    readOnly: 'Bạn chỉ xem hàng đợi; việc xác minh và phê duyệt do cán bộ pháp chế thực hiện.',
    pendingTitle: (n: number) => `Đề xuất chờ phê duyệt (${n})`,
    pendingHelp: 'Cán bộ pháp chế không phải người đề xuất kiểm tra văn bản gốc đã ghi, rồi phê duyệt hoặc từ chối kèm lý do.',
    pendingEmpty: 'Không có đề xuất nào đang chờ phê duyệt.',
    itemsTitle: (n: number) => `Dòng cần xác minh (${n})`,
    itemsHelp: 'Thứ tự: dòng đang được hồ sơ của Sở viện dẫn trước, rồi dòng nháp, rồi dòng chưa xác minh còn hiệu lực.',
    itemsEmpty: 'Không còn dòng nào cần xác minh.',
    search: 'Lọc theo mã hoặc nội dung',
    searchForm: 'Bộ lọc hàng đợi xác minh',
    reason: 'Lý do',
    missing: 'Còn thiếu',
    blocking: (cases: number, violations: number) => `${cases} hồ sơ, ${violations} hành vi đang chờ`,
    kind: 'Đề xuất',
    proposedBy: 'Người đề xuất',
    officialText: 'Văn bản gốc đã đọc',
    proposedRow: 'Nội dung đề xuất',
    actions: 'Thao tác',
    waiting: 'Đang chờ phê duyệt',
    mine: 'Đề xuất của bạn: cần một cán bộ pháp chế khác phê duyệt',
    approve: 'Phê duyệt',
    approveTitle: (citation: string) => `Phê duyệt đề xuất: ${citation}`,
    approveHelp: 'Sau khi phê duyệt, thay đổi áp dụng cho toàn quốc và dòng được viện dẫn trong quyết định xử phạt.',
    approveNote: 'Ý kiến phê duyệt',
    approveSubmit: 'Xác nhận phê duyệt',
    approved: 'Đã phê duyệt; dòng đã được xác minh.',
    reject: 'Từ chối',
    withdraw: 'Rút đề xuất',
    rejectTitle: (citation: string) => `Từ chối đề xuất: ${citation}`,
    rejectNote: 'Lý do từ chối',
    rejectSubmit: 'Xác nhận từ chối',
    rejected: 'Đã từ chối đề xuất.',
    noteRequired: 'Ghi lý do từ chối.',
    openAct: 'Xem hành vi',
  },
};
