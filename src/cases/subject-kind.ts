import { CaseSubjectType } from '@app/cases/cases.enums';
import { PressAgencyKind } from '@app/registry/registry.enums';
import { ReportSubjectKind } from '@libs/reports';

/** Loại hình cơ quan báo chí → report kind (Luật Báo chí 2016 Đ4: báo, tạp chí; báo nói, báo hình). */
const AGENCY_KIND: Record<PressAgencyKind, ReportSubjectKind> = {
  [PressAgencyKind.PrintNewspaper]: ReportSubjectKind.Newspaper,
  [PressAgencyKind.ElectronicNewspaper]: ReportSubjectKind.Newspaper,
  [PressAgencyKind.PrintMagazine]: ReportSubjectKind.Magazine,
  [PressAgencyKind.ElectronicMagazine]: ReportSubjectKind.Magazine,
  [PressAgencyKind.Radio]: ReportSubjectKind.RadioTelevision,
  [PressAgencyKind.Television]: ReportSubjectKind.RadioTelevision,
};

/** Case subject → report kind; a press agency is split by its kind (null here). */
const SUBJECT_KIND: Record<CaseSubjectType, ReportSubjectKind | null> = {
  [CaseSubjectType.PressAgency]: null,
  [CaseSubjectType.GeneralSite]: ReportSubjectKind.GeneralSite,
  [CaseSubjectType.RepresentativeOffice]: ReportSubjectKind.RepresentativeOfficeOrReporter,
  [CaseSubjectType.ResidentReporter]: ReportSubjectKind.RepresentativeOfficeOrReporter,
  [CaseSubjectType.UnregisteredSubject]: ReportSubjectKind.Other,
};

const literal = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** Joins the press agency of case alias `c` as `pa` (no row for other subjects). */
export const pressAgencyJoin = (c: string, pa: string): string =>
  `left join press_agencies ${pa} on ${c}.subject_type = 'press_agency' and ${pa}.id = ${c}.subject_id`;

/** SQL for the report kind of case alias `c` with its press agency joined as `pa` (see `pressAgencyJoin`). */
export function subjectKindSql(c: string, pa: string): string {
  const agency = Object.entries(AGENCY_KIND)
    .map(([k, v]) => `when ${literal(k)} then ${literal(v)}`)
    .join(' ');
  const subject = Object.entries(SUBJECT_KIND)
    .map(
      ([k, v]) =>
        `when ${literal(k)} then ${v === null ? `(case ${pa}.kind::text ${agency} else ${literal(ReportSubjectKind.Other)} end)` : literal(v)}`,
    )
    .join(' ');
  return `(case ${c}.subject_type::text ${subject} else ${literal(ReportSubjectKind.Other)} end)`;
}
