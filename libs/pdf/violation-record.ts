import { formatDateVi } from '@libs/vn';
import {
  bullets,
  type Columns,
  LIST_GAP,
  columnsHeight,
  drawColumns,
  drawHeader,
  drawTitle,
  drawVerification,
  heading,
  SIGNATURE_SPACE,
  type StackedLine,
  VERIFICATION_FOOTER,
} from './blocks';
import { BODY_LINE, DocumentWriter, MM, type RenderOptions } from './writer';
import type { RecordAct, ViolationRecordDocument } from './types';
import { validateViolationRecord } from './validate';
import {
  actLabel,
  clockParts,
  commonWording,
  endWith,
  fill,
  honorific,
  identityLines,
  pad2,
  type RecordWording,
  recordWording,
  subjectPerson,
} from './wording';

// Layout of form MBB01 (NĐ 118/2021 appendix) in the NĐ 30/2020 Phụ lục I presentation.

/** "label Không." when empty, otherwise the label and the items as bullets (or inline when there is one). */
function listOrNone(w: DocumentWriter, label: string, items: string[]): void {
  if (items.length === 0) w.paragraph(`${label} ${commonWording().none}.`);
  else if (items.length === 1) w.paragraph(`${label} ${endWith(items[0], '.')}`);
  else {
    heading(w, label);
    bullets(w, items);
  }
}

/** "label Không." when no act has any; one act's items inline; with several acts, "Hành vi thứ …: a; b" per act. */
function actLists(w: DocumentWriter, label: string, acts: RecordAct[], pick: (a: RecordAct) => string[]): void {
  if (acts.length === 1 || acts.every((a) => pick(a).length === 0)) {
    listOrNone(w, label, acts.flatMap(pick));
    return;
  }
  heading(w, label);
  bullets(
    w,
    acts.flatMap((a, i) => (pick(a).length > 0 ? [`${actLabel(i)}: ${pick(a).join('; ')}`] : [])),
  );
}

function people(w: DocumentWriter, t: RecordWording, r: ViolationRecordDocument): void {
  const none = commonWording().none;
  w.paragraph(t.present, { keepWithNext: 3 * BODY_LINE });
  heading(w, t.officers);
  for (const o of r.officers) {
    w.paragraph(fill(t['officer.name'], { ...o }), { gapAfter: LIST_GAP });
    w.paragraph(fill(t['officer.agency'], { ...o }));
  }
  if (r.witnesses.length === 0) w.paragraph(`${t.witnesses} ${none}.`);
  else {
    heading(w, t.witnesses);
    for (const wit of r.witnesses) {
      switch (wit.kind) {
        case 'person':
          w.paragraph(fill(t['witness.person.name'], { ...wit }), { gapAfter: LIST_GAP });
          w.paragraph(fill(t['witness.person.address'], { ...wit }));
          break;
        case 'localAuthority':
          w.paragraph(fill(t['witness.localAuthority.name'], { ...wit }), { gapAfter: LIST_GAP });
          w.paragraph(fill(t['witness.localAuthority.agency'], { ...wit }));
          break;
      }
    }
  }
  if (r.interpreter === undefined) w.paragraph(`${t.interpreter} ${none}.`);
  else {
    heading(w, t.interpreter);
    w.paragraph(fill(t['interpreter.name'], { ...r.interpreter }), { gapAfter: LIST_GAP });
    w.paragraph(fill(t['interpreter.address'], { ...r.interpreter }));
  }
}

function findings(w: DocumentWriter, t: RecordWording, r: ViolationRecordDocument): void {
  const common = commonWording();
  const s = r.subject;
  const intro =
    s.kind === 'individual'
      ? fill(t['subjectIntro.individual'], { honorific: honorific(s.gender) })
      : t['subjectIntro.organisation'];
  heading(w, intro);
  // The form numbers the identity block as item 1; items 2–11 follow.
  identityLines(s).forEach((line, i) => w.paragraph(i === 0 ? `1. ${line}` : line, { gapAfter: LIST_GAP }));
  w.doc.y += 4;
  heading(w, t.acts);
  r.acts.forEach((a, i) => {
    const text = a.facts
      ? `${endWith(a.description, '.')} ${common.factsLabel} ${endWith(a.facts, '.')}`
      : endWith(a.description, '.');
    w.paragraph(r.acts.length === 1 ? text : [{ text: `${actLabel(i)}: `, style: 'italic' }, { text }]);
  });
  if (r.acts.length === 1) w.paragraph(`${t.basis} ${endWith(r.acts[0].legalBasis, '.')}`);
  else {
    heading(w, t.basis);
    bullets(
      w,
      r.acts.map((a, i) => `${actLabel(i)}: ${a.legalBasis}`),
    );
  }
  // MBB01 item 3 states each circumstance and possible measure under the act it concerns; older inputs list them once.
  const perAct = r.acts.some((a) => a.aggravating !== undefined || a.mitigating !== undefined || a.possibleMeasures !== undefined);
  if (perAct) {
    actLists(w, t.aggravating, r.acts, (a) => a.aggravating ?? []);
    actLists(w, t.mitigating, r.acts, (a) => a.mitigating ?? []);
    actLists(w, t.possibleMeasures, r.acts, (a) => a.possibleMeasures ?? []);
  } else {
    listOrNone(w, t.aggravating, r.aggravating);
    listOrNone(w, t.mitigating, r.mitigating);
    if (r.possibleMeasures) listOrNone(w, t.possibleMeasures, r.possibleMeasures);
  }
  listOrNone(w, t.injured, r.injuredParty ? [r.injuredParty] : []);
  const statement = (label: string, text: string | undefined): void => {
    if (text === undefined) w.paragraph(`${label} ${common.none}.`);
    else {
      heading(w, label);
      w.paragraph(endWith(text, '.'));
    }
  };
  statement(
    s.kind === 'individual' ? t['subjectStatement.individual'] : t['subjectStatement.organisation'],
    r.subjectStatement,
  );
  statement(t.witnessStatement, r.witnessStatement);
  statement(t.injuredStatement, r.injuredPartyStatement);
  w.paragraph(s.kind === 'individual' ? t['stopOrder.individual'] : t['stopOrder.organisation']);
  listOrNone(w, t.preventive, r.preventiveMeasures);
}

/** Items 10–11 and the closing; `tail` is the height of the first signature row, kept on the closing's page. */
function rightsAndClosing(
  w: DocumentWriter,
  t: RecordWording,
  r: ViolationRecordDocument,
  sheets: number,
  tail: number,
): void {
  const person = subjectPerson(r.subject);
  const who = {
    honorific: honorific(person.gender),
    person: person.name,
    role: r.subject.kind === 'individual' ? t['role.individual'] : t['role.organisation'],
  };
  let n = 10;
  const explain = r.rightToExplain;
  if (explain) {
    // LXLVPHC Đ61 k2: 02 working days to ask for a hearing, 05 to send a written explanation.
    const period = explain.mode === 'hearing' ? t['explain.period.hearing'] : t['explain.period.written'];
    const document = explain.mode === 'hearing' ? t['explain.document.hearing'] : t['explain.document.written'];
    const lastDay = explain.lastDay ? fill(t['explain.lastDay'], { date: formatDateVi(explain.lastDay) }) : '';
    w.paragraph(fill(t.explain, { ...who, n: n++, period, lastDay, document, authority: explain.authority }));
  }
  if (r.summons) {
    const { hour, minute } = clockParts(r.summons.time);
    w.paragraph(
      fill(t.summons, { ...who, n: n++, hour, minute, date: formatDateVi(r.summons.date), place: r.summons.place }),
    );
  }
  if (r.electronicDelivery) {
    const party = r.subject.kind === 'individual' ? t['party.individual'] : t['party.organisation'];
    const e = r.electronicDelivery;
    w.paragraph(
      e.consent
        ? fill(t['electronic.consent'], {
            Party: party,
            address: e.address ? fill(t['electronic.address'], { address: e.address }) : '',
          })
        : fill(t['electronic.refuse'], { Party: party }),
    );
  }
  const { hour, minute } = clockParts(r.closing.finishedAt);
  const closing = [
    fill(t.closing, {
      ...who,
      hour,
      minute,
      date: formatDateVi(r.closing.finishedOn ?? r.date),
      sheets: pad2(sheets),
      copies: pad2(r.closing.copies),
    }),
  ];
  if (r.refusalReason) closing.push(fill(t.refusal, { ...who, reason: endWith(r.refusalReason, '') }));
  w.ensureSpace(closing.reduce((h, p) => h + w.paragraphHeight(p), 0) + tail);
  closing.forEach((p) => w.paragraph(p));
}

/** A signer as the block prints them; `title` where the form asks for "chức vụ" (Ký, ghi rõ chức vụ, họ và tên). */
interface BlockSigner {
  name: string;
  title?: string;
}

function signatureBlock(t: RecordWording, headingText: string, hint: string, signers: BlockSigner[]): StackedLine[] {
  const lines: StackedLine[] = [
    { text: headingText, style: 'bold', size: 13 },
    { text: hint, style: 'italic', size: 13 },
  ];
  // As NĐ 30/2020 places a signer's title: above the signature, the name under it.
  signers.forEach((s, i) => {
    if (s.title) lines.push({ text: s.title, style: 'regular', size: 13, spaceBefore: i === 0 ? 0 : SIGNATURE_SPACE / 2 });
    lines.push({ text: s.name, style: 'bold', size: 13, spaceBefore: SIGNATURE_SPACE });
  });
  return lines;
}

/** The signature blocks of MBB01, two per row: violator and drafter first, then whoever else took part. */
function signatureRows(w: DocumentWriter, t: RecordWording, r: ViolationRecordDocument): Columns[] {
  const s = r.subject;
  const blocks: StackedLine[][] = [
    signatureBlock(
      t,
      s.kind === 'individual' ? t['sign.subject.individual'] : t['sign.subject.organisation'],
      t['sign.hintName'],
      [{ name: subjectPerson(s).name }],
    ),
    signatureBlock(
      t,
      t['sign.officer'],
      t['sign.hintTitleName'],
      r.officers.map((o) => ({ name: o.fullName, title: o.title })),
    ),
  ];
  if (r.injuredParty) blocks.push(signatureBlock(t, t['sign.injured'], t['sign.hintName'], [{ name: r.injuredParty }]));
  for (const wit of r.witnesses) {
    blocks.push(
      wit.kind === 'localAuthority'
        ? signatureBlock(t, t['sign.localAuthority'], t['sign.hintTitleName'], [{ name: wit.fullName, title: wit.title }])
        : signatureBlock(t, t['sign.witness'], t['sign.hintName'], [{ name: wit.fullName }]),
    );
  }
  if (r.interpreter)
    {blocks.push(signatureBlock(t, t['sign.interpreter'], t['sign.hintName'], [{ name: r.interpreter.fullName }]));}
  // Headings (with a title) of a row can wrap differently; pad the shorter so both first names sit on one line.
  const firstName = (b: StackedLine[]): number => b.findIndex((l) => l.spaceBefore === SIGNATURE_SPACE);
  const headingHeight = (b: StackedLine[]): number =>
    b.slice(0, firstName(b)).reduce((h, l) => h + w.textHeight(l.text, l.style, l.size, w.width / 2) + (l.spaceBefore ?? 0), 0);
  const rows: Columns[] = [];
  for (let i = 0; i < blocks.length; i += 2) {
    const pair = [blocks[i], blocks[i + 1] ?? []];
    const tallest = Math.max(...pair.map((b) => (b.length > 0 ? headingHeight(b) : 0)));
    for (const b of pair) {
      const at = firstName(b);
      if (at > 0) b[at] = { ...b[at], spaceBefore: SIGNATURE_SPACE + tallest - headingHeight(b) };
    }
    rows.push({ left: pair[0], right: pair[1], leftAlign: 'center', leftShare: 0.5 });
  }
  return rows;
}

async function renderOnce(r: ViolationRecordDocument, sheets: number, options: RenderOptions): Promise<{ bytes: Buffer; pages: number }> {
  const t = recordWording();
  const w = new DocumentWriter({
    ...options,
    title: `Biên bản vi phạm hành chính số ${r.number}`,
    subject: `${t.title} ${fill(t.field, { field: r.field })}`,
    author: r.issuingBody,
    date: r.date,
    input: r,
    firstPageFooter: r.verification ? VERIFICATION_FOOTER : 0,
  });
  if (r.verification) drawVerification(w, r.verification);
  drawHeader(w, { parentBody: r.parentBody, issuingBody: r.issuingBody, number: r.number });
  drawTitle(w, t.title, [{ text: fill(t.field, { field: r.field }), style: 'bold' }]);
  const { hour, minute } = clockParts(r.time);
  w.paragraph(fill(t.opening, { hour, minute, date: formatDateVi(r.date), place: endWith(r.place, '') }));
  if (r.placeReason) w.paragraph(fill(t.placeReason, { reason: endWith(r.placeReason, '.') }));
  heading(w, t.basesIntro);
  bullets(w, r.legalBases);
  w.doc.y += 4;
  people(w, t, r);
  findings(w, t, r);
  const rows = signatureRows(w, t, r);
  const beforeSignatures = 3 * MM;
  rightsAndClosing(w, t, r, sheets, beforeSignatures + columnsHeight(w, rows[0]));
  w.doc.y += beforeSignatures;
  rows.forEach((row) => drawColumns(w, row));
  w.numberPages((page) => fill(commonWording().pageNumber, { page }));
  const pages = w.pageCount();
  return { bytes: await w.finish(), pages };
}

/**
 * Renders a violation record (MBB01) to PDF bytes; same input, same bytes. When `closing.sheets` is absent the
 * sheet count printed in the closing line is the rendered page count (found by rendering until it is stable).
 */
export async function renderViolationRecordPdf(r: ViolationRecordDocument, options: RenderOptions = {}): Promise<Buffer> {
  validateViolationRecord(r);
  if (r.closing.sheets !== undefined) return (await renderOnce(r, r.closing.sheets, options)).bytes;
  let guess = 1;
  for (let attempt = 0; attempt < 3; attempt++) {
    const { bytes, pages } = await renderOnce(r, guess, options);
    if (pages === guess) return bytes;
    guess = pages;
  }
  throw new Error('sheet count of the violation record does not settle');
}
