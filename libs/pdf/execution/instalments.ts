import { amountInWords, formatVnd } from '@libs/vn';
import { ordinal, fill } from '../wording';
import type { RenderOptions } from '../writer';
import { articleOneSubject, articleThreeAndClose, articleTwo, assertNoProblems, basesAndDecides, baseProblems, executionWording, names, numeric, openDocument } from './frame';
import type { InstalmentDocument } from './types';

/** What stops an instalment decision from being printed, or nothing. */
export function instalmentProblems(d: InstalmentDocument): string[] {
  const problems = baseProblems(d);
  if (!d.request?.confirmedBy?.trim()) problems.push('request.confirmedBy is empty');
  if (!Number.isInteger(d.months) || d.months < 1 || d.months > 6) problems.push(`months is not 1–6 (LXLVPHC Đ79 k2): ${d.months}`);
  if (!Array.isArray(d.instalments) || d.instalments.length < 2 || d.instalments.length > 3) problems.push('instalments must list 2 or 3 payments (LXLVPHC Đ79 k2)');
  else {
    d.instalments.forEach((l, i) => {
      if (!Number.isSafeInteger(l.amountVnd) || l.amountVnd <= 0) problems.push(`instalments[${i}].amountVnd is not a positive whole number`);
    });
  }
  return problems;
}

/** Quyết định nộp tiền phạt nhiều lần (form MQĐ05; LXLVPHC Đ79). Same input, same bytes. */
export async function renderInstalmentPdf(d: InstalmentDocument, options: RenderOptions = {}): Promise<Buffer> {
  assertNoProblems(instalmentProblems(d));
  const t = executionWording();
  const n = names(d);
  const w = openDocument(d, t['mqd05.summary'], options);
  const bases = [t['mqd05.lawBasis'], fill(t.sanctionDecisionBasis, { number: d.sanctionDecision.number, date: numeric(d.sanctionDecision.date) })];
  if (d.delegation) bases.push(fill(t.delegationBasis, { number: d.delegation.number, date: numeric(d.delegation.date) }));
  basesAndDecides(w, bases, fill(t.requestConsidered, { what: t['mqd05.request'], date: numeric(d.request.date), ...n, confirmedBy: d.request.confirmedBy }));
  articleOneSubject(w, d, fill(t['mqd05.a1'], { number: d.sanctionDecision.number, subjectRef: n.subjectRef }));
  w.paragraph(fill(t['mqd05.period'], { months: String(d.months).padStart(2, '0'), number: d.sanctionDecision.number }));
  d.instalments.forEach((l, i) => {
    const last = i === d.instalments.length - 1;
    const line = fill(t['mqd05.instalment'], { letter: String.fromCharCode(97 + i), ordinal: ordinal(i), amount: formatVnd(l.amountVnd), words: amountInWords(l.amountVnd), dueOn: numeric(l.dueOn) });
    w.paragraph(`${line}${last ? '.' : ';'}`, { gapAfter: last ? undefined : 2 });
  });
  if (d.returnedItems) w.paragraph(fill(t.returned, { n: 3, ...n, items: d.returnedItems, after: t['mqd05.returnedAfter'] }));
  articleTwo(w, t.effectiveOnSigning);
  articleThreeAndClose(w, d, t['mqd05.what'], [fill(t['mqd05.comply'], n)], []);
  return w.finish();
}
