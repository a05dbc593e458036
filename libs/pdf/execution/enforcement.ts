import { amountInWords, formatDateVi, formatVnd } from '@libs/vn';
import { bullets, heading } from '../blocks';
import { fill } from '../wording';
import type { RenderOptions } from '../writer';
import { articleOneSubject, articleThreeAndClose, articleTwo, assertNoProblems, basesAndDecides, baseProblems, executionWording, type ExecutionKey, names, numeric, openDocument } from './frame';
import type { EnforcementDocument, EnforcementMeasure } from './types';

/** The form of each measure (appendix to NĐ 118/2021) and the point of LXLVPHC Đ86 it applies. */
export const ENFORCEMENT_FORMS: Record<EnforcementMeasure, { form: string; rule: string; moneyMeasure: boolean }> = {
  wage_deduction: { form: 'MQĐ07', rule: 'LXLVPHC Đ86 k2 a', moneyMeasure: true },
  account_deduction: { form: 'MQĐ08', rule: 'LXLVPHC Đ86 k2 a', moneyMeasure: true },
  asset_seizure: { form: 'MQĐ09', rule: 'LXLVPHC Đ86 k2 b', moneyMeasure: true },
  remedial_enforcement: { form: 'MQĐ11', rule: 'LXLVPHC Đ86 k2 d', moneyMeasure: false },
};

const key = (m: EnforcementMeasure, part: string): ExecutionKey => `cc.${m}.${part}` as ExecutionKey;

/** What stops an enforcement decision from being printed, or nothing. */
export function enforcementProblems(d: EnforcementDocument): string[] {
  const problems = baseProblems(d);
  const form = ENFORCEMENT_FORMS[d.measure];
  if (!form) return [...problems, `measure is not one of ${Object.keys(ENFORCEMENT_FORMS).join(', ')}`];
  if (!d.enforcementDecreeBasis?.trim()) problems.push('enforcementDecreeBasis is empty');
  if (!Number.isInteger(d.days) || d.days < 1) problems.push(`days is not a positive whole number: ${d.days}`);
  if (form.moneyMeasure && !(Number.isSafeInteger(d.amountVnd) && (d.amountVnd ?? 0) > 0)) problems.push('amountVnd is required for a money measure');
  if ((d.measure === 'account_deduction' || d.measure === 'wage_deduction') && (!d.holder?.name?.trim() || !d.treasury?.accountNumber?.trim())) {
    problems.push('holder and treasury are required to deduct money');
  }
  if (d.measure === 'account_deduction' && !d.accountNumber?.trim()) problems.push('accountNumber is required to deduct from an account');
  if (d.measure === 'asset_seizure' && !d.seizurePlace?.trim()) problems.push('seizurePlace is required to seize assets');
  if (d.measure === 'remedial_enforcement' && (d.remedialMeasures ?? []).length === 0) problems.push('remedialMeasures is empty');
  return problems;
}

/**
 * Quyết định cưỡng chế thi hành quyết định xử phạt vi phạm hành chính: the form of the measure (MQĐ07 wages, MQĐ08
 * account, MQĐ09 seizure, MQĐ11 remedial measures), with the shared frame. Same input, same bytes.
 */
export async function renderEnforcementPdf(d: EnforcementDocument, options: RenderOptions = {}): Promise<Buffer> {
  assertNoProblems(enforcementProblems(d));
  const t = executionWording();
  const n = names(d);
  const m = d.measure;
  const decision = { number: d.sanctionDecision.number, date: numeric(d.sanctionDecision.date) };
  const subjectKind = d.subject.kind === 'individual' ? t['cc.subjectKind.individual'] : t['cc.subjectKind.organisation'];
  const w = openDocument(d, t[key(m, 'summary')], options);
  const bases = [t['cc.lawBasis'], d.enforcementDecreeBasis];
  if (d.verificationRecord) bases.push(fill(t['cc.verificationBasis'], { number: d.verificationRecord.number, date: numeric(d.verificationRecord.date), subjectKind }));
  if (d.delegation) bases.push(fill(t.enforcementDelegationBasis, { number: d.delegation.number, date: numeric(d.delegation.date) }));
  basesAndDecides(w, bases, fill(t['cc.purpose'], decision));

  const account = d.accountNumber ?? '';
  const holder = d.holder?.name ?? '';
  const treasury = { treasury: d.treasury?.name ?? '', treasuryAccount: d.treasury?.accountNumber ?? '' };
  const extraIdentity = m === 'account_deduction' ? [fill(t['cc.account_deduction.account'], { account, holder })] : [];
  articleOneSubject(w, d, fill(t[key(m, 'a1')], { number: d.sanctionDecision.number, subjectRef: n.subjectRef }), extraIdentity);
  const reason = fill(t['cc.reason'], decision);
  const amount = d.amountVnd ? { amount: formatVnd(d.amountVnd), words: amountInWords(d.amountVnd) } : null;
  const sends: string[] = [];
  switch (m) {
    case 'account_deduction':
    case 'wage_deduction': {
      w.paragraph(fill(t[key(m, 'holder')], { holder, address: d.holder?.address ?? '' }));
      w.paragraph(`3. Lý do khấu trừ: ${reason}.`);
      if (amount) w.paragraph(`4. ${fill(t['cc.amount'], amount)}`);
      const transfer = m === 'account_deduction' ? { ...n, holder, account, ...treasury, days: d.days } : { holder, ...treasury, days: d.days };
      w.paragraph(fill(t[key(m, 'transfer')], { n: 5, ...transfer }));
      if (m === 'account_deduction') w.paragraph(fill(t['cc.account_deduction.fallback'], { n: 6, prev: 5, amountPoint: 4, ...n, holder, subjectKind, ...treasury }));
      sends.push(fill(t[key(m, 'send')], { n: '{n}', holder, ...treasury }));
      break;
    }
    case 'asset_seizure':
      w.paragraph(`2. Lý do kê biên tài sản: ${reason}.`);
      if (amount) w.paragraph(`3. ${fill(t['cc.asset_seizure.amount'], amount)}`);
      w.paragraph(`4. ${fill(t['cc.asset_seizure.place'], { place: d.seizurePlace ?? '' })}`);
      w.paragraph(`5. ${fill(t['cc.period'], { days: String(d.days).padStart(2, '0') })}`);
      break;
    case 'remedial_enforcement':
      w.paragraph(`2. Lý do cưỡng chế: ${reason}.`);
      heading(w, `3. ${t['cc.remedial_enforcement.measures']}`);
      bullets(w, d.remedialMeasures ?? []);
      w.paragraph(`4. ${fill(t['cc.period'], { days: String(d.days).padStart(2, '0') })}`);
      break;
  }
  articleTwo(w, d.effectiveDate === d.date ? t.effectiveOnSigning : fill(t.effectiveOnDate, { date: formatDateVi(d.effectiveDate) }));
  articleThreeAndClose(w, d, t['cc.what'], [fill(t['cc.bear'], { ...n, measure: t[key(m, 'measure')] })], sends);
  return w.finish();
}
