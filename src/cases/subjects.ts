import { EntityManager } from 'typeorm';
import { AppError } from '@app/common/errors';
import { CaseSubjectType } from '@app/cases/cases.enums';
import type { OffenderType } from '@libs/legal';

/** The table and name column of each kind of subject (all in the registry, all department-scoped). */
const SOURCES: Record<CaseSubjectType, { table: string; name: string; kind: string | null; defaultOffender: OffenderType }> = {
  [CaseSubjectType.PressAgency]: { table: 'press_agencies', name: 'name', kind: null, defaultOffender: 'organisation' },
  [CaseSubjectType.GeneralSite]: { table: 'e_information_sites', name: 'name', kind: null, defaultOffender: 'organisation' },
  [CaseSubjectType.RepresentativeOffice]: { table: 'representative_offices', name: 'agency_name', kind: null, defaultOffender: 'organisation' },
  [CaseSubjectType.ResidentReporter]: { table: 'resident_reporters', name: 'full_name', kind: null, defaultOffender: 'individual' },
  [CaseSubjectType.UnregisteredSubject]: { table: 'unregistered_subjects', name: 'name', kind: 'kind', defaultOffender: 'organisation' },
};

export interface ResolvedSubject {
  name: string;
  /** Tổ chức or cá nhân, the default offender type of the case's violations. */
  offenderType: OffenderType;
}

/** The subject of the department, or a 422 naming `subjectId` (another department's record is not found either). */
export async function resolveSubject(manager: EntityManager, departmentId: string, type: CaseSubjectType, id: string): Promise<ResolvedSubject> {
  const s = SOURCES[type];
  const rows: { name: string; kind: string | null }[] = await manager.query(
    `select ${s.name} as name, ${s.kind ?? 'null'} as kind from ${s.table} where id = $1 and department_id = $2`,
    [id, departmentId],
  );
  if (rows.length === 0) throw AppError.field('subjectId', `no ${type.replace(/_/g, ' ')} with this id in your department`);
  const kind = rows[0].kind;
  return { name: rows[0].name, offenderType: kind === 'individual' ? 'individual' : kind === 'organisation' ? 'organisation' : s.defaultOffender };
}
