// Strings of a decision's execution: delivery, payments, late charge, instalments, enforcement, complaints (vi.execution).
import type { Schemas } from '../api/client';
import { isIsoDate } from '@libs/vn/dates';
import { formatDate as date, formatMoney as money } from '../format/format';

type Labels<K extends string> = Record<K, string>;


const deliveryMethod = {
  in_person: 'Giao trực tiếp',
  registered_post: 'Gửi qua bưu chính bảo đảm',
  electronic: 'Gửi bằng phương thức điện tử',
  public_posting: 'Niêm yết công khai',
} satisfies Labels<Schemas['DeliveryMethod']>;

const paymentChannel = {
  state_treasury: 'Nộp tại Kho bạc Nhà nước',
  bank_account: 'Nộp vào tài khoản tại ngân hàng',
  public_service_portal: 'Cổng Dịch vụ công quốc gia',
} satisfies Labels<Schemas['PaymentChannel']>;

const requestKind = {
  postponement: 'Hoãn thi hành quyết định (Đ76)',
  instalments: 'Nộp tiền phạt nhiều lần (Đ79)',
} satisfies Labels<Schemas['ExecutionRequestKind']>;

const requestStatus = {
  pending: 'Đang xem xét',
  granted: 'Đã chấp nhận',
  refused: 'Không chấp nhận',
} satisfies Labels<Schemas['ExecutionRequestStatus']>;

const enforcementMeasure = {
  wage_deduction: 'Khấu trừ một phần lương, thu nhập (MQĐ07)',
  account_deduction: 'Khấu trừ tiền từ tài khoản (MQĐ08)',
  asset_seizure: 'Kê biên tài sản để bán đấu giá (MQĐ09)',
  remedial_enforcement: 'Buộc thực hiện biện pháp khắc phục hậu quả (MQĐ11)',
} satisfies Labels<Schemas['EnforcementMeasureKind']>;

const complaintKind = {
  complaint: 'Khiếu nại',
  lawsuit: 'Khởi kiện vụ án hành chính',
} satisfies Labels<Schemas['ComplaintKind']>;

const complaintOutcome = {
  pending: 'Đang giải quyết',
  upheld: 'Giữ nguyên quyết định',
  amended: 'Sửa đổi, bổ sung quyết định (MQĐ38)',
  annulled: 'Hủy bỏ quyết định (MQĐ40)',
  withdrawn: 'Rút đơn / đình chỉ giải quyết',
} satisfies Labels<Schemas['ComplaintOutcome']>;

const filePurpose = {
  delivery_proof: 'Chứng từ giao, gửi quyết định',
  refusal_record: 'Biên bản không nhận quyết định (MBB06)',
  payment_receipt: 'Biên lai, chứng từ nộp tiền',
  request: 'Đơn đề nghị',
  complaint: 'Đơn khiếu nại, khởi kiện',
  remedial: 'Chứng cứ đã khắc phục',
} satisfies Labels<Schemas['ExecutionFilePurpose']>;

/** A step's standing (the API's StepStatus). */
const step: Record<string, string> = {
  pending: 'Trong hạn',
  overdue: 'Quá hạn',
  met: 'Đã thực hiện đúng hạn',
  late: 'Thực hiện muộn',
  not_applicable: 'Không áp dụng',
};
const limitStatus: Record<string, string> = {
  running: 'Còn thời hạn',
  expiring: 'Sắp hết thời hạn',
  passed: 'Đã hết thời hạn',
  done: 'Đã thi hành xong',
};

/** The API's refusals (English, naming the rule) as a legal officer reads them; anything unknown is shown as it came. */
export function executionMessage(message: string): string {
  const rule = /^((?:LXLVPHC|NĐ) [^:]+): /.exec(message);
  const cite = rule ? ` (${rule[1]})` : '';
  const text = rule ? message.slice(rule[0].length) : message;
  const rules: [RegExp, (m: RegExpExecArray) => string][] = [
    [/must not be after today \((\d{4}-\d{2}-\d{2})\)/, (m) => `Không được sau ngày hôm nay (${date(m[1])}).`],
    [/must not be before the day decision (\S+) was issued \((\d{4}-\d{2}-\d{2})\)/, (m) => `Không được trước ngày ban hành quyết định ${m[1]} (${date(m[2])}).`],
    [/must not be before (.+) \((\d{4}-\d{2}-\d{2})\)/, (m) => `Không được trước ${m[1] === 'the day the request was received' ? 'ngày nhận đơn' : m[1] === 'the day it was sent' ? 'ngày gửi' : m[1] === 'the day it was filed' ? 'ngày nộp đơn' : 'ngày'} ${date(m[2])}.`],
    [/must not be after the day it was received \((\d{4}-\d{2}-\d{2})\)/, (m) => `Không được sau ngày nhận đơn (${date(m[1])}).`],
    [/refusal to receive the decision is recorded with the number/, () => 'Ghi số biên bản về việc không nhận quyết định (MBB06).'],
    [/only a refusal has a refusal record/, () => 'Chỉ ghi số biên bản khi người vi phạm từ chối nhận.'],
    [/(\d+) đồng is (\d+) đồng more than the fine and late charge owed on (\S+)/, (m) => `Số tiền ${money(Number(m[1]))} vượt ${money(Number(m[2]))} so với tiền phạt và tiền chậm nộp còn phải nộp ngày ${date(m[3])}.`],
    [/the first instalment must be at least (\d+)% of the fine \(([\d.]+) đồng\); it is ([\d.]+) đồng/, (m) => `Lần nộp thứ nhất phải ít nhất ${m[1]}% số tiền phạt (${m[2]} ₫); đang ghi ${m[3]} ₫${cite}.`],
    [/the instalments add up to ([\d.]+) đồng, not the fine of ([\d.]+) đồng/, (m) => `Tổng các lần nộp là ${m[1]} ₫, không bằng số tiền phạt ${m[2]} ₫${cite}.`],
    [/paying in instalments means at least 2 payments/, () => `Nộp nhiều lần phải có ít nhất 2 lần nộp${cite}.`],
    [/at most (\d+) instalments/, (m) => `Tối đa ${m[1]} lần nộp${cite}.`],
    [/instalment (\d+) must fall after instalment (\d+)/, (m) => `Hạn lần ${m[1]} phải sau hạn lần ${m[2]}${cite}.`],
    [/within (\d+) months of the decision taking effect on (\S+), i\.e\. by (\S+); instalment (\d+)/, (m) => `Mọi lần nộp phải trong ${m[1]} tháng kể từ ngày quyết định có hiệu lực (${date(m[2])}), tức là đến ${date(m[3])}; lần ${m[4]} quá hạn này${cite}.`],
    [/instalments are allowed only for a fine of at least ([\d.]+) đồng/, (m) => `Chỉ được nộp nhiều lần khi tiền phạt từ ${m[1]} ₫ trở lên${cite}.`],
    [/the request must be confirmed by/, () => `Đơn phải có xác nhận về hoàn cảnh kinh tế đặc biệt khó khăn${cite}.`],
    [/a postponement lasts at most (\d+) months from the decision granting it \((\S+)\), i\.e\. until (\S+)/, (m) => `Hoãn tối đa ${m[1]} tháng kể từ ngày quyết định hoãn (${date(m[2])}), tức là đến ${date(m[3])}${cite}.`],
    [/a postponement states its last day/, () => 'Ghi ngày cuối cùng được hoãn (tối đa 3 tháng, LXLVPHC Đ76 k1).'],
    [/instalments list each payment and its last day/, () => 'Ghi từng lần nộp và hạn nộp (LXLVPHC Đ79 k2).'],
    [/a refusal states its reason in writing/, () => 'Ghi lý do không chấp nhận.'],
    [/a decision lists its recipients/, () => 'Ghi nơi nhận của quyết định.'],
    [/a suspension of execution is recorded with the decision that ordered it/, () => 'Ghi số, ngày văn bản tạm đình chỉ thi hành.'],
    [/a suspension of execution needs the day it starts/, () => 'Ghi ngày bắt đầu tạm đình chỉ thi hành.'],
    [/must not be before suspendedFrom/, () => 'Không được trước ngày bắt đầu tạm đình chỉ.'],
    [/issue it first/, () => 'Kết quả này được thực hiện bằng quyết định sửa đổi, bổ sung (MQĐ38) hoặc hủy bỏ (MQĐ40) đã ban hành; hãy ban hành quyết định đó trước.'],
    [/there is no money to enforce/, () => 'Tiền phạt và tiền chậm nộp đã nộp đủ: không còn khoản tiền để cưỡng chế.'],
    [/there is nothing to enforce/, () => 'Mọi biện pháp khắc phục đã thực hiện: không còn gì để cưỡng chế.'],
    [/Enforcement applies to a decision not carried out by its deadline.*the last day to pay is (\S+)/, (m) => `Chỉ cưỡng chế khi quá thời hạn thi hành mà không tự nguyện chấp hành (LXLVPHC Đ85 k1); hạn nộp cuối cùng: ${isIsoDate(m[1]) ? date(m[1]) : 'chưa xác định (chưa ghi nhận ngày nhận quyết định)'}.`],
    [/Execution is suspended since (\S+)/, (m) => `Quyết định đang bị tạm đình chỉ thi hành từ ${date(m[1])}: không cưỡng chế được.`],
    [/ended on (\S+) \(LXLVPHC Đ74 k1\)/, (m) => `Thời hiệu thi hành quyết định đã hết ngày ${date(m[1])} (LXLVPHC Đ74 k1).`],
    [/was already (\w+) on (\S+)/, (m) => `Đơn đã được ${m[1] === 'granted' ? 'chấp nhận' : 'giải quyết'} ngày ${date(m[2])}.`],
    [/already recorded as carried out on (\S+)/, (m) => `Đã ghi nhận thi hành ngày ${date(m[1])}.`],
    [/already recorded as done on (\S+)/, (m) => `Đã ghi nhận thực hiện ngày ${date(m[1])}.`],
    [/nothing is owed|imposes no fine|has none/, () => 'Quyết định không còn khoản tiền phạt phải nộp.'],
  ];
  for (const [re, say] of rules) {
    const m = re.exec(text);
    if (m) return say(m);
  }
  return message;
}

export const executionVi = {
  title: 'Thi hành quyết định',
  pageTitle: (number: string) => `Thi hành quyết định số ${number}`,
  labels: { deliveryMethod, paymentChannel, requestKind, requestStatus, enforcementMeasure, complaintKind, complaintOutcome, filePurpose, step, limitStatus },

  head: {
    issuedOn: 'Ngày ban hành',
    effectiveDate: 'Ngày có hiệu lực',
    subject: 'Đối tượng bị xử phạt',
    total: 'Tổng số tiền phạt',
    standing: 'Hiệu lực',
    toDecision: 'Xem quyết định',
    toCase: (n: string) => `Hồ sơ ${n}`,
    toCaseFallback: 'Hồ sơ vụ việc',
    amendedBy: (n: string, d: string) => `Số tiền theo quyết định sửa đổi, bổ sung số ${n} ngày ${date(d)}`,
    annulledBy: (n: string, d: string) => `Quyết định đã bị hủy bỏ bởi quyết định số ${n} ngày ${date(d)}: không còn phải thi hành.`,
    suspended: (from: string, until: string | null, ref: string) =>
      `Đang tạm đình chỉ thi hành từ ${date(from)}${until ? ` đến ${date(until)}` : ''} theo ${ref}: thời gian này không tính chậm nộp.`,
    readOnly: 'Bạn chỉ xem: việc ghi nhận thi hành quyết định do cán bộ pháp chế thực hiện.',
    today: (d: string) => `Số liệu tính đến ngày ${date(d)}`,
  },

  summary: {
    title: 'Tình hình nộp phạt',
    due: 'Số tiền phạt phải nộp',
    paid: 'Đã nộp',
    balance: 'Còn phải nộp',
    balanceHint: 'gồm cả tiền chậm nộp',
    deadline: 'Hạn nộp phạt',
    noDeadline: 'Chưa xác định',
    noDeadlineHint: 'Tính từ ngày nhận quyết định: ghi nhận việc giao quyết định.',
    daysLeft: (n: number) => (n === 0 ? 'Hôm nay là ngày cuối' : `Còn ${n} ngày`),
    daysOver: (n: number) => `Quá hạn ${n} ngày`,
    settled: (d: string) => `Đã nộp đủ ngày ${date(d)}`,
    dues: 'Các khoản phải nộp',
    dueLabel: (label: string) =>
      label.startsWith('instalment')
        ? `Lần ${/instalment (\d+)/.exec(label)?.[1] ?? ''}${/\((.+)\)/.exec(label) ? ` theo quyết định ${/\((.+)\)/.exec(label)?.[1]}` : ''}`
        : label.startsWith('fine, postponed')
          ? `Tiền phạt, hoãn theo quyết định ${label.replace(/^fine, postponed by /, '')}`
          : label.startsWith('fine (no deadline')
            ? 'Tiền phạt (chưa có hạn nộp)'
            : 'Tiền phạt',
    amount: 'Số tiền',
    dueOn: 'Hạn nộp',
    lateCharge: 'Tiền chậm nộp đến nay',
    lateChargeNone: 'Chưa phát sinh tiền chậm nộp.',
    lateChargeRule: 'Mỗi ngày chậm nộp phải nộp thêm 0,05% trên tổng số tiền phạt chưa nộp.',
    chargePaid: (paid: number, left: number) => `Đã nộp ${money(paid)} tiền chậm nộp; còn ${money(left)}.`,
    steps: 'Cách tính',
    from: 'Từ ngày',
    to: 'Đến ngày',
    days: 'Số ngày',
    unpaid: 'Số tiền chưa nộp',
    charge: 'Tiền chậm nộp',
    stepText: (days: number, unpaid: number, charge: number) => `${days} ngày × 0,05% × ${money(unpaid)} = ${money(charge)}`,
    excluded: 'Thời gian không tính chậm nộp',
    excludedReason: (reason: string) =>
      /instalment request/.test(reason)
        ? 'Đang xem xét đơn đề nghị nộp nhiều lần (NĐ 118/2021 Đ20 k4)'
        : /postponement request/.test(reason)
          ? 'Đang xem xét đơn đề nghị hoãn (NĐ 118/2021 Đ20 k4)'
          : /suspended/.test(reason)
            ? 'Tạm đình chỉ thi hành quyết định'
            : reason,
    excludedLine: (from: string, to: string, days: number, reason: string) => `${date(from)} – ${date(to)} (${days} ngày): ${reason}`,
    overpaid: (n: number) => `Nộp thừa ${money(n)}.`,
    limit: 'Thời hiệu thi hành (LXLVPHC Đ74 k1)',
    limitText: (due: string | null, left: number | null) =>
      due ? `Đến ${date(due)}${left !== null ? (left >= 0 ? ` (còn ${left} ngày)` : ` (đã quá ${-left} ngày)`) : ''}` : 'Chưa xác định',
    enforcementDue: 'Quá thời hạn mà chưa tự nguyện chấp hành: xem xét ra quyết định cưỡng chế (LXLVPHC Đ85 k1, Đ86).',
    enforcementMoney: (n: number, due: string) => `Tiền phạt chưa nộp đủ khi hết hạn ngày ${date(due)}: còn ${money(n)} (gồm tiền chậm nộp).`,
    enforcementRemedial: (items: string) => `Biện pháp khắc phục hậu quả quá hạn chưa thực hiện: ${items}.`,
    outstanding: 'Còn phải làm để quyết định được thi hành xong',
    outstandingBalance: (n: number) => `Nộp đủ ${money(n)} (gồm tiền chậm nộp), hoặc thi hành xong quyết định cưỡng chế.`,
    outstandingRemedial: (n: number) => `${n} biện pháp khắc phục hậu quả chưa ghi nhận đã thực hiện.`,
    outstandingSuspension: (n: number) => `${n} hình thức tước quyền sử dụng giấy phép chưa bắt đầu trong sổ đăng ký.`,
    done: 'Quyết định đã được thi hành xong.',
  },

  tabs: {
    deliveries: 'Giao quyết định',
    payments: 'Nộp phạt',
    requests: 'Hoãn, nộp nhiều lần',
    enforcements: 'Cưỡng chế',
    complaints: 'Khiếu nại, khởi kiện',
    remedial: 'Biện pháp khắc phục',
  },

  common: {
    file: 'Tệp đính kèm',
    fileHint: 'Ảnh (PNG, JPEG, WebP), PDF hoặc văn bản; tối đa theo giới hạn tải lên của hệ thống.',
    pickFile: 'Chọn tệp',
    note: 'Ghi chú',
    download: (name: string) => `Tải ${name}`,
    pdf: 'Tải quyết định (PDF)',
    pdfPending: 'Đang tạo tệp PDF…',
    pdfFailed: 'Không tạo được tệp PDF. Báo quản trị hệ thống.',
    actions: 'Thao tác',
    signer: 'Người ký',
    signerName: 'Họ tên người ký',
    signerTitle: 'Chức vụ người ký',
    deputy: 'Cấp phó ký thay (KT.)',
    headTitle: 'Chức vụ cấp trưởng',
    delegationNumber: 'Số quyết định giao quyền',
    delegationDate: 'Ngày giao quyền',
    recipients: 'Nơi nhận (mỗi dòng một nơi)',
    recipientsDefault: 'Như Điều 3\nLưu: VT, Hồ sơ',
    executingBody: 'Cơ quan tổ chức thi hành (Điều 3)',
    unplaced: 'Máy chủ từ chối',
    saved: 'Đã ghi nhận.',
    empty: 'Chưa có.',
    uploadFailed: 'Không tải được tệp lên; chưa ghi nhận.',
  },

  delivery: {
    title: 'Ghi nhận giao, gửi quyết định',
    deadline: (due: string | null) => (due ? `Hạn gửi quyết định: ${date(due)} (3 ngày làm việc kể từ ngày ban hành, LXLVPHC Đ70 k1)` : 'Hạn gửi quyết định: chưa xác định'),
    notSent: 'Chưa gửi',
    method: 'Hình thức gửi',
    sentOn: 'Ngày giao, gửi',
    receivedOn: 'Ngày người vi phạm nhận',
    receivedHint: 'Từ ngày nhận, người vi phạm có 10 ngày để nộp phạt (LXLVPHC Đ73 k1).',
    recipient: 'Người nhận',
    refused: 'Người vi phạm từ chối nhận quyết định',
    refusalRecordNumber: 'Số biên bản không nhận quyết định (MBB06)',
    refusalFile: 'Biên bản không nhận quyết định',
    proof: 'Chứng từ giao, gửi',
    late: 'Gửi muộn',
    onTime: 'Đúng hạn',
    refusal: (n: string | null) => `Từ chối nhận, biên bản số ${n ?? '—'}`,
    submit: 'Ghi nhận giao quyết định',
    empty: 'Chưa ghi nhận việc giao, gửi quyết định.',
    saved: 'Đã ghi nhận việc giao quyết định.',
  },

  payment: {
    title: 'Ghi nhận nộp tiền phạt',
    amount: 'Số tiền nộp (đồng)',
    paidOn: 'Ngày nộp',
    channel: 'Hình thức nộp',
    receiptNumber: 'Số biên lai, chứng từ',
    receiptFile: 'Biên lai, chứng từ nộp tiền',
    total: 'Tổng đã nộp',
    submit: 'Ghi nhận nộp phạt',
    empty: 'Chưa có lần nộp nào.',
    saved: (amount: number) => `Đã ghi nhận nộp ${money(amount)}.`,
    hint: 'Số tiền không được vượt tiền phạt và tiền chậm nộp còn phải nộp vào ngày đó.',
  },

  request: {
    title: 'Tiếp nhận đơn đề nghị',
    rule: 'Điều kiện theo luật',
    rulePostponement: 'Hoãn (LXLVPHC Đ76 k1): tiền phạt của cá nhân từ 3.000.000 ₫, tổ chức từ 100.000.000 ₫ (ngưỡng cần cán bộ pháp chế xác nhận); hoàn cảnh kinh tế đặc biệt khó khăn có xác nhận; hoãn tối đa 3 tháng kể từ ngày quyết định hoãn.',
    ruleInstalments: 'Nộp nhiều lần (LXLVPHC Đ79): tiền phạt của cá nhân từ 20.000.000 ₫, tổ chức từ 200.000.000 ₫; có xác nhận khó khăn của UBND cấp xã, nơi làm việc (cá nhân) hoặc cơ quan thuế, cơ quan cấp trên (tổ chức); tối đa 3 lần trong 6 tháng kể từ ngày quyết định có hiệu lực; lần đầu ít nhất 40%.',
    rulePause: 'Thời gian xem xét đơn không tính chậm nộp (NĐ 118/2021 Đ20 k4).',
    kind: 'Loại đề nghị',
    receivedOn: 'Ngày nhận đơn',
    requestDate: 'Ngày ghi trên đơn',
    reason: 'Lý do (hoàn cảnh khó khăn)',
    hardshipConfirmedBy: 'Cơ quan xác nhận khó khăn',
    requestFile: 'Đơn đề nghị (bản chụp)',
    submit: 'Tiếp nhận đơn',
    saved: 'Đã tiếp nhận đơn đề nghị.',
    empty: 'Chưa có đơn đề nghị.',
    status: 'Kết quả',
    decision: 'Quyết định',
    decide: 'Ra quyết định về đơn',
    decideTitle: (kind: string) => `Quyết định về đơn: ${kind}`,
    grant: 'Chấp nhận',
    refuse: 'Không chấp nhận',
    verdict: 'Kết quả xem xét',
    decidedOn: 'Ngày ra quyết định',
    postponedUntil: 'Hoãn đến hết ngày',
    schedule: 'Lịch nộp tiền phạt',
    instalment: (i: number) => `Lần ${i}`,
    instalmentAmount: (i: number) => `Số tiền lần ${i} (đồng)`,
    instalmentDue: (i: number) => `Hạn nộp lần ${i}`,
    addInstalment: 'Thêm lần nộp',
    removeInstalment: (i: number) => `Bỏ lần ${i}`,
    refusalReason: 'Lý do không chấp nhận',
    submitDecision: 'Ra quyết định',
    granted: (n: string) => `Đã ra quyết định số ${n}.`,
    refusedSaved: 'Đã ghi nhận không chấp nhận đơn.',
    refusedBecause: (r: string) => `Không chấp nhận: ${r}`,
    postponed: (d: string) => `Hoãn đến ${date(d)}`,
    warning: 'Lưu ý',
  },

  enforcement: {
    title: 'Ra quyết định cưỡng chế',
    due: 'Quyết định đã quá hạn mà chưa chấp hành.',
    notDue: 'Chỉ ra quyết định cưỡng chế khi quá thời hạn mà người vi phạm không tự nguyện chấp hành (LXLVPHC Đ85 k1).',
    number: 'Số quyết định',
    measure: 'Biện pháp cưỡng chế',
    decidedOn: 'Ngày ra quyết định',
    effectiveDate: 'Ngày có hiệu lực',
    decreeBasis: 'Căn cứ nghị định về cưỡng chế',
    decreeBasisHint: 'Điều, số, ngày, trích yếu của nghị định quy định cưỡng chế thi hành quyết định xử phạt.',
    days: 'Số ngày thực hiện (tối đa 30)',
    holderName: 'Tổ chức tín dụng, cơ quan, đơn vị quản lý tiền, tài sản',
    accountNumber: 'Số tài khoản của người bị cưỡng chế',
    seizurePlace: 'Địa điểm kê biên',
    amount: 'Số tiền cưỡng chế',
    carriedOut: 'Đã thi hành',
    markCarriedOut: 'Ghi nhận đã thi hành',
    carriedOutOn: 'Ngày thi hành xong',
    submit: 'Ra quyết định cưỡng chế',
    saved: (n: string) => `Đã ra quyết định cưỡng chế số ${n}.`,
    carriedOutSaved: 'Đã ghi nhận thi hành cưỡng chế.',
    empty: 'Chưa có quyết định cưỡng chế.',
    form: 'Mẫu',
  },

  complaint: {
    title: 'Ghi nhận khiếu nại, khởi kiện',
    hint: 'Trong thời gian khiếu nại, khởi kiện, quyết định vẫn được thi hành, trừ khi có quyết định tạm đình chỉ thi hành của cơ quan có thẩm quyền.',
    kind: 'Loại',
    filedOn: 'Ngày nộp đơn',
    body: 'Cơ quan giải quyết / Tòa án',
    summary: 'Nội dung',
    suspension: 'Tạm đình chỉ thi hành',
    suspendedFrom: 'Tạm đình chỉ từ ngày',
    suspendedUntil: 'Đến ngày',
    suspensionReference: 'Văn bản tạm đình chỉ (số, ngày)',
    file: 'Đơn khiếu nại, khởi kiện (bản chụp)',
    outcome: 'Kết quả',
    outcomeOn: 'Ngày có kết quả',
    correction: 'Quyết định sửa đổi, bổ sung hoặc hủy bỏ đã ban hành',
    suspensionEndedOn: 'Chấm dứt tạm đình chỉ từ ngày',
    recordOutcome: 'Ghi nhận kết quả',
    submit: 'Ghi nhận khiếu nại, khởi kiện',
    saved: 'Đã ghi nhận khiếu nại, khởi kiện.',
    outcomeSaved: 'Đã ghi nhận kết quả giải quyết.',
    empty: 'Chưa có khiếu nại, khởi kiện.',
    suspendedText: (from: string, until: string | null, ref: string | null) => `${date(from)}${until ? ` – ${date(until)}` : ''}${ref ? `, ${ref}` : ''}`,
  },

  remedial: {
    none: 'Quyết định không áp dụng biện pháp khắc phục hậu quả.',
    measure: 'Biện pháp',
    dueOn: 'Thời hạn',
    doneOn: 'Ngày thực hiện xong',
    status: 'Tình trạng',
    notDone: 'Chưa thực hiện',
    markDone: 'Ghi nhận đã thực hiện',
    file: 'Chứng cứ đã khắc phục',
    saved: 'Đã ghi nhận biện pháp khắc phục hậu quả.',
  },
};
