import { fill } from '../wording';
import type { RenderOptions } from '../writer';
import { articleOneSubject, articleThreeAndClose, articleTwo, assertNoProblems, basesAndDecides, baseProblems, executionWording, names, numeric, openDocument } from './frame';
import type { PostponementDocument } from './types';

/** What stops a postponement decision from being printed, or nothing. */
export function postponementProblems(d: PostponementDocument): string[] {
  const problems = baseProblems(d);
  if (!d.request?.confirmedBy?.trim()) problems.push('request.confirmedBy is empty');
  if (!(d.until >= d.from)) problems.push(`until ${d.until} is before from ${d.from}`);
  return problems;
}

/** Quyết định hoãn thi hành quyết định phạt tiền (form MQĐ03; LXLVPHC Đ76). Same input, same bytes. */
export async function renderPostponementPdf(d: PostponementDocument, options: RenderOptions = {}): Promise<Buffer> {
  assertNoProblems(postponementProblems(d));
  const t = executionWording();
  const n = names(d);
  const w = openDocument(d, t['mqd03.summary'], options);
  const bases = [t['mqd03.lawBasis'], fill(t.sanctionDecisionBasis, { number: d.sanctionDecision.number, date: numeric(d.sanctionDecision.date) })];
  if (d.delegation) bases.push(fill(t.delegationBasis, { number: d.delegation.number, date: numeric(d.delegation.date) }));
  basesAndDecides(w, bases, fill(t.requestConsidered, { what: t['mqd03.request'], date: numeric(d.request.date), ...n, confirmedBy: d.request.confirmedBy }));
  articleOneSubject(w, d, fill(t['mqd03.a1'], { number: d.sanctionDecision.number, subjectRef: n.subjectRef }));
  w.paragraph(fill(t['mqd03.period'], { from: numeric(d.from), until: numeric(d.until) }));
  if (d.returnedItems) w.paragraph(fill(t.returned, { n: 3, ...n, items: d.returnedItems, after: '' }));
  articleTwo(w, t.effectiveOnSigning);
  articleThreeAndClose(w, d, t['mqd03.what'], [fill(t['mqd03.comply'], n)], []);
  return w.finish();
}
