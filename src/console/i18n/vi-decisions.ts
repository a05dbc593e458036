// Strings of the decision workspace and the decisions list (vi.decisions).
import type { Schemas } from '../api/client';

type Labels<K extends string> = Record<K, string>;

const status = { draft: 'Đang soạn thảo', issued: 'Đã ban hành' } satisfies Labels<Schemas['DecisionStatus']>;

const measureKind = {
  'licence-suspension': 'Tước quyền sử dụng giấy phép',
  'activity-suspension': 'Đình chỉ hoạt động',
  'practising-certificate-suspension': 'Tước quyền sử dụng chứng chỉ hành nghề',
  'press-card-revocation': 'Thu hồi thẻ nhà báo',
  confiscation: 'Tịch thu tang vật, phương tiện',
  'remedial-measure': 'Biện pháp khắc phục hậu quả',
} satisfies Labels<Schemas['MeasureKind']>;

type RefusalCode =
  | 'case_not_ready'
  | 'explanation_window_open'
  | 'unverified_rule'
  | 'time_barred'
  | 'above_signer_cap'
  | 'authority_unknown'
  | 'needs_officer_choice'
  | 'fine_range_unknown'
  | 'violation_missing'
  | 'additional_sanction_not_provided'
  | 'remedial_measure_not_provided'
  | 'measure_not_attached'
  | 'document_incomplete'
  | 'original_not_in_force'
  | 'licence_not_in_registry';

/** Each reason the API gives for refusing to issue (details.reasons[].code): what it means and how to resolve it. */
const refusal: Record<RefusalCode, { title: string; fix: string }> = {
  case_not_ready: { title: 'Hồ sơ vụ việc chưa đủ điều kiện ra quyết định', fix: 'Mở hồ sơ vụ việc, hoàn tất bước còn thiếu (biên bản, giải trình) rồi ban hành lại.' },
  explanation_window_open: {
    title: 'Thời hạn giải trình chưa kết thúc (LXLVPHC Đ61)',
    fix: 'Chờ hết thời hạn giải trình, hoặc ghi nhận đã nhận giải trình / từ chối giải trình trong hồ sơ vụ việc.',
  },
  unverified_rule: {
    title: 'Dòng danh mục áp dụng chưa được xác minh',
    fix: 'Đối chiếu dòng danh mục với văn bản gốc và xác minh (một cán bộ đề xuất, cán bộ khác phê duyệt), rồi ban hành lại.',
  },
  time_barred: {
    title: 'Đã hết thời hiệu xử phạt (LXLVPHC Đ6 k1)',
    fix: 'Không được ra quyết định xử phạt đối với hành vi này (LXLVPHC Đ65 k1); bỏ hành vi khỏi dự thảo hoặc đóng hồ sơ không xử phạt.',
  },
  above_signer_cap: {
    title: 'Vượt thẩm quyền của người ký (LXLVPHC Đ52)',
    fix: 'Chọn người ký có thẩm quyền cao hơn ở thẻ "Người ký và nội dung", hoặc chuyển hồ sơ lên cấp có thẩm quyền.',
  },
  authority_unknown: {
    title: 'Chưa kiểm tra được thẩm quyền của người ký',
    fix: 'Kiểm tra chức danh người ký ở thẻ "Người ký và nội dung"; nếu đúng, báo cán bộ quản lý danh mục bổ sung mức thẩm quyền.',
  },
  needs_officer_choice: {
    title: 'Chưa quyết định mức phạt trong khung (LXLVPHC Đ23 k4)',
    fix: 'Nhập mức tiền phạt (hoặc số tháng tước quyền, đình chỉ) trong khung cho phép, kèm lý do.',
  },
  fine_range_unknown: { title: 'Chưa xác định được khung tiền phạt', fix: 'Bổ sung khung tiền phạt của dòng danh mục, rồi tính lại bảng tính của hành vi.' },
  violation_missing: { title: 'Hành vi không còn trong hồ sơ vụ việc', fix: 'Kiểm tra lại các hành vi vi phạm của hồ sơ và danh sách hành vi trong dự thảo.' },
  additional_sanction_not_provided: {
    title: 'Hình thức xử phạt bổ sung không được quy định cho các hành vi',
    fix: 'Bỏ các hình thức xử phạt bổ sung ghi tay: điều khoản của các hành vi không quy định hình thức nào.',
  },
  remedial_measure_not_provided: {
    title: 'Biện pháp khắc phục hậu quả không được quy định cho các hành vi',
    fix: 'Bỏ các biện pháp ghi tay: điều khoản của các hành vi không quy định biện pháp khắc phục nào.',
  },
  measure_not_attached: {
    title: 'Có hình thức bổ sung / biện pháp khắc phục không gắn với hành vi nào',
    fix: 'Ở thẻ "Hình thức bổ sung, biện pháp khắc phục", thêm dòng cho đúng hành vi (kèm lý do) thay cho dòng ghi tay.',
  },
  document_incomplete: { title: 'Quyết định còn thiếu nội dung bắt buộc', fix: 'Bổ sung nội dung còn thiếu ở thẻ "Người ký và nội dung".' },
  original_not_in_force: { title: 'Quyết định gốc đã bị hủy bỏ', fix: 'Quyết định đã bị hủy bỏ không thể sửa đổi, đính chính hay hủy bỏ thêm.' },
  licence_not_in_registry: {
    title: 'Giấy phép bị tước quyền sử dụng không có trong sổ quản lý của Sở',
    fix: 'Ghi đúng số giấy phép đang có trong sổ quản lý ở dòng tước quyền sử dụng giấy phép.',
  },
};

export const decisionsVi = {
  listTitle: 'Quyết định xử phạt',
  title: 'Quyết định xử phạt',
  status,
  measureKind,
  refusal,
  refusalOther: { title: 'Lý do khác', fix: 'Xem nội dung máy chủ trả về bên dưới.' },
  draftLabel: 'Dự thảo',

  list: {
    number: 'Số quyết định',
    date: 'Ngày',
    subject: 'Đối tượng bị xử phạt',
    kind: 'Loại quyết định',
    total: 'Tổng tiền phạt',
    status: 'Trạng thái',
    empty: 'Chưa có quyết định nào.',
    totalText: (from: number, to: number, n: number) => `${from}–${to} trên ${n} quyết định`,
    filterStatus: 'Lọc theo trạng thái',
    filterYear: 'Năm ban hành',
    createdOn: (d: string) => `Lập ngày ${d}`,
  },

  head: {
    case: 'Hồ sơ vụ việc',
    toCase: 'Mở hồ sơ vụ việc',
    toExecution: 'Thi hành quyết định',
    issuedOn: 'Ngày ban hành',
    total: 'Tổng tiền phạt',
    totalPending: 'Chưa đủ (còn hành vi chưa xác định mức phạt)',
    kind: 'Loại',
    original: 'Quyết định gốc',
    correctionReason: 'Lý do',
    frozen: 'Quyết định đã ban hành không thể sửa. Muốn thay đổi, hãy lập quyết định sửa đổi, bổ sung, đính chính hoặc hủy bỏ.',
    readOnly: 'Chỉ cán bộ pháp chế của Sở được sửa dự thảo.',
  },

  tabs: { acts: 'Hành vi và bảng tính', measures: 'Hình thức bổ sung, biện pháp khắc phục', details: 'Người ký và nội dung', issue: 'Ban hành', corrections: 'Sửa đổi, đính chính, hủy bỏ' },

  acts: {
    act: (i: number) => `Hành vi ${i + 1}`,
    description: 'Hành vi vi phạm',
    legalBasis: 'Quy định tại',
    facts: 'Nội dung vi phạm',
    mitigating: 'Tình tiết giảm nhẹ',
    aggravating: 'Tình tiết tăng nặng',
    mainSanction: 'Hình thức xử phạt chính',
    amount: 'Mức phạt',
    amountPending: 'Chờ người có thẩm quyền quyết định',
    status: { complete: 'Đã đủ', 'needs-officer-choice': 'Cần quyết định mức phạt', incomplete: 'Chưa đủ dữ liệu' } as Record<string, string>,
    worksheet: 'Bảng tính tiền phạt (đã cố định khi lập biên bản)',
    step: 'Bước',
    stepName: 'Nội dung bước',
    citation: 'Căn cứ',
    result: 'Kết quả',
    noWorksheet: 'Không đọc được bảng tính của hành vi này.',
    warning: 'Cảnh cáo',
    fine: 'Phạt tiền',
    none: 'Không có',
  },

  steps: {
    version: (citation: string) => citation,
    range: (min: string, max: string) => `Khung ${min} – ${max}`,
    median: (v: string) => `Mức trung bình ${v}`,
    band: (min: string, max: string) => `Mức phạt trong khoảng ${min} – ${max}`,
    circumstances: (m: number, a: number) => `${m} tình tiết giảm nhẹ, ${a} tình tiết tăng nặng`,
    amount: (v: string) => `Mức phạt ${v}`,
    limitation: (d: string) => `Hạn cuối ra quyết định ${d}`,
    explanation: (yes: boolean) => (yes ? 'Có quyền giải trình' : 'Không có quyền giải trình'),
    months: (min: number, max: number) => `${min} – ${max} tháng`,
  },

  choice: {
    title: 'Quyết định mức phạt trong khung',
    band: 'Khung cho phép',
    amountBand: (min: string, max: string) => `Tiền phạt: ${min} – ${max}`,
    monthsBand: (min: number, max: number) => `Thời hạn tước quyền / đình chỉ: ${min} – ${max} tháng`,
    amount: 'Mức tiền phạt (đồng)',
    months: 'Số tháng tước quyền sử dụng / đình chỉ',
    reason: 'Lý do lựa chọn mức phạt',
    reasonHint: 'Ghi rõ căn cứ thực tế (mức độ, hậu quả, việc khắc phục…). Lý do được lưu vào nhật ký và hồ sơ.',
    submit: 'Ghi nhận mức phạt',
    saved: 'Đã ghi nhận mức phạt.',
    current: (what: string, reason: string, at: string) => `Đã chọn ${what} lúc ${at}. Lý do: ${reason}`,
    stale: 'Bảng tính đã được tính lại sau lần chọn trước: lựa chọn cũ không còn giá trị, hãy chọn lại.',
    outside: (act: number, band: string) => `Hành vi ${act + 1}: mức đã nhập nằm ngoài khung cho phép (${band}).`,
    monthsUnit: (n: number) => `${n} tháng`,
  },

  measures: {
    intro: 'Danh sách lấy từ điều khoản của từng hành vi. Chỉ được bỏ hoặc sửa một dòng khi ghi rõ lý do; mọi thay đổi được lưu vào nhật ký.',
    act: 'Hành vi',
    kind: 'Loại',
    description: 'Nội dung ghi trong quyết định',
    providedBy: 'Điều khoản quy định',
    detail: 'Giấy phép / thời hạn',
    state: 'Tình trạng',
    dropped: 'Đã bỏ',
    kept: 'Áp dụng',
    added: 'Bổ sung',
    reason: 'Lý do',
    licence: (n: string) => `Giấy phép số ${n}`,
    noLicence: 'Chưa ghi giấy phép',
    months: (n: number | null, max: number | null) => (n === null ? `Chưa chọn số tháng${max ? ` (tối đa ${max})` : ''}` : `${n} tháng`),
    deadlineDays: (n: number) => `Trong ${n} ngày kể từ ngày nhận quyết định`,
    deadlineDate: (d: string) => `Hạn cuối ${d}`,
    empty: 'Điều khoản của các hành vi không quy định hình thức xử phạt bổ sung hay biện pháp khắc phục nào.',
    drop: 'Bỏ dòng',
    restore: 'Khôi phục',
    change: 'Sửa dòng',
    add: 'Thêm dòng',
    actions: 'Thao tác',
    dropTitle: 'Bỏ dòng khỏi quyết định',
    restoreTitle: 'Khôi phục dòng',
    changeTitle: 'Sửa nội dung dòng',
    addTitle: 'Thêm hình thức bổ sung / biện pháp khắc phục',
    reasonRequired: 'Ghi lý do (bắt buộc): được lưu vào nhật ký.',
    licenceNumber: 'Số giấy phép',
    licenceLabel: 'Tên giấy phép',
    deadlineDaysLabel: 'Thời hạn thực hiện (số ngày kể từ ngày nhận)',
    saved: 'Đã lưu dòng.',
    free: 'Nội dung ghi tay trong dự thảo (không gắn với hành vi)',
    freeAdditional: 'Hình thức xử phạt bổ sung ghi tay',
    freeRemedial: 'Biện pháp khắc phục ghi tay',
    clearFree: 'Bỏ các dòng ghi tay',
    cleared: 'Đã bỏ các dòng ghi tay.',
  },

  details: {
    signer: 'Người ký',
    fullName: 'Họ và tên người ký',
    title: 'Chức vụ (in trên quyết định)',
    signerTitle: 'Thẩm quyền xử phạt',
    unit: 'Đơn vị',
    deputy: 'Cấp phó ký thay (KT.) theo giao quyền',
    headTitle: 'Chức vụ cấp trưởng (in sau "KT.")',
    delegationNumber: 'Số quyết định giao quyền',
    delegationDate: 'Ngày quyết định giao quyền',
    issuingBody: 'Cơ quan ban hành',
    bodyName: 'Tên cơ quan',
    parentBody: 'Cơ quan chủ quản',
    placeName: 'Địa danh',
    legalBases: 'Căn cứ bổ sung (mỗi dòng một căn cứ)',
    legalBasesHint: 'Các căn cứ theo hành vi (luật, nghị định) được tự động đưa vào quyết định.',
    payment: 'Nơi nộp tiền phạt',
    treasury: 'Kho bạc / ngân hàng',
    accountNumber: 'Số tài khoản',
    accountName: 'Tên tài khoản',
    collectingBody: 'Cơ quan thu tiền phạt (Điều 3)',
    executingBody: 'Cơ quan tổ chức thi hành (Điều 3)',
    cooperatingBodies: 'Cơ quan phối hợp (mỗi dòng một cơ quan)',
    recipients: 'Nơi nhận (mỗi dòng một nơi)',
    effectiveDate: 'Ngày có hiệu lực (để trống: ngày ký)',
    subject: 'Đối tượng bị xử phạt',
    subjectName: 'Tên',
    subjectAddress: 'Địa chỉ',
    representative: 'Người đại diện',
    save: 'Lưu nội dung',
    saved: 'Đã lưu dự thảo.',
  },

  issue: {
    title: 'Ban hành quyết định',
    intro: 'Khi ban hành, hệ thống kiểm tra lại toàn bộ (danh mục đã xác minh, thời hiệu, mức phạt, thẩm quyền, nội dung bắt buộc); nếu đạt, quyết định được cấp số, cố định và in ra PDF.',
    button: 'Ban hành',
    confirmTitle: 'Ban hành quyết định xử phạt?',
    confirm: 'Quyết định sẽ được cấp số và cố định: sau khi ban hành không thể sửa, chỉ có thể lập quyết định sửa đổi, bổ sung, đính chính hoặc hủy bỏ.',
    confirmOk: 'Ban hành',
    issued: (n: string) => `Đã ban hành quyết định số ${n}.`,
    checklist: (n: number) => `Chưa ban hành được: còn ${n} vấn đề cần xử lý`,
    checkedAt: (t: string) => `Kết quả kiểm tra lúc ${t}. Xử lý từng mục rồi bấm "Kiểm tra lại" hoặc "Ban hành".`,
    checking: 'Đang kiểm tra điều kiện ban hành…',
    recheck: 'Kiểm tra lại',
    ready: 'Đủ điều kiện ban hành',
    checkedOk: (t: string) => `Kết quả kiểm tra lúc ${t}: danh mục đã xác minh, còn thời hiệu, mức phạt trong khung, đúng thẩm quyền, đủ nội dung bắt buộc.`,
    fromServer: 'Chi tiết kỹ thuật từ máy chủ',
    actOf: (i: number, what: string) => `Hành vi ${i + 1}: ${what}`,
    goChoice: 'Đến ô chọn mức phạt',
    goCatalogue: 'Xem dòng danh mục',
    goReview: 'Mở danh sách chờ xác minh',
    goDetails: 'Sửa người ký và nội dung',
    goMeasures: 'Mở danh sách hình thức bổ sung',
    goCase: 'Mở hồ sơ vụ việc',
    none: 'Chưa kiểm tra. Bấm "Kiểm tra lại": nếu còn vấn đề, danh sách cần xử lý hiện ở đây.',
  },

  pdf: {
    title: 'Bản quyết định (PDF)',
    pending: 'Đang tạo bản PDF của quyết định…',
    failed: 'Không tạo được bản PDF.',
    frame: 'Bản PDF quyết định',
    download: 'Tải bản PDF',
    openNew: 'Mở trong thẻ mới',
    verify: 'Trang tra cứu công khai (mã QR)',
    code: (c: string) => `Mã tra cứu: ${c}`,
    fallback: 'Trình duyệt không hiển thị được PDF trong trang; hãy tải bản PDF.',
    meta: (size: string, sha: string) => `${size} · SHA-256 ${sha}`,
  },

  corrections: {
    list: 'Các quyết định liên quan',
    none: 'Chưa có quyết định sửa đổi, đính chính hay hủy bỏ nào.',
    create: 'Lập quyết định mới',
    kind: 'Loại quyết định',
    reason: 'Lý do',
    reasonHint: 'Nêu rõ sai sót hoặc căn cứ sửa đổi, hủy bỏ (LXLVPHC Đ18).',
    submit: 'Lập dự thảo',
    created: 'Đã lập dự thảo; mở để hoàn thiện và ban hành.',
    kinds: { amend: 'Sửa đổi, bổ sung (MQĐ38)', correct: 'Đính chính (MQĐ39)', annul: 'Hủy bỏ (MQĐ40)' } as Record<'amend' | 'correct' | 'annul', string>,
    onlyIssued: 'Chỉ quyết định xử phạt đã ban hành mới có thể sửa đổi, đính chính, hủy bỏ.',
  },

  draft: {
    button: 'Lập dự thảo quyết định xử phạt',
    open: 'Mở dự thảo quyết định',
    openIssued: 'Mở quyết định xử phạt',
    modalTitle: 'Lập dự thảo quyết định xử phạt',
    intro: 'Dự thảo lấy các hành vi, bảng tính và thông tin đối tượng từ hồ sơ. Có thể sửa các nội dung khác sau khi lập.',
    submit: 'Lập dự thảo',
    created: 'Đã lập dự thảo quyết định.',
  },

  saved: 'Đã lưu.',
};
