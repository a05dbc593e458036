import { describeUnprintable, firstUnprintable } from './printable';
import type { DecisionDocument, SanctionSubject, ViolationRecordDocument } from './types';

/**
 * The most text one document may carry, in characters over all its fields (about 60 pages of body text). Each
 * field is capped at the API; this bounds their sum, so that rendering time is bounded too (issue 12, finding 12).
 */
export const MAX_DOCUMENT_TEXT = 200_000;

/** Thrown when a snapshot cannot become an official document (the message names every problem found). */
export class DocumentInputError extends Error {
  constructor(readonly problems: string[]) {
    super(`cannot render document: ${problems.join('; ')}`);
    this.name = 'DocumentInputError';
  }
}

class Checker {
  readonly problems: string[] = [];

  text(path: string, value: string | undefined): void {
    if (typeof value !== 'string' || value.trim() === '') this.problems.push(`${path} is empty`);
  }

  date(path: string, value: string | undefined): void {
    const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
    const ok =
      m !== null &&
      (() => {
        const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
        return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
      })();
    if (!ok) this.problems.push(`${path} is not a calendar date YYYY-MM-DD: ${String(value)}`);
  }

  time(path: string, value: string): void {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) this.problems.push(`${path} is not a time HH:mm: ${value}`);
  }

  positiveInteger(path: string, value: number): void {
    if (!Number.isSafeInteger(value) || value <= 0) this.problems.push(`${path} is not a positive integer: ${value}`);
  }

  nonEmpty(path: string, list: readonly unknown[]): void {
    if (list.length === 0) this.problems.push(`${path} is empty`);
  }

  subject(s: SanctionSubject): void {
    switch (s.kind) {
      case 'individual':
        this.text('subject.fullName', s.fullName);
        this.date('subject.dateOfBirth', s.dateOfBirth);
        this.text('subject.nationality', s.nationality);
        this.text('subject.residence', s.residence);
        this.text('subject.identityNumber', s.identityNumber);
        if (s.identityIssuedOn !== undefined) this.date('subject.identityIssuedOn', s.identityIssuedOn);
        return;
      case 'organisation':
        this.text('subject.name', s.name);
        this.text('subject.headOfficeAddress', s.headOfficeAddress);
        this.text('subject.legalRepresentative.fullName', s.legalRepresentative.fullName);
        this.text('subject.legalRepresentative.title', s.legalRepresentative.title);
        if (s.registration?.issuedOn !== undefined) this.date('subject.registration.issuedOn', s.registration.issuedOn);
        return;
    }
  }

  /**
   * Last line behind the API's checks: every string of the input must be printable with the embedded font, left
   * to right (a character the font lacks would silently vanish from an official document), and all of them
   * together no longer than MAX_DOCUMENT_TEXT.
   */
  printable(root: object): void {
    let total = 0;
    const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { value, path } = item;
      if (typeof value === 'string') {
        total += value.length;
        const bad = firstUnprintable(value);
        if (bad !== null) this.problems.push(`${path} ${describeUnprintable(bad)}`);
      } else if (Array.isArray(value)) {
        // Pushed last to first, so that problems are reported in the document's order.
        for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: `${path}[${i}]` });
      } else if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value).reverse();
        for (const [key, child] of entries) stack.push({ value: child, path: path === '' ? key : `${path}.${key}` });
      }
    }
    if (total > MAX_DOCUMENT_TEXT) this.problems.push(`the document's text is ${total} characters long; at most ${MAX_DOCUMENT_TEXT} can be printed`);
  }

  throwIfAny(): void {
    if (this.problems.length > 0) throw new DocumentInputError(this.problems);
  }
}

/** Checks a decision snapshot; the total must equal the sum of the fines, in exact integer VND. */
export function validateDecision(d: DecisionDocument): void {
  const c = new Checker();
  c.text('issuingBody', d.issuingBody);
  c.text('number', d.number);
  c.text('place', d.place);
  c.date('date', d.date);
  c.date('effectiveDate', d.effectiveDate);
  if (d.kind !== 'sanction') {
    if (d.originalDecision === undefined) c.problems.push(`originalDecision is required for a '${d.kind}' decision`);
    else {
      c.text('originalDecision.number', d.originalDecision.number);
      c.date('originalDecision.date', d.originalDecision.date);
    }
  }
  c.nonEmpty('legalBases', d.legalBases);
  c.text('signer.fullName', d.signer.fullName);
  c.text('signer.title', d.signer.title);
  c.text('signer.unit', d.signer.unit);
  c.subject(d.subject);
  c.nonEmpty('acts', d.acts);
  let sum = 0;
  d.acts.forEach((act, i) => {
    c.text(`acts[${i}].description`, act.description);
    c.text(`acts[${i}].legalBasis`, act.legalBasis);
    const amount = act.mainSanction.amountVnd;
    switch (act.mainSanction.kind) {
      case 'fine':
        if (amount === undefined) c.problems.push(`acts[${i}] is a fine without amountVnd`);
        else {
          c.positiveInteger(`acts[${i}].mainSanction.amountVnd`, amount);
          sum += amount;
        }
        return;
      case 'warning':
        if (amount !== undefined) c.problems.push(`acts[${i}] is a warning with an amount`);
        return;
    }
  });
  if (!Number.isSafeInteger(sum)) c.problems.push('sum of fines exceeds the safe integer range');
  if (!Number.isSafeInteger(d.totalFineVnd) || d.totalFineVnd < 0) {
    c.problems.push(`totalFineVnd is not a non-negative integer: ${d.totalFineVnd}`);
  } else if (d.totalFineVnd !== sum) {
    c.problems.push(`totalFineVnd ${d.totalFineVnd} differs from the sum of the acts' fines ${sum}`);
  }
  d.additionalSanctions.forEach((a, i) => c.text(`additionalSanctions[${i}].description`, a.description));
  d.remedialMeasures.forEach((m, i) => {
    c.text(`remedialMeasures[${i}].description`, m.description);
    const deadline = m.deadline;
    if (deadline === undefined) return;
    switch (deadline.kind) {
      case 'days':
        c.positiveInteger(`remedialMeasures[${i}].deadline.days`, deadline.days);
        return;
      case 'date':
        c.date(`remedialMeasures[${i}].deadline.date`, deadline.date);
        return;
    }
  });
  if (sum > 0) c.text('payment.treasuryOrBank', d.payment.treasuryOrBank);
  c.nonEmpty('recipients', d.recipients);
  c.text('verification.code', d.verification.code);
  c.text('verification.url', d.verification.url);
  c.printable(d);
  c.throwIfAny();
}

export function validateViolationRecord(r: ViolationRecordDocument): void {
  const c = new Checker();
  c.text('issuingBody', r.issuingBody);
  c.text('number', r.number);
  c.text('field', r.field);
  c.date('date', r.date);
  c.time('time', r.time);
  c.text('place', r.place);
  c.nonEmpty('legalBases', r.legalBases);
  c.nonEmpty('officers', r.officers);
  r.officers.forEach((o, i) => c.text(`officers[${i}].fullName`, o.fullName));
  c.subject(r.subject);
  c.nonEmpty('acts', r.acts);
  r.acts.forEach((a, i) => {
    c.text(`acts[${i}].description`, a.description);
    c.text(`acts[${i}].legalBasis`, a.legalBasis);
  });
  c.text('subjectStatement', r.subjectStatement);
  if (r.rightToExplain) {
    c.text('rightToExplain.authority', r.rightToExplain.authority);
    if (r.rightToExplain.lastDay !== undefined) c.date('rightToExplain.lastDay', r.rightToExplain.lastDay);
  }
  if (r.summons) {
    c.time('summons.time', r.summons.time);
    c.date('summons.date', r.summons.date);
    c.text('summons.place', r.summons.place);
  }
  c.time('closing.finishedAt', r.closing.finishedAt);
  if (r.closing.finishedOn !== undefined) c.date('closing.finishedOn', r.closing.finishedOn);
  // LXLVPHC Đ58: at least two copies, one of them handed to the violator.
  if (!Number.isSafeInteger(r.closing.copies) || r.closing.copies < 2) {
    c.problems.push(`closing.copies must be at least 2: ${r.closing.copies}`);
  }
  if (r.closing.sheets !== undefined) c.positiveInteger('closing.sheets', r.closing.sheets);
  if (r.verification) {
    c.text('verification.code', r.verification.code);
    c.text('verification.url', r.verification.url);
  }
  c.printable(r);
  c.throwIfAny();
}
