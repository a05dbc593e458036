import { EntityManager } from 'typeorm';
import { CaseSubjectType } from '@app/cases/cases.enums';
import type { Gender, SanctionSubject } from '@libs/pdf';

/**
 * Nhân thân của đối tượng vi phạm as forms MQĐ02 and MBB01 print it (Điều 1 item 1), kept flat so a draft can be
 * completed one field at a time. The registry knows part of it; the officer completes the rest (a representative's
 * gender, an individual's date of birth) and nothing is ever guessed.
 */
export interface SubjectIdentity {
  kind: 'organisation' | 'individual';
  /** Tên tổ chức / họ và tên */
  name?: string;
  /** Địa chỉ trụ sở chính / nơi ở hiện tại */
  address?: string;
  enterpriseCode?: string;
  /** e.g. "Số giấy phép hoạt động báo chí" */
  registrationLabel?: string;
  registrationNumber?: string;
  registrationIssuedOn?: string;
  registrationIssuedBy?: string;
  representativeName?: string;
  representativeGender?: Gender;
  representativeTitle?: string;
  gender?: Gender;
  dateOfBirth?: string;
  nationality?: string;
  occupation?: string;
  identityNumber?: string;
  identityIssuedOn?: string;
  identityIssuedBy?: string;
}

type Row = Record<string, string | null>;

const one = async (manager: EntityManager, sql: string, params: unknown[]): Promise<Row | undefined> => ((await manager.query(sql, params)) as Row[])[0];
const text = (v: string | null | undefined): string | undefined => (v && v.trim() !== '' ? v.trim() : undefined);

/** The latest licence of a holder, printed as the organisation's registration. */
async function licence(manager: EntityManager, holderType: string, holderId: string, label: string): Promise<Partial<SubjectIdentity>> {
  const l = await one(
    manager,
    `select number, to_char(issued_on, 'YYYY-MM-DD') as issued_on, issuer from licences
      where holder_type = $1 and holder_id = $2 and status <> 'revoked' order by issued_on desc limit 1`,
    [holderType, holderId],
  );
  return l ? { registrationLabel: label, registrationNumber: text(l.number), registrationIssuedOn: text(l.issued_on), registrationIssuedBy: text(l.issuer) } : {};
}

/** What the department's registry knows of a case subject (every source is department-scoped). */
export async function registryIdentity(manager: EntityManager, departmentId: string, type: CaseSubjectType, id: string): Promise<SubjectIdentity> {
  const args = [id, departmentId];
  switch (type) {
    case CaseSubjectType.PressAgency: {
      const r = await one(manager, `select name, address, head_name, kind from press_agencies where id = $1 and department_id = $2`, args);
      const broadcaster = r?.kind === 'radio' || r?.kind === 'television';
      return {
        kind: 'organisation', name: text(r?.name), address: text(r?.address), representativeName: text(r?.head_name),
        representativeTitle: broadcaster ? 'Giám đốc' : 'Tổng Biên tập',
        ...(await licence(manager, 'press_agency', id, 'Số giấy phép hoạt động báo chí')),
      };
    }
    case CaseSubjectType.GeneralSite: {
      // The site is not a legal person: the organisation that owns it is the offender.
      const r = await one(manager, `select owner_name, owner_address, owner_tax_code, legal_representative from e_information_sites where id = $1 and department_id = $2`, args);
      return {
        kind: 'organisation', name: text(r?.owner_name), address: text(r?.owner_address), enterpriseCode: text(r?.owner_tax_code), representativeName: text(r?.legal_representative),
        ...(await licence(manager, 'e_information_site', id, 'Số giấy phép thiết lập trang thông tin điện tử tổng hợp')),
      };
    }
    case CaseSubjectType.RepresentativeOffice: {
      const r = await one(manager, `select agency_name, address, head_name from representative_offices where id = $1 and department_id = $2`, args);
      return { kind: 'organisation', name: text(r?.agency_name), address: text(r?.address), representativeName: text(r?.head_name), representativeTitle: 'Trưởng văn phòng đại diện' };
    }
    case CaseSubjectType.ResidentReporter: {
      const r = await one(manager, `select full_name, agency_name from resident_reporters where id = $1 and department_id = $2`, args);
      return { kind: 'individual', name: text(r?.full_name), occupation: r?.agency_name ? `Phóng viên thường trú ${r.agency_name}` : undefined };
    }
    case CaseSubjectType.UnregisteredSubject:
      return unregistered(await one(manager, `select kind, name, address, personal_id, tax_code, representative, representative_title, to_char(date_of_birth, 'YYYY-MM-DD') as date_of_birth, gender, nationality, occupation from unregistered_subjects where id = $1 and department_id = $2`, args));
  }
}

const genderOf = (v: string | null | undefined): Gender | undefined => (v === 'male' || v === 'female' ? v : undefined);

function unregistered(r: Row | undefined): SubjectIdentity {
  if (r?.kind === 'individual') {
    return { kind: 'individual', name: text(r.name), address: text(r.address), identityNumber: text(r.personal_id), dateOfBirth: text(r.date_of_birth), gender: genderOf(r.gender), nationality: text(r.nationality), occupation: text(r.occupation) };
  }
  return { kind: 'organisation', name: text(r?.name), address: text(r?.address), enterpriseCode: text(r?.tax_code), representativeName: text(r?.representative), representativeTitle: text(r?.representative_title) };
}

/** Fields set in `override` win; the kind switches only when the override names one. */
export function mergeIdentity(base: SubjectIdentity, override?: Partial<SubjectIdentity>): SubjectIdentity {
  const given = Object.fromEntries(Object.entries(override ?? {}).filter(([, v]) => v !== undefined && v !== null)) as Partial<SubjectIdentity>;
  return { ...base, ...given, kind: given.kind ?? base.kind };
}

const REQUIRED: Record<SubjectIdentity['kind'], (keyof SubjectIdentity)[]> = {
  organisation: ['name', 'address', 'representativeName', 'representativeGender', 'representativeTitle'],
  individual: ['name', 'gender', 'dateOfBirth', 'nationality', 'address', 'identityNumber'],
};

/** The identity as libs/pdf prints it, or the fields still missing (as `subject.<field>`). */
export function toSanctionSubject(s: SubjectIdentity): { subject: SanctionSubject } | { missing: string[] } {
  const missing = REQUIRED[s.kind].filter((k) => s[k] === undefined || s[k] === '').map((k) => `subject.${k}`);
  if (missing.length > 0) return { missing };
  // Present: checked just above (the REQUIRED lists).
  const need = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('identity field missing after the completeness check');
    return v;
  };
  if (s.kind === 'individual') {
    return {
      subject: {
        kind: 'individual', fullName: need(s.name), gender: need(s.gender), dateOfBirth: need(s.dateOfBirth), nationality: need(s.nationality),
        occupation: s.occupation, residence: need(s.address), identityNumber: need(s.identityNumber), identityIssuedOn: s.identityIssuedOn, identityIssuedBy: s.identityIssuedBy,
      },
    };
  }
  const registration = s.registrationNumber
    ? { label: s.registrationLabel, number: s.registrationNumber, issuedOn: s.registrationIssuedOn, issuedBy: s.registrationIssuedBy }
    : undefined;
  return {
    subject: {
      kind: 'organisation', name: need(s.name), headOfficeAddress: need(s.address), enterpriseCode: s.enterpriseCode, registration,
      legalRepresentative: { fullName: need(s.representativeName), gender: need(s.representativeGender), title: need(s.representativeTitle) },
    },
  };
}

/** Back from the printed form (a signed record's document) to the flat identity a decision draft starts from. */
export function fromSanctionSubject(s: SanctionSubject): SubjectIdentity {
  switch (s.kind) {
    case 'individual':
      return {
        kind: 'individual', name: s.fullName, gender: s.gender, dateOfBirth: s.dateOfBirth, nationality: s.nationality, occupation: s.occupation,
        address: s.residence, identityNumber: s.identityNumber, identityIssuedOn: s.identityIssuedOn, identityIssuedBy: s.identityIssuedBy,
      };
    case 'organisation':
      return {
        kind: 'organisation', name: s.name, address: s.headOfficeAddress, enterpriseCode: s.enterpriseCode,
        registrationLabel: s.registration?.label, registrationNumber: s.registration?.number, registrationIssuedOn: s.registration?.issuedOn, registrationIssuedBy: s.registration?.issuedBy,
        representativeName: s.legalRepresentative.fullName, representativeGender: s.legalRepresentative.gender, representativeTitle: s.legalRepresentative.title,
      };
  }
}
