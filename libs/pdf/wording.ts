import { isWordingTable, loadTemplate } from './assets';
import { formatDateNumeric } from '@libs/vn';
import type { Gender, SanctionSubject } from './types';
import { COMMON_KEYS, DECISION_KEYS, RECORD_KEYS } from './wording-keys';

export type CommonKey = (typeof COMMON_KEYS)[number];
export type DecisionKey = (typeof DECISION_KEYS)[number];
export type RecordKey = (typeof RECORD_KEYS)[number];

export type CommonWording = Record<CommonKey, string> & Record<'ordinals', readonly string[]>;
export type DecisionWording = Record<DecisionKey, string>;
export type RecordWording = Record<RecordKey, string>;

export function commonWording(): CommonWording {
  return loadTemplate('common.json', (v): v is CommonWording => isWordingTable(v, COMMON_KEYS, ['ordinals']));
}

export function decisionWording(): DecisionWording {
  return loadTemplate('decision/mqd02.json', (v): v is DecisionWording => isWordingTable(v, DECISION_KEYS, []));
}

export function recordWording(): RecordWording {
  return loadTemplate('violation-record/mbb01.json', (v): v is RecordWording => isWordingTable(v, RECORD_KEYS, []));
}

/** Fills `{name}` placeholders; a placeholder without a value throws rather than print a gap. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in "${template}"`);
    return String(value);
  });
}

/** Replaces the trailing punctuation of a clause with `mark` (lists end ";" and their last item "."). */
export function endWith(text: string, mark: string): string {
  return text.trim().replace(/[\s.;:,]+$/u, '') + mark;
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/** 5 → "05": NĐ 30/2020 Phụ lục I pads numbers below 10 in dates and counts. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** "09:30" → { hour: "09", minute: "30" } */
export function clockParts(time: string): { hour: string; minute: string } {
  const [hour, minute] = time.split(':');
  return { hour, minute };
}

export function ordinal(index: number): string {
  const ordinals = commonWording().ordinals;
  return ordinals[index] ?? `thứ ${index + 1}`;
}

/** "Hành vi thứ nhất" for the index-th act. */
export function actLabel(index: number): string {
  return fill(commonWording().act, { ordinal: ordinal(index) });
}

export function genderWord(gender: Gender): string {
  switch (gender) {
    case 'male':
      return commonWording()['gender.male'];
    case 'female':
      return commonWording()['gender.female'];
  }
}

export function honorific(gender: Gender): string {
  switch (gender) {
    case 'male':
      return commonWording()['honorific.male'];
    case 'female':
      return commonWording()['honorific.female'];
  }
}

/** How the text names the violator: "ông" / "bà" for a person, "tổ chức" for an organisation. */
export function subjectRef(subject: SanctionSubject): string {
  switch (subject.kind) {
    case 'individual':
      return honorific(subject.gender);
    case 'organisation':
      return commonWording()['subjectRef.organisation'];
  }
}

/** The person the document is handed to: the violator, or the organisation's legal representative. */
export function subjectPerson(subject: SanctionSubject): { name: string; gender: Gender } {
  switch (subject.kind) {
    case 'individual':
      return { name: subject.fullName, gender: subject.gender };
    case 'organisation':
      return { name: subject.legalRepresentative.fullName, gender: subject.legalRepresentative.gender };
  }
}

export function subjectName(subject: SanctionSubject): string {
  switch (subject.kind) {
    case 'individual':
      return subject.fullName;
    case 'organisation':
      return subject.name;
  }
}

/** Identity lines of the violator, in the order of the MQĐ02 / MBB01 forms; optional fields are skipped. */
export function identityLines(subject: SanctionSubject): string[] {
  const w = commonWording();
  const issued = (on?: string, by?: string): string =>
    (on ? `; ${w['label.issuedOn']}: ${formatDateNumeric(on)}` : '') + (by ? `; ${w['label.issuedBy']}: ${by}` : '');
  switch (subject.kind) {
    case 'individual': {
      const lines = [
        `${w['label.fullName']}: ${subject.fullName}; ${w['label.gender']}: ${genderWord(subject.gender)}`,
        `${w['label.dateOfBirth']}: ${formatDateNumeric(subject.dateOfBirth)}; ${w['label.nationality']}: ${subject.nationality}`,
      ];
      if (subject.occupation) lines.push(`${w['label.occupation']}: ${subject.occupation}`);
      lines.push(`${w['label.residence']}: ${subject.residence}`);
      lines.push(
        `${w['label.identityNumber']}: ${subject.identityNumber}` +
          issued(subject.identityIssuedOn, subject.identityIssuedBy),
      );
      return lines;
    }
    case 'organisation': {
      const lines = [
        `${w['label.organisationName']}: ${subject.name}`,
        `${w['label.headOffice']}: ${subject.headOfficeAddress}`,
      ];
      if (subject.enterpriseCode) lines.push(`${w['label.enterpriseCode']}: ${subject.enterpriseCode}`);
      const reg = subject.registration;
      if (reg) {
        lines.push(`${reg.label ?? w['label.registration']}: ${reg.number}` + issued(reg.issuedOn, reg.issuedBy));
      }
      const rep = subject.legalRepresentative;
      lines.push(`${w['label.representative']}: ${rep.fullName}; ${w['label.gender']}: ${genderWord(rep.gender)}`);
      lines.push(`${w['label.representativeTitle']}: ${rep.title}`);
      return lines;
    }
  }
}
