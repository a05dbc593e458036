/**
 * Mitigating (tình tiết giảm nhẹ, LXLVPHC Đ9) and aggravating (tình tiết tăng nặng, LXLVPHC Đ10 k1) circumstances.
 * Labels are our own short paraphrases (research §3.2, secondary sources); check the exact statutory wording before
 * printing it in a decision. Codes are stable identifiers stored in cases: never renumber them.
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

/** Tình tiết giảm nhẹ (LXLVPHC Đ9 k1–k8). */
export const MITIGATING_CIRCUMSTANCES: readonly Circumstance<MitigatingCode>[] = [
  mitigating(
    1,
    'Chủ động ngăn chặn, giảm bớt tác hại, tự nguyện khắc phục hoặc bồi thường',
    'Prevented or reduced the harm, or put it right or paid compensation of their own accord',
  ),
  mitigating(
    2,
    'Tự giác khai báo, thật lòng ăn năn hoặc tích cực giúp làm rõ vi phạm',
    'Came forward, showed genuine remorse or actively helped to uncover the violation',
  ),
  mitigating(
    3,
    'Bị kích động mạnh về tinh thần do hành vi trái pháp luật của người khác; vượt quá giới hạn phòng vệ chính đáng hoặc tình thế cấp thiết',
    "Acted under strong agitation caused by another person's unlawful act, or went beyond legitimate defence or urgent necessity",
  ),
  mitigating(
    4,
    'Bị ép buộc hoặc lệ thuộc về vật chất, tinh thần',
    'Was coerced, or depended on someone materially or emotionally',
  ),
  mitigating(
    5,
    'Là phụ nữ có thai, người cao tuổi, người có bệnh hoặc khuyết tật làm hạn chế khả năng nhận thức',
    'Is pregnant, elderly, or has an illness or disability that limits their awareness',
  ),
  mitigating(
    6,
    'Vi phạm vì hoàn cảnh đặc biệt khó khăn không do mình gây ra',
    'Violated because of exceptional hardship they did not cause',
  ),
  mitigating(7, 'Vi phạm do trình độ hiểu biết lạc hậu', 'Violated through backward knowledge'),
  mitigating(
    8,
    'Tình tiết giảm nhẹ khác do Chính phủ quy định',
    'Another mitigating circumstance set by the Government',
  ),
];

/** Tình tiết tăng nặng (LXLVPHC Đ10 k1 a–m). */
export const AGGRAVATING_CIRCUMSTANCES: readonly Circumstance<AggravatingCode>[] = [
  aggravating('a', 'Vi phạm có tổ chức', 'Organised violation'),
  aggravating('b', 'Vi phạm nhiều lần hoặc tái phạm', 'Repeated violation, or a repeat offence'),
  aggravating(
    'c',
    'Xúi giục, lôi kéo hoặc sử dụng người chưa thành niên vi phạm',
    'Inciting, drawing in or using a minor to violate',
  ),
  aggravating(
    'd',
    'Lợi dụng người biết rõ đang mắc bệnh tâm thần hoặc bệnh làm mất khả năng nhận thức để vi phạm',
    'Using a person known to have a mental illness that removes their awareness',
  ),
  aggravating('đ', 'Lạm dụng chức vụ, quyền hạn để vi phạm', "Abusing one's position or powers"),
  aggravating('e', 'Lợi dụng danh nghĩa cơ quan, tổ chức để vi phạm', 'Using the name of an agency or organisation'),
  aggravating(
    'g',
    'Lợi dụng chiến tranh, thiên tai, thảm họa, dịch bệnh hoặc hoàn cảnh đặc biệt khó khăn khác',
    'Exploiting war, natural disaster, catastrophe, epidemic or similar hardship',
  ),
  aggravating(
    'h',
    'Vi phạm trong lúc đang chấp hành hình phạt hoặc quyết định áp dụng biện pháp xử lý vi phạm hành chính',
    'Violating while serving a sentence or an administrative measure',
  ),
  aggravating(
    'i',
    'Vẫn tiếp tục vi phạm dù người có thẩm quyền đã yêu cầu chấm dứt',
    'Carrying on after being told by the authority to stop',
  ),
  aggravating(
    'k',
    'Che giấu hoặc trốn tránh sau khi vi phạm',
    'Concealing the violation or evading responsibility afterwards',
  ),
  aggravating(
    'l',
    'Vi phạm quy mô lớn, số lượng hoặc trị giá hàng hóa lớn',
    'Large-scale violation, or large quantities or values involved',
  ),
  aggravating(
    'm',
    'Vi phạm đối với trẻ em, người cao tuổi, người khuyết tật hoặc phụ nữ có thai',
    'Violation against children, the elderly, people with disabilities or pregnant women',
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
