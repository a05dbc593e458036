import { formatDateNumeric, formatPlaceDateLine } from '@libs/vn';
import { isWordingTable, loadTemplate } from '../assets';
import { type Columns, columnsHeight, drawColumns, drawHeader, drawTitle, heading, LIST_GAP, recipientLines, SIGNATURE_SPACE, type StackedLine } from '../blocks';
import { DocumentInputError } from '../validate';
import { firstUnprintable, describeUnprintable } from '../printable';
import { capitalise, endWith, fill, honorific, identityLines, subjectName, subjectPerson, subjectRef } from '../wording';
import { type BodyType, DocumentWriter, PARAGRAPH_GAP, type RenderOptions } from '../writer';
import type { ExecutionDocumentBase } from './types';

// The frame the execution decisions share (forms MQĐ03, MQĐ05, MQĐ07–11 of NĐ 118/2021, laid out per NĐ 30/2020
// Phụ lục I): header, title, căn cứ, Điều 1 with the subject's identity, Điều 2 (effect), Điều 3 (delivery), closing.

const KEYS = [
  'title', 'article', 'decides', 'sanctionDecisionBasis', 'delegationBasis', 'enforcementDelegationBasis', 'requestConsidered',
  'effectiveOnSigning', 'effectiveOnDate', 'a3.intro', 'deliver', 'role.individual', 'role.organisation', 'appeal', 'sendExecute',
  'sendCooperate', 'endMark', 'returned',
  'mqd03.summary', 'mqd03.lawBasis', 'mqd03.request', 'mqd03.a1', 'mqd03.period', 'mqd03.what', 'mqd03.comply',
  'mqd05.summary', 'mqd05.lawBasis', 'mqd05.request', 'mqd05.a1', 'mqd05.period', 'mqd05.instalment', 'mqd05.what', 'mqd05.returnedAfter', 'mqd05.comply',
  'cc.lawBasis', 'cc.verificationBasis', 'cc.purpose', 'cc.subjectKind.individual', 'cc.subjectKind.organisation', 'cc.reason', 'cc.amount', 'cc.what', 'cc.bear', 'cc.period',
  'cc.account_deduction.summary', 'cc.account_deduction.measure', 'cc.account_deduction.a1', 'cc.account_deduction.account', 'cc.account_deduction.holder',
  'cc.account_deduction.transfer', 'cc.account_deduction.fallback', 'cc.account_deduction.send',
  'cc.wage_deduction.summary', 'cc.wage_deduction.measure', 'cc.wage_deduction.a1', 'cc.wage_deduction.holder', 'cc.wage_deduction.transfer', 'cc.wage_deduction.send',
  'cc.asset_seizure.summary', 'cc.asset_seizure.measure', 'cc.asset_seizure.a1', 'cc.asset_seizure.amount', 'cc.asset_seizure.place',
  'cc.remedial_enforcement.summary', 'cc.remedial_enforcement.measure', 'cc.remedial_enforcement.a1', 'cc.remedial_enforcement.measures',
] as const;

export type ExecutionKey = (typeof KEYS)[number];
export type ExecutionWording = Record<ExecutionKey, string>;

export function executionWording(): ExecutionWording {
  return loadTemplate('execution/execution.json', (v): v is ExecutionWording => isWordingTable(v, KEYS, []));
}

/** Body at 13 pt single spacing, as the decision (NĐ 30/2020 Phụ lục I allows 13–14 pt, single to 1.5 lines). */
const BODY: BodyType = { size: 13, lineGap: 0 };

/** Names the subject the way the forms do: "ông"/"bà"/"tổ chức", the name, the person handed the decision. */
export function names(d: ExecutionDocumentBase): { subjectRef: string; SubjectRef: string; subjectName: string } {
  const ref = subjectRef(d.subject);
  return { subjectRef: ref, SubjectRef: capitalise(ref), subjectName: subjectName(d.subject) };
}

export const numeric = formatDateNumeric;

/** Problems common to every execution decision; the layouts add their own. */
export function baseProblems(d: ExecutionDocumentBase): string[] {
  const problems: string[] = [];
  const text = (path: string, v: string | undefined) => {
    if (typeof v !== 'string' || v.trim() === '') problems.push(`${path} is empty`);
  };
  const date = (path: string, v: string | undefined) => {
    if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) problems.push(`${path} is not a calendar date: ${String(v)}`);
  };
  text('issuingBody', d.issuingBody);
  text('number', d.number);
  text('place', d.place);
  date('date', d.date);
  text('signer.fullName', d.signer?.fullName);
  text('signer.title', d.signer?.title);
  text('sanctionDecision.number', d.sanctionDecision?.number);
  date('sanctionDecision.date', d.sanctionDecision?.date);
  if (d.delegation) date('delegation.date', d.delegation.date);
  if (!Array.isArray(d.recipients) || d.recipients.length === 0) problems.push('recipients is empty');
  // Every string must be printable with the embedded font, left to right (see libs/pdf/printable).
  const stack: { v: unknown; path: string }[] = [{ v: d, path: '' }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    if (typeof item.v === 'string') {
      const bad = firstUnprintable(item.v);
      if (bad) problems.push(`${item.path || 'text'} ${describeUnprintable(bad)}`);
    } else if (item.v !== null && typeof item.v === 'object') {
      for (const [k, v] of Object.entries(item.v as Record<string, unknown>)) stack.push({ v, path: item.path ? `${item.path}.${k}` : k });
    }
  }
  return problems;
}

export function assertNoProblems(problems: string[]): void {
  if (problems.length > 0) throw new DocumentInputError(problems);
}

/** A new writer with the document's header, title and summary drawn. */
export function openDocument(d: ExecutionDocumentBase, summary: string, options: RenderOptions): DocumentWriter {
  const w = new DocumentWriter({ ...options, title: `Quyết định số ${d.number}`, subject: summary, author: d.issuingBody, date: d.date, input: d, firstPageFooter: 0, body: BODY });
  drawHeader(w, { parentBody: d.parentBody, issuingBody: d.issuingBody, number: d.number, placeDateLine: formatPlaceDateLine(d.place, d.date) });
  drawTitle(w, executionWording().title, [{ text: summary, style: 'bold' }]);
  if (d.authorityTitle) w.centred(d.authorityTitle.toLocaleUpperCase('vi'), 'bold', 14, PARAGRAPH_GAP);
  return w;
}

/** Căn cứ lines in italics, each ending ";" and the last "."; then an optional "Xét …" / "Để …" line and "QUYẾT ĐỊNH:". */
export function basesAndDecides(w: DocumentWriter, bases: string[], closing?: string): void {
  const t = executionWording();
  bases.forEach((b, i) => w.paragraph(endWith(b, i === bases.length - 1 && !closing ? '.' : ';'), { style: 'italic' }));
  if (closing) w.paragraph(closing, { style: 'italic' });
  w.centred(t.decides, 'bold', 14, 6, 3 * w.bodyLine);
}

/** "Điều 1." then point 1 (who) and the subject's identity lines, as MQĐ02 prints them. */
export function articleOneSubject(w: DocumentWriter, d: ExecutionDocumentBase, pointOne: string, extraIdentity: string[] = []): void {
  w.paragraph(fill(executionWording().article, { n: 1 }), { style: 'bold', keepWithNext: 3 * w.bodyLine });
  heading(w, pointOne);
  for (const line of [...identityLines(d.subject), ...extraIdentity]) w.paragraph(line, { gapAfter: LIST_GAP });
  w.doc.y += 4;
}

export function articleTwo(w: DocumentWriter, effective: string): void {
  w.paragraph([{ text: `${fill(executionWording().article, { n: 2 })} `, style: 'bold' }, { text: effective }]);
}

/**
 * Điều 3: k1 hands the decision to the subject (a, b), then the bodies that carry it out and are informed; the last
 * line ends "./." and keeps company with the signature block (NĐ 30/2020 Phụ lục I).
 */
export function articleThreeAndClose(w: DocumentWriter, d: ExecutionDocumentBase, what: string, subjectLines: string[], sends: string[]): void {
  const t = executionWording();
  const person = subjectPerson(d.subject);
  const role = d.subject.kind === 'individual' ? t['role.individual'] : t['role.organisation'];
  w.paragraph([{ text: `${fill(t.article, { n: 3 })} `, style: 'bold' }, { text: t['a3.intro'] }], { keepWithNext: 3 * w.bodyLine });
  w.paragraph(fill(t.deliver, { n: 1, honorific: honorific(person.gender), person: person.name, role, what }));
  const items = [...subjectLines, fill(t.appeal, { ...names(d), letter: String.fromCharCode(97 + subjectLines.length) })];
  let n = 2;
  const tail = [...sends.map((s) => s.replace('{n}', String(n++)))];
  if (d.executingBody) tail.push(fill(t.sendExecute, { n: n++, body: d.executingBody }));
  if (d.cooperatingBodies && d.cooperatingBodies.length > 0) tail.push(fill(t.sendCooperate, { n: n++, body: d.cooperatingBodies.join(', ') }));
  const all = [...items, ...tail];
  const closing: Columns = { left: recipientLines(d.recipients), right: signerLines(d), leftAlign: 'left', leftShare: 0.45 };
  all.slice(0, -1).forEach((p) => w.paragraph(p));
  const last = endWith(all[all.length - 1], '.') + t.endMark;
  w.ensureSpace(w.paragraphHeight(last) + 4 + columnsHeight(w, closing));
  w.paragraph(last);
  w.doc.y += 4;
  drawColumns(w, closing);
  w.numberPages((page) => String(page));
}

/** NĐ 30/2020 Đ13: a deputy signs "KT. <HEAD TITLE>" above their own title; the name under the signature space. */
function signerLines(d: ExecutionDocumentBase): StackedLine[] {
  const upper = (s: string): string => s.toLocaleUpperCase('vi');
  const lines: StackedLine[] = [];
  if (d.signer.deputy) lines.push({ text: `KT. ${upper(d.signer.deputy.headTitle)}`, style: 'bold', size: 14 });
  lines.push({ text: upper(d.signer.title), style: 'bold', size: 14 });
  lines.push({ text: d.signer.fullName, style: 'bold', size: 14, spaceBefore: SIGNATURE_SPACE });
  return lines;
}
