import { EntityManager } from 'typeorm';
import { ExplanationMode, WitnessKind } from '@app/cases/cases.enums';
import type { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import type { RecordWitness as StoredWitness, ViolationRecord } from '@app/cases/entities/violation-record.entity';
import { Violation } from '@app/cases/entities/violation.entity';
import { recordBases } from '@libs/legal/legal-bases';
import { mergeIdentity, registryIdentity, toSanctionSubject, type SubjectIdentity } from '@app/cases/subject-identity';
import { Department } from '@app/departments/department.entity';
import { DocumentKind, type DocumentRecord } from '@app/documents/document.entity';
import type { DocumentsService } from '@app/documents/documents.service';
import type { CountedCircumstance, Field } from '@libs/legal';
import { possibleMeasures } from '@libs/legal/sanctions';
import { DocumentInputError, type RecordWitness, type ViolationRecordDocument } from '@libs/pdf';
import { validateViolationRecord } from '@libs/pdf/validate';
import { todayInVietnam } from '@libs/vn';

/** "Về lĩnh vực …" of form MBB01. */
const FIELD_LABEL: Record<Field, string> = {
  press: 'báo chí',
  publishing: 'xuất bản',
  'e-information': 'thông tin điện tử',
};

const witness = (w: StoredWitness): RecordWitness =>
  w.kind === WitnessKind.LocalAuthority
    ? { kind: 'localAuthority', fullName: w.fullName, title: w.occupationOrTitle, agency: w.addressOrAgency }
    : { kind: 'person', fullName: w.fullName, occupation: w.occupationOrTitle, address: w.addressOrAgency };

/** HH:mm in Vietnam. */
const clock = (at: Date): string => new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);

/** When the record was closed: the signing time when it was signed the day it was drawn, else the time it was drawn. */
function finishedAt(r: ViolationRecord): string {
  if (!r.signedAt || todayInVietnam(r.signedAt) !== r.drawnOn) return r.drawnAt;
  const t = clock(r.signedAt);
  return t >= r.drawnAt ? t : r.drawnAt;
}

export interface RecordDocumentContext {
  department: Pick<Department, 'name' | 'parentBody'>;
  record: ViolationRecord;
  violations: readonly Violation[];
  identity: SubjectIdentity;
}

/** Form MBB01 from the signed (frozen) record, or what is still missing (identity fields, libs/pdf's problems). */
export function recordDocument(ctx: RecordDocumentContext): { input: ViolationRecordDocument } | { missing: string[] } {
  const subject = toSanctionSubject(ctx.identity);
  if ('missing' in subject) return { missing: subject.missing };
  const { record: r, department } = ctx;
  const acts = ctx.violations.map((v) => v.worksheet.acts[0]);
  const fields = [...new Set(acts.map((a) => FIELD_LABEL[a.version.field]))];
  const labels = (pick: 'aggravating' | 'mitigating'): string[] => [...new Set(acts.flatMap((a) => a[pick].map((c) => c.labelVi)))];
  const circumstance = (c: CountedCircumstance): string => (c.facts ? `${c.labelVi} (${c.facts})` : c.labelVi);
  const worksheetOf = (violationId: string) => ctx.violations.find((v) => v.id === violationId)?.worksheet.acts[0];
  const input: ViolationRecordDocument = {
    parentBody: department.parentBody,
    issuingBody: department.name,
    number: r.number ?? '',
    field: `lĩnh vực ${fields.join(', ')}`,
    date: r.drawnOn,
    time: r.drawnAt,
    place: r.place,
    legalBases: recordBases(acts.map((a) => a.version.instrument), r.drawnOn),
    officers: [{ fullName: r.officerName, title: r.officerTitle, agency: department.name }],
    witnesses: r.witnesses.map(witness),
    subject: subject.subject,
    // MBB01 item 3: each act with its full provision, its own circumstances and what its clause provides.
    acts: r.acts.map((a) => {
      const ws = worksheetOf(a.violationId);
      return {
        description: a.descriptionVi,
        facts: a.facts || undefined,
        legalBasis: a.legalBasis,
        aggravating: ws?.aggravating.map(circumstance) ?? [],
        mitigating: ws?.mitigating.map(circumstance) ?? [],
        possibleMeasures: ws ? possibleMeasures(ws) : [],
      };
    }),
    aggravating: labels('aggravating'),
    mitigating: labels('mitigating'),
    subjectStatement: r.subjectStatement.trim() || 'Không có ý kiến trình bày',
    preventiveMeasures: [],
    // LXLVPHC Đ61: the explanation goes to the person with sanctioning authority, the head of the department.
    rightToExplain: r.explanationRight
      ? { mode: r.explanationMode === ExplanationMode.Hearing ? 'hearing' : 'written', authority: `Giám đốc ${department.name}`, lastDay: r.explanationLastDay ?? undefined }
      : undefined,
    closing: { finishedAt: finishedAt(r), copies: r.copies },
    refusalReason: r.refusalReason.trim() || undefined,
  };
  if (r.placeReason.trim()) input.placeReason = r.placeReason.trim();
  const frozen = JSON.parse(JSON.stringify(input)) as ViolationRecordDocument;
  try {
    validateViolationRecord(frozen);
  } catch (e) {
    if (e instanceof DocumentInputError) return { missing: e.problems };
    throw e;
  }
  return { input: frozen };
}

/**
 * Requests the PDF of a signed record inside the caller's transaction (dispatch after commit), when the subject's
 * identity is complete; otherwise answers what is missing and requests nothing (the form is never printed with
 * guessed identity data).
 */
export async function requestRecordDocument(
  manager: EntityManager,
  documents: DocumentsService,
  c: InspectionCase,
  record: ViolationRecord,
  override?: Partial<SubjectIdentity>,
): Promise<{ doc: DocumentRecord } | { missing: string[] }> {
  const ids = record.acts.map((a) => a.violationId);
  const violations = (await manager.find(Violation, { where: { caseId: c.id } })).filter((v) => ids.includes(v.id));
  violations.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
  const built = recordDocument({
    department: await manager.findOneByOrFail(Department, { id: c.departmentId }),
    record,
    violations,
    identity: mergeIdentity(await registryIdentity(manager, c.departmentId, c.subjectType, c.subjectId), override),
  });
  if ('missing' in built) return built;
  const doc = await documents.request(manager, { departmentId: c.departmentId, kind: DocumentKind.ViolationRecord, subjectId: record.id, revision: 1, input: built.input });
  return { doc };
}
