import { addMonths, isIsoDate } from '@libs/vn';

/**
 * Hoãn thi hành quyết định phạt tiền (LXLVPHC Đ76, form MQĐ03) and nộp tiền phạt nhiều lần (LXLVPHC Đ79, form MQĐ05):
 * the conditions the law sets that can be checked from the file. Hardship itself (khó khăn đặc biệt về kinh tế) is a
 * fact the confirming body attests; here only that someone confirmed it is checked.
 */

export type SubjectKind = 'individual' | 'organisation';

/** A condition the request does not meet: the rule it refuses under, and the request field it concerns. */
export interface ConditionFailure {
  /** Stable key for clients. */
  code: string;
  /** The provision, e.g. "LXLVPHC Đ79 k2". */
  rule: string;
  field: string;
  message: string;
}

/** A condition legal staff must check by hand because its figure is not confirmed from the official text. */
export interface ConditionWarning {
  rule: string;
  message: string;
}

export interface ConditionCheck {
  failures: ConditionFailure[];
  warnings: ConditionWarning[];
}

const vnd = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;

/**
 * LXLVPHC Đ79 k1 a (as amended by Law 67/2020): fines from 20 000 000 đồng for an individual, 200 000 000 đồng for an
 * organisation (legal-research §4.1, CONFIRMED).
 */
export const INSTALMENT_THRESHOLD_VND: Record<SubjectKind, number> = { individual: 20_000_000, organisation: 200_000_000 };
/** LXLVPHC Đ79 k2: at most 3 instalments. */
export const MAX_INSTALMENTS = 3;
/** LXLVPHC Đ79 k2: within 6 months of the day the sanction decision takes effect. */
export const INSTALMENT_MONTHS = 6;
/** LXLVPHC Đ79 k2: the first instalment at least 40 % of the fine. */
export const FIRST_INSTALMENT_PERCENT = 40;

export interface InstalmentLine {
  amountVnd: number;
  dueOn: string;
}

export interface InstalmentPlanInput {
  subject: SubjectKind;
  /** Tổng số tiền phạt of the decision. */
  fineVnd: number;
  /** Ngày quyết định xử phạt có hiệu lực. */
  decisionEffectiveOn: string;
  /** Who confirmed the hardship (UBND cấp xã, the employer, the tax office…); empty when nobody did. */
  hardshipConfirmedBy: string;
  instalments: readonly InstalmentLine[];
}

/** Every condition of LXLVPHC Đ79 the plan fails, each naming its rule; none means the plan may be granted. */
export function checkInstalmentPlan(p: InstalmentPlanInput): ConditionCheck {
  const failures: ConditionFailure[] = [];
  const fail = (code: string, rule: string, field: string, message: string) => failures.push({ code, rule, field, message });
  const threshold = INSTALMENT_THRESHOLD_VND[p.subject];
  if (p.fineVnd < threshold) {
    fail(
      'below_threshold',
      'LXLVPHC Đ79 k1 a',
      'instalments',
      `instalments are allowed only for a fine of at least ${vnd(threshold)} for ${p.subject === 'individual' ? 'an individual' : 'an organisation'}; this fine is ${vnd(p.fineVnd)}`,
    );
  }
  if (p.hardshipConfirmedBy.trim() === '') {
    fail('hardship_unconfirmed', 'LXLVPHC Đ79 k1 b', 'hardshipConfirmedBy', 'the request must be confirmed by the commune People’s Committee or the employer (individual), or the tax office or superior body (organisation)');
  }
  const n = p.instalments.length;
  if (n < 2) fail('too_few_instalments', 'LXLVPHC Đ79 k2', 'instalments', `paying in instalments means at least 2 payments; the plan has ${n}`);
  if (n > MAX_INSTALMENTS) fail('too_many_instalments', 'LXLVPHC Đ79 k2', 'instalments', `at most ${MAX_INSTALMENTS} instalments; the plan has ${n}`);
  p.instalments.forEach((line, i) => {
    if (!isIsoDate(line.dueOn)) fail('bad_date', 'LXLVPHC Đ79 k2', `instalments[${i}].dueOn`, `not a calendar date: ${line.dueOn}`);
    if (!Number.isSafeInteger(line.amountVnd) || line.amountVnd <= 0) fail('bad_amount', 'LXLVPHC Đ79 k2', `instalments[${i}].amountVnd`, 'each instalment is a positive whole number of đồng');
    if (i > 0 && line.dueOn <= p.instalments[i - 1].dueOn) fail('not_in_order', 'LXLVPHC Đ79 k2', `instalments[${i}].dueOn`, `instalment ${i + 1} must fall after instalment ${i}`);
  });
  if (failures.some((f) => f.code === 'bad_date' || f.code === 'bad_amount')) return { failures, warnings: [] };
  const total = p.instalments.reduce((s, l) => s + l.amountVnd, 0);
  if (n > 0 && total !== p.fineVnd) fail('sum_differs', 'LXLVPHC Đ79 k2', 'instalments', `the instalments add up to ${vnd(total)}, not the fine of ${vnd(p.fineVnd)}`);
  const first = p.instalments[0];
  // 40 % exactly, in integers: first × 100 ≥ 40 × fine.
  if (first && first.amountVnd * 100 < FIRST_INSTALMENT_PERCENT * p.fineVnd) {
    fail('first_below_40_percent', 'LXLVPHC Đ79 k2', 'instalments[0].amountVnd', `the first instalment must be at least ${FIRST_INSTALMENT_PERCENT}% of the fine (${vnd(Math.ceil((p.fineVnd * FIRST_INSTALMENT_PERCENT) / 100))}); it is ${vnd(first.amountVnd)}`);
  }
  const lastAllowed = addMonths(p.decisionEffectiveOn, INSTALMENT_MONTHS);
  p.instalments.forEach((line, i) => {
    if (line.dueOn > lastAllowed) {
      fail('beyond_six_months', 'LXLVPHC Đ79 k2', `instalments[${i}].dueOn`, `every instalment must be paid within ${INSTALMENT_MONTHS} months of the decision taking effect on ${p.decisionEffectiveOn}, i.e. by ${lastAllowed}; instalment ${i + 1} is due ${line.dueOn}`);
    }
    if (line.dueOn < p.decisionEffectiveOn) fail('before_effect', 'LXLVPHC Đ79 k2', `instalments[${i}].dueOn`, `instalment ${i + 1} is due before the decision takes effect (${p.decisionEffectiveOn})`);
  });
  return { failures, warnings: [] };
}

/** LXLVPHC Đ76 k1: a postponement lasts at most 3 months from the decision granting it. */
export const POSTPONEMENT_MONTHS = 3;

/**
 * LXLVPHC Đ76 k1 as amended by Law 67/2020: individuals fined from 3 000 000 đồng, organisations from 100 000 000
 * đồng. UNCONFIRMED (legal-research §4.1, §8 item 8): shown as a warning for legal staff, never a refusal.
 */
export const POSTPONEMENT_THRESHOLD_VND: Record<SubjectKind, number> = { individual: 3_000_000, organisation: 100_000_000 };

export interface PostponementInput {
  subject: SubjectKind;
  fineVnd: number;
  hardshipConfirmedBy: string;
  /** Ngày ra quyết định hoãn. */
  decidedOn: string;
  /** Last day of the postponement. */
  until: string;
}

/** The conditions of LXLVPHC Đ76 a postponement decision fails. */
export function checkPostponement(p: PostponementInput): ConditionCheck {
  const failures: ConditionFailure[] = [];
  const warnings: ConditionWarning[] = [];
  if (p.hardshipConfirmedBy.trim() === '') {
    failures.push({ code: 'hardship_unconfirmed', rule: 'LXLVPHC Đ76 k1', field: 'hardshipConfirmedBy', message: 'the request must be confirmed by the commune People’s Committee or the body where the person works or studies (organisation: its tax office)' });
  }
  const lastAllowed = addMonths(p.decidedOn, POSTPONEMENT_MONTHS);
  if (p.until > lastAllowed) {
    failures.push({ code: 'beyond_three_months', rule: 'LXLVPHC Đ76 k1', field: 'postponedUntil', message: `a postponement lasts at most ${POSTPONEMENT_MONTHS} months from the decision granting it (${p.decidedOn}), i.e. until ${lastAllowed}` });
  }
  if (p.until < p.decidedOn) failures.push({ code: 'ends_before_decision', rule: 'LXLVPHC Đ76 k1', field: 'postponedUntil', message: `the postponement cannot end before it is decided (${p.decidedOn})` });
  const threshold = POSTPONEMENT_THRESHOLD_VND[p.subject];
  if (p.fineVnd < threshold) {
    warnings.push({ rule: 'LXLVPHC Đ76 k1 (UNCONFIRMED figure)', message: `the fine of ${vnd(p.fineVnd)} is below ${vnd(threshold)}, the threshold we believe the law sets; legal staff must confirm the figure before relying on this postponement` });
  }
  return { failures, warnings };
}
