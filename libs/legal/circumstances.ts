/**
 * Mitigating (tình tiết giảm nhẹ, LXLVPHC Đ9) and aggravating (tình tiết tăng nặng, LXLVPHC Đ10 k1) circumstances.
 * Labels are short, faithful paraphrases of the law's own wording, checked against the text of Đ9 and Đ10 as amended
 * (legal-research.md §3.2: fvdms.kiemlam.org.vn and luatxulyviphamhanhchinhvietnam.blogspot.com, 2025-12). Codes are
 * the citations themselves (Đ9.k<n>, Đ10.k1.<point>) and are stored in cases: never renumber them.
 */

export const MITIGATING_CODES = ['Đ9.k1', 'Đ9.k2', 'Đ9.k3', 'Đ9.k4', 'Đ9.k5', 'Đ9.k6', 'Đ9.k7', 'Đ9.k8'] as const;
export type MitigatingCode = (typeof MITIGATING_CODES)[number];

// Vietnamese point letters skip f, j, w, z and put đ after d.
export const AGGRAVATING_CODES = [
  'Đ10.k1.a',
  'Đ10.k1.b',
  'Đ10.k1.c',
  'Đ10.k1.d',
  'Đ10.k1.đ',
  'Đ10.k1.e',
  'Đ10.k1.g',
  'Đ10.k1.h',
  'Đ10.k1.i',
  'Đ10.k1.k',
  'Đ10.k1.l',
  'Đ10.k1.m',
] as const;
export type AggravatingCode = (typeof AGGRAVATING_CODES)[number];

export type CircumstanceCode = MitigatingCode | AggravatingCode;

export interface Circumstance<C extends CircumstanceCode = CircumstanceCode> {
  code: C;
  kind: 'mitigating' | 'aggravating';
  labelVi: string;
  labelEn: string;
  /** e.g. "LXLVPHC Đ10 k1 b" */
  citation: string;
}

function mitigating(n: number, labelVi: string, labelEn: string): Circumstance<MitigatingCode> {
  return { code: `Đ9.k${n}` as MitigatingCode, kind: 'mitigating', labelVi, labelEn, citation: `LXLVPHC Đ9 k${n}` };
}

function aggravating(point: string, labelVi: string, labelEn: string): Circumstance<AggravatingCode> {
  return {
    code: `Đ10.k1.${point}` as AggravatingCode,
    kind: 'aggravating',
    labelVi,
    labelEn,
    citation: `LXLVPHC Đ10 k1 ${point}`,
  };
}

/**
 * Tình tiết giảm nhẹ (LXLVPHC Đ9 k1–k8). Each label is a short paraphrase of the clause as the law words it (Luật
 * 15/2012/QH13, unchanged by Luật 67/2020 and 88/2025), read in the copies cited in legal-research.md §3.2.
 */
export const MITIGATING_CIRCUMSTANCES: readonly Circumstance<MitigatingCode>[] = [
  mitigating(
    1,
    'Đã ngăn chặn, làm giảm bớt hậu quả của vi phạm hoặc tự nguyện khắc phục hậu quả, bồi thường thiệt hại',
    'Prevented or reduced the consequences of the violation, or of their own accord remedied them or paid compensation',
  ),
  mitigating(
    2,
    'Tự nguyện khai báo, thành thật hối lỗi; tích cực giúp đỡ cơ quan chức năng phát hiện, xử lý vi phạm',
    'Came forward of their own accord and sincerely repented, or actively helped the authorities find and deal with the violation',
  ),
  mitigating(
    3,
    'Vi phạm trong tình trạng bị kích động về tinh thần do hành vi trái pháp luật của người khác gây ra; vượt quá giới hạn phòng vệ chính đáng; vượt quá yêu cầu của tình thế cấp thiết',
    "Violated in a state of mental agitation caused by another person's unlawful act, or went beyond legitimate defence or beyond what urgent necessity required",
  ),
  mitigating(
    4,
    'Vi phạm do bị ép buộc hoặc bị lệ thuộc về vật chất hoặc tinh thần',
    'Violated because they were coerced, or depended on someone materially or mentally',
  ),
  mitigating(
    5,
    'Người vi phạm là phụ nữ mang thai, người già yếu, người có bệnh hoặc khuyết tật làm hạn chế khả năng nhận thức hoặc khả năng điều khiển hành vi',
    'The offender is pregnant, old and frail, or has an illness or disability that limits their awareness or control of their acts',
  ),
  mitigating(
    6,
    'Vi phạm vì hoàn cảnh đặc biệt khó khăn mà không do mình gây ra',
    'Violated because of exceptional hardship they did not cause',
  ),
  mitigating(7, 'Vi phạm do trình độ lạc hậu', 'Violated through a backward level of knowledge'),
  mitigating(8, 'Tình tiết giảm nhẹ khác do Chính phủ quy định', 'Another mitigating circumstance set by the Government'),
];

/**
 * Tình tiết tăng nặng (LXLVPHC Đ10 k1 a–m), paraphrased from the law's wording (same sources). Until issue 14 the
 * labels of đ and e were wrong: đ said "abusing one's position" (the law's e) and e "using the name of an agency"
 * (not in the law); the migration of that change moves stored đ to e in cases that are not decided.
 */
export const AGGRAVATING_CIRCUMSTANCES: readonly Circumstance<AggravatingCode>[] = [
  aggravating('a', 'Vi phạm hành chính có tổ chức', 'Organised violation'),
  aggravating('b', 'Vi phạm hành chính nhiều lần; tái phạm', 'Violating several times, or a repeat offence'),
  aggravating(
    'c',
    'Xúi giục, lôi kéo, sử dụng người chưa thành niên vi phạm; ép buộc người bị lệ thuộc vào mình về vật chất, tinh thần thực hiện vi phạm',
    'Inciting, drawing in or using a minor to violate, or forcing someone who depends on the offender materially or mentally to violate',
  ),
  aggravating(
    'd',
    'Sử dụng người biết rõ là đang bị tâm thần hoặc bệnh khác làm mất khả năng nhận thức hoặc khả năng điều khiển hành vi để vi phạm',
    'Using a person known to have a mental or other illness that removes their awareness or control of their acts',
  ),
  aggravating(
    'đ',
    'Lăng mạ, phỉ báng người đang thi hành công vụ; vi phạm có tính chất côn đồ',
    'Insulting or defaming an official on duty, or a violation of a thuggish nature',
  ),
  aggravating('e', 'Lợi dụng chức vụ, quyền hạn để vi phạm', "Using one's office or powers to violate"),
  aggravating(
    'g',
    'Lợi dụng hoàn cảnh chiến tranh, thiên tai, thảm họa, dịch bệnh hoặc những khó khăn đặc biệt khác của xã hội để vi phạm',
    "Exploiting war, natural disaster, catastrophe, epidemic or other exceptional hardship of society to violate",
  ),
  aggravating(
    'h',
    'Vi phạm trong thời gian đang chấp hành hình phạt của bản án hình sự hoặc quyết định áp dụng biện pháp xử lý vi phạm hành chính',
    'Violating while serving a criminal sentence or a decision applying an administrative handling measure',
  ),
  aggravating(
    'i',
    'Tiếp tục vi phạm mặc dù người có thẩm quyền đã yêu cầu chấm dứt hành vi đó',
    'Carrying on with the violation after the competent person has required it to stop',
  ),
  aggravating('k', 'Sau khi vi phạm đã có hành vi trốn tránh, che giấu vi phạm', 'Evading or concealing the violation after committing it'),
  aggravating(
    'l',
    'Vi phạm có quy mô lớn, số lượng hoặc trị giá hàng hóa lớn',
    'Large-scale violation, or large quantities or values of goods',
  ),
  aggravating(
    'm',
    'Vi phạm đối với nhiều người, trẻ em, người già, người khuyết tật, phụ nữ mang thai',
    'Violation against many people, children, the elderly, people with disabilities or pregnant women',
  ),
];

const BY_CODE = new Map<string, Circumstance>(
  [...MITIGATING_CIRCUMSTANCES, ...AGGRAVATING_CIRCUMSTANCES].map((c) => [c.code, c]),
);

export function isMitigatingCode(value: unknown): value is MitigatingCode {
  return typeof value === 'string' && BY_CODE.get(value)?.kind === 'mitigating';
}

export function isAggravatingCode(value: unknown): value is AggravatingCode {
  return typeof value === 'string' && BY_CODE.get(value)?.kind === 'aggravating';
}

/** The circumstance with this code, or undefined. */
export function findCircumstance(code: string): Circumstance | undefined {
  return BY_CODE.get(code);
}
