import { amountInWords, formatDateVi, formatPlaceDateLine, formatVnd } from '@libs/vn';
import {
  bullets,
  type Columns,
  LIST_GAP,
  columnsHeight,
  drawColumns,
  drawHeader,
  drawTitle,
  heading,
  recipientLines,
  SIGNATURE_SPACE,
  type StackedLine,
  verificationBlock,
} from './blocks';
import { type BodyType, DocumentWriter, PARAGRAPH_GAP, type RenderOptions } from './writer';
import type { DecisionAct, DecisionDocument, DecisionKind, RemedialMeasure } from './types';
import { validateDecision } from './validate';
import {
  actLabel,
  capitalise,
  commonWording,
  type DecisionWording,
  decisionWording,
  endWith,
  fill,
  honorific,
  identityLines,
  pad2,
  subjectName,
  subjectPerson,
  subjectRef,
} from './wording';

// Layout of form MQĐ02 (NĐ 118/2021 appendix) in the NĐ 30/2020 Phụ lục I presentation.

// NĐ 30/2020 Phụ lục I allows body text of 13–14 pt at single to 1.5 line spacing: the smaller size at single
// spacing keeps a typical two-act decision on two pages.
const DECISION_BODY: BodyType = { size: 13, lineGap: 0 };

function summaryKey(kind: DecisionKind): keyof DecisionWording {
  switch (kind) {
    case 'sanction':
      return 'summary.sanction';
    case 'amend':
      return 'summary.amend';
    case 'correct':
      return 'summary.correct';
    case 'annul':
      return 'summary.annul';
  }
}

/** "- Hành vi thứ nhất: …;" lines, the last ending "." (only used when there are several acts). */
function perActLines(w: DocumentWriter, acts: DecisionAct[], text: (act: DecisionAct) => string | undefined): void {
  const rows = acts.map((act, i) => ({ label: actLabel(i), text: text(act) })).filter((r) => r.text !== undefined);
  bullets(
    w,
    rows.map((r) => `${r.label}: ${r.text ?? ''}`),
  );
}

function circumstances(
  w: DocumentWriter,
  label: string,
  acts: DecisionAct[],
  pick: (a: DecisionAct) => string[],
): void {
  const none = commonWording().none;
  if (acts.every((a) => pick(a).length === 0)) {
    w.paragraph(`${label} ${none}.`);
  } else if (acts.length === 1) {
    w.paragraph(`${label} ${endWith(pick(acts[0]).join('; '), '.')}`);
  } else {
    heading(w, label);
    perActLines(w, acts, (a) => (pick(a).length > 0 ? pick(a).join('; ') : undefined));
  }
}

/** "b) …: Không.", "b) …: <the one item>." on one paragraph, or the label followed by a bulleted list. */
function labelledList(w: DocumentWriter, label: string, items: string[]): void {
  if (items.length === 0) w.paragraph(`${label} ${commonWording().none}.`);
  else if (items.length === 1) w.paragraph(`${label} ${endWith(items[0], '.')}`);
  else {
    heading(w, label);
    bullets(w, items);
  }
}

function remedialLine(t: DecisionWording, m: RemedialMeasure): string {
  const deadline = m.deadline;
  if (deadline === undefined) return m.description;
  switch (deadline.kind) {
    case 'days':
      return fill(t['remedial.days'], { description: endWith(m.description, ''), days: pad2(deadline.days) });
    case 'date':
      return fill(t['remedial.date'], { description: endWith(m.description, ''), date: formatDateVi(deadline.date) });
  }
}

function articleOne(w: DocumentWriter, t: DecisionWording, d: DecisionDocument): void {
  const common = commonWording();
  w.paragraph(fill(t.article, { n: 1 }), { style: 'bold', keepWithNext: 3 * w.bodyLine });
  const intro =
    d.subject.kind === 'individual'
      ? fill(t['a1.subject.individual'], { honorific: honorific(d.subject.gender) })
      : t['a1.subject.organisation'];
  heading(w, intro);
  for (const line of identityLines(d.subject)) w.paragraph(line, { gapAfter: LIST_GAP });
  w.doc.y += 4;

  const described = (a: DecisionAct): string =>
    a.facts
      ? `${endWith(a.description, '.')} ${common.factsLabel} ${endWith(a.facts, '.')}`
      : endWith(a.description, '.');
  if (d.acts.length === 1) {
    heading(w, t['a1.acts.one']);
    w.paragraph(described(d.acts[0]));
    w.paragraph(`${t['a1.basis']} ${endWith(d.acts[0].legalBasis, '.')}`);
  } else {
    heading(w, t['a1.acts.many']);
    d.acts.forEach((a, i) => w.paragraph([{ text: `${actLabel(i)}: `, style: 'italic' }, { text: described(a) }]));
    heading(w, t['a1.basis']);
    perActLines(w, d.acts, (a) => a.legalBasis);
  }
  circumstances(w, t['a1.aggravating'], d.acts, (a) => a.aggravating);
  circumstances(w, t['a1.mitigating'], d.acts, (a) => a.mitigating);

  heading(w, t['a1.sanctions']);
  const kinds = [...new Set(d.acts.map((a) => a.mainSanction.kind))].map((k) => t[`main.${k}`]);
  const main = `${t['a1.main']} ${endWith(kinds.map((k, i) => (i === 0 ? k : k.toLocaleLowerCase('vi'))).join('; '), '.')}`;
  const actSanction = (a: DecisionAct): string => {
    const amount = a.mainSanction.amountVnd;
    return amount === undefined ? t['main.actWarning'] : fill(t['main.actFine'], { amount: formatVnd(amount) });
  };
  // MQĐ02 note (10): a fine in figures and in words; with several acts, the fine of each act and the total. The
  // words go with the total, the amount the subject pays (the issue's own example), so the acts' lines stay short;
  // "Cụ thể:" closes the line of point a) rather than taking a line of its own.
  if (d.acts.length > 1) {
    heading(w, `${main} ${t['main.detailLabel']}`);
    perActLines(w, d.acts, actSanction);
  } else {
    w.paragraph(main);
  }
  if (d.totalFineVnd > 0) {
    const total = fill(t['main.total'], { amount: formatVnd(d.totalFineVnd), words: amountInWords(d.totalFineVnd) });
    w.paragraph([{ text: total, style: 'bold' }]);
  }

  // With several acts, each sanction or measure says which act it is for (MQĐ02 point 6 lists them per act).
  const forActs = (text: string, acts: number[] | undefined): string =>
    d.acts.length > 1 && acts && acts.length > 0
      ? `${acts.map((i, k) => (k === 0 ? actLabel(i) : actLabel(i).toLocaleLowerCase('vi'))).join(', ')}: ${text}`
      : text;
  labelledList(
    w,
    t['a1.additional'],
    d.additionalSanctions.map((a) =>
      forActs(
        a.period ? fill(t['additional.withPeriod'], { description: endWith(a.description, ''), period: a.period }) : a.description,
        a.acts,
      ),
    ),
  );
  labelledList(
    w,
    t['a1.remedial'],
    d.remedialMeasures.map((m) => forActs(remedialLine(t, m), m.acts)),
  );
  if (d.remedialMeasures.length > 0) w.paragraph(fill(t['remedial.cost'], { subjectRef: subjectRef(d.subject) }));
}

/** Article 3; `tail` is the height of what follows, which must share a page with the last paragraph. */
function articleThree(w: DocumentWriter, t: DecisionWording, d: DecisionDocument, tail: number): void {
  const person = subjectPerson(d.subject);
  const ref = subjectRef(d.subject);
  const names = { subjectRef: ref, SubjectRef: capitalise(ref), subjectName: subjectName(d.subject) };
  const role = d.subject.kind === 'individual' ? t['role.individual'] : t['role.organisation'];
  const items: string[] = [];
  let n = 1;
  w.paragraph([{ text: `${fill(t.article, { n: 3 })} `, style: 'bold' }, { text: t['a3.intro'] }], {
    keepWithNext: 3 * w.bodyLine,
  });
  w.paragraph(fill(t['a3.deliver'], { n: n++, honorific: honorific(person.gender), person: person.name, role }));
  w.paragraph(fill(t['a3.comply'], names));
  let letter = 'a';
  // LXLVPHC Đ73 k1 and Đ78 k1: pay within 10 days at the treasury or into its account; 0.05% a day when late.
  if (d.totalFineVnd > 0) {
    const p = d.payment;
    const account = p.accountNumber
      ? fill(t['a3.payAccount'], { accountNumber: p.accountNumber }) +
        (p.accountName ? fill(t['a3.payAccountName'], { accountName: p.accountName }) : '')
      : '';
    w.paragraph(fill(t['a3.pay'], { ...names, letter, treasury: p.treasuryOrBank, account }));
    w.paragraph(fill(t['a3.late'], names));
    letter = 'b';
  }
  items.push(fill(t['a3.appeal'], { ...names, letter }));
  if (d.collectingBody) items.push(fill(t['a3.collect'], { n: n++, body: d.collectingBody }));
  if (d.executingBody) items.push(fill(t['a3.execute'], { n: n++, body: d.executingBody }));
  if (d.cooperatingBodies && d.cooperatingBodies.length > 0) {
    items.push(fill(t['a3.cooperate'], { n: n++, body: d.cooperatingBodies.join(', ') }));
  }
  // The last line of the body ends with "./." (NĐ 30/2020 Phụ lục I), and the signature never sits alone on
  // a page: the last paragraph moves over with it.
  const last = endWith(items[items.length - 1], '.') + t.endMark;
  items.slice(0, -1).forEach((item) => w.paragraph(item));
  w.ensureSpace(w.paragraphHeight(last) + tail);
  w.paragraph(last);
}

/** NĐ 30/2020 Đ13 and MQĐ02 note (25): a deputy signs "KT. <HEAD TITLE>" above their own title. */
function signerLines(t: DecisionWording, d: DecisionDocument): StackedLine[] {
  const upper = (s: string): string => s.toLocaleUpperCase('vi');
  const lines: StackedLine[] = [];
  if (d.signer.deputy) {
    lines.push({ text: `${t['signer.deputyPrefix']}${upper(d.signer.deputy.headTitle)}`, style: 'bold', size: 14 });
  }
  lines.push({ text: upper(d.signer.title), style: 'bold', size: 14 });
  lines.push({ text: d.signer.fullName, style: 'bold', size: 14, spaceBefore: SIGNATURE_SPACE });
  return lines;
}

/** Renders a sanction decision (MQĐ02, or the MQĐ38–40 title variants) to PDF bytes; same input, same bytes. */
export async function renderDecisionPdf(d: DecisionDocument, options: RenderOptions = {}): Promise<Buffer> {
  validateDecision(d);
  const t = decisionWording();
  const summary = t[summaryKey(d.kind)];
  const w = new DocumentWriter({
    ...options,
    title: `Quyết định số ${d.number}`,
    subject: summary,
    author: d.issuingBody,
    date: d.date,
    input: d,
    // The QR sits under "Nơi nhận" on the last page, beside the signature, where the page is blank anyway.
    firstPageFooter: 0,
    body: DECISION_BODY,
  });
  drawHeader(w, {
    parentBody: d.parentBody,
    issuingBody: d.issuingBody,
    number: d.number,
    placeDateLine: formatPlaceDateLine(d.place, d.date),
  });
  const summaryLines = [{ text: summary, style: 'bold' as const }];
  if (d.originalDecision) {
    const ref = fill(t.originalReference, {
      number: d.originalDecision.number,
      date: formatDateVi(d.originalDecision.date),
    });
    summaryLines.push({ text: ref, style: 'bold' });
  }
  drawTitle(w, t.title, summaryLines);
  if (d.authorityTitle) w.centred(d.authorityTitle.toLocaleUpperCase('vi'), 'bold', 14, PARAGRAPH_GAP);

  d.legalBases.forEach((basis, i) => {
    w.paragraph(endWith(basis, i === d.legalBases.length - 1 ? '.' : ';'), { style: 'italic' });
  });
  w.paragraph(fill(t.signerIdentity, { fullName: d.signer.fullName, title: d.signer.title, unit: d.signer.unit }));
  w.centred(t.decides, 'bold', 14, 6, 3 * w.bodyLine);

  articleOne(w, t, d);
  // MQĐ02 note (16): "kể từ ngày ký" in the ordinary case, otherwise the date itself.
  const effective =
    d.effectiveDate === d.date ? t['a2.onSigning'] : fill(t['a2.onDate'], { date: formatDateVi(d.effectiveDate) });
  w.paragraph([{ text: `${fill(t.article, { n: 2 })} `, style: 'bold' }, { text: effective }]);
  const closing: Columns = {
    left: recipientLines(d.recipients),
    right: signerLines(t, d),
    leftAlign: 'left',
    leftShare: 0.45,
    leftBlock: verificationBlock(d.verification),
  };
  const beforeClosing = 4; // with the paragraph gap, about one blank 11 pt line above "Nơi nhận"
  articleThree(w, t, d, beforeClosing + columnsHeight(w, closing));

  w.doc.y += beforeClosing;
  drawColumns(w, closing);
  w.numberPages((page) => fill(commonWording().pageNumber, { page }));
  return w.finish();
}
