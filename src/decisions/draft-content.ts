import { AppError } from '@app/common/errors';
import type { DecisionContent, IssuingBody, RemedialMeasureLine } from '@app/decisions/decision-content';
import { IssuingBodyCode } from '@app/decisions/decisions.enums';
import type { DecisionDraftDto, DecisionRemedialMeasureDto, IssuingBodyDto, SignerDto } from '@app/decisions/dto/decision-content.dto';
import { mergeIdentity, type SubjectIdentity } from '@app/cases/subject-identity';
import type { Department } from '@app/departments/department.entity';
import type { LicenceRef } from '@libs/legal/sanctions';

/** MQĐ02 item 9: "Như Điều 3; Lưu: VT, Hồ sơ" (legal-research §6.2). */
export const DEFAULT_RECIPIENTS = ['Như Điều 3', 'Lưu: VT, Hồ sơ'];

/** The names printed for an issuing body: the department's own, or its People's Committee's (NĐ 30/2020 Đ8 k2). */
export function issuingBodyOf(code: IssuingBodyCode, department: Department, given: IssuingBodyDto = {}): IssuingBody {
  const defaults: IssuingBody =
    code === IssuingBodyCode.Department
      ? { name: department.name, parentBody: department.parentBody, placeName: department.placeName }
      : { name: department.parentBody, parentBody: null, placeName: department.placeName };
  return {
    name: given.name?.trim() || defaults.name,
    parentBody: given.parentBody === undefined ? defaults.parentBody : given.parentBody?.trim() || null,
    placeName: given.placeName?.trim() || defaults.placeName,
  };
}

const remedial = (m: DecisionRemedialMeasureDto, i: number): RemedialMeasureLine => {
  if ((m.deadlineDays ?? null) !== null && (m.deadlineDate ?? null) !== null) {
    throw AppError.field(`remedialMeasures[${i}].deadlineDate`, 'give either deadlineDays or deadlineDate, not both');
  }
  return { description: m.description.trim(), deadlineDays: m.deadlineDays ?? null, deadlineDate: m.deadlineDate ?? null };
};

const signerOf = (s: SignerDto, body: IssuingBody): DecisionContent['signer'] => ({
  fullName: s.fullName.trim(),
  title: s.title.trim(),
  unit: s.unit?.trim() || body.name,
  signerTitle: s.signerTitle,
  deputy: s.deputy ? { headTitle: s.deputy.headTitle.trim(), delegationDecision: { number: s.deputy.delegationDecision.number.trim(), date: s.deputy.delegationDecision.date } } : null,
});

export interface DraftContext {
  department: Department;
  code: IssuingBodyCode;
  /** What the registry (and a signed record's document) know of the subject. */
  identity: SubjectIdentity;
  violationIds: string[];
  /** The licence a suspension would concern, when the registry holds exactly one for the subject. */
  licence?: LicenceRef | null;
}

/** A new draft's content: what was sent, over the defaults of the department and the case. */
export function newContent(dto: DecisionDraftDto, ctx: DraftContext): DecisionContent {
  const issuingBody = issuingBodyOf(ctx.code, ctx.department, dto.issuingBody);
  return applyChanges(
    {
      signer: signerOf(dto.signer, issuingBody),
      issuingBody,
      extraLegalBases: [],
      violationIds: ctx.violationIds,
      subject: ctx.identity,
      additionalSanctions: [],
      remedialMeasures: [],
      payment: null,
      collectingBody: null,
      executingBody: null,
      cooperatingBodies: [],
      recipients: DEFAULT_RECIPIENTS,
      effectiveDate: null,
      choices: [],
      measureEdits: [],
      measureAdditions: [],
      licence: ctx.licence ?? null,
      hearingRecord: null,
      verificationRecords: [],
    },
    { ...dto, signer: undefined, issuingBody: undefined, violationIds: undefined },
    ctx,
  );
}

/** Applies the sections sent: lists and objects replace the draft's, the subject is completed field by field. */
export function applyChanges(content: DecisionContent, dto: Partial<DecisionDraftDto>, ctx: DraftContext): DecisionContent {
  const next: DecisionContent = { ...content };
  if (dto.issuingBody !== undefined) next.issuingBody = issuingBodyOf(ctx.code, ctx.department, dto.issuingBody);
  if (dto.signer !== undefined) next.signer = signerOf(dto.signer, next.issuingBody);
  if (dto.violationIds !== undefined) next.violationIds = ctx.violationIds;
  if (dto.subject !== undefined) next.subject = mergeIdentity(content.subject, dto.subject);
  if (dto.extraLegalBases !== undefined) next.extraLegalBases = dto.extraLegalBases.map((l) => l.trim());
  if (dto.additionalSanctions !== undefined) next.additionalSanctions = dto.additionalSanctions.map((a) => ({ description: a.description.trim(), period: a.period?.trim() || null }));
  if (dto.remedialMeasures !== undefined) next.remedialMeasures = dto.remedialMeasures.map(remedial);
  if (dto.payment !== undefined) {
    next.payment = dto.payment ? { treasuryOrBank: dto.payment.treasuryOrBank.trim(), accountNumber: dto.payment.accountNumber?.trim() || null, accountName: dto.payment.accountName?.trim() || null } : null;
  }
  if (dto.collectingBody !== undefined) next.collectingBody = dto.collectingBody?.trim() || null;
  if (dto.executingBody !== undefined) next.executingBody = dto.executingBody?.trim() || null;
  if (dto.cooperatingBodies !== undefined) next.cooperatingBodies = dto.cooperatingBodies.map((b) => b.trim());
  if (dto.recipients !== undefined) next.recipients = dto.recipients.map((r) => r.trim());
  if (dto.effectiveDate !== undefined) next.effectiveDate = dto.effectiveDate;
  if (dto.hearingRecord !== undefined) next.hearingRecord = dto.hearingRecord ? { number: dto.hearingRecord.number.trim(), date: dto.hearingRecord.date } : null;
  if (dto.verificationRecords !== undefined) next.verificationRecords = dto.verificationRecords.map((r) => ({ number: r.number.trim(), date: r.date }));
  return next;
}
