import type { Violation } from '@app/cases/entities/violation.entity';
import type { ActLine, DecisionContent, RemedialMeasureLine } from '@app/decisions/decision-content';
import { DecisionKind } from '@app/decisions/decisions.enums';
import { decisionBases, type ExplanationBasis } from '@libs/legal/legal-bases';
import type { CountedCircumstance, Worksheet } from '@libs/legal';
import { formatMonths, imposedSuspensions, isSuspension, type MeasureLine } from '@libs/legal/sanctions';
import type { AdditionalSanction, DecisionDocument, RemedialMeasure, SanctionSubject, Verification } from '@libs/pdf';

const circumstance = (c: CountedCircumstance): string => (c.facts ? `${c.labelVi} (${c.facts})` : c.labelVi);

/** Catalogue descriptions end with search examples "(ví dụ: …)"; the decision states the act as the decree words it. */
export const actDescription = (descriptionVi: string): string => descriptionVi.replace(/\s*\(ví dụ:[^)]*\)\s*$/u, '').trim();

/** The act from the violation's frozen worksheet (one act per violation): amounts and citations are never retyped. */
export function actLine(v: Violation): ActLine {
  return actLineOf(v, v.worksheet);
}

/** The act as `worksheet` states it: the violation's own, or the same with the officer's choice applied. */
export function actLineOf(v: Pick<Violation, 'id' | 'facts'>, worksheet: Worksheet): ActLine {
  const act = worksheet.acts[0];
  const warning = act.fine.status === 'warning-only';
  const amount = act.imposedFineVnd;
  return {
    violationId: v.id,
    code: act.code,
    description: actDescription(act.version.descriptionVi),
    facts: v.facts,
    legalBasis: act.version.citationVi,
    instrument: act.version.instrument,
    aggravating: act.aggravating.map(circumstance),
    mitigating: act.mitigating.map(circumstance),
    mainSanction: warning ? { kind: 'warning' } : amount !== null && amount > 0 ? { kind: 'fine', amountVnd: amount } : null,
    status: act.status,
  };
}

/** Tổng số tiền phạt (LXLVPHC Đ67 k1): the sum of the acts' fines, or null while one is unknown. */
export function totalOf(acts: readonly ActLine[]): number | null {
  if (acts.some((a) => a.mainSanction === null)) return null;
  return acts.reduce((sum, a) => sum + (a.mainSanction?.amountVnd ?? 0), 0);
}

export interface DecisionDocumentInput {
  kind: DecisionKind;
  number: string;
  date: string;
  content: DecisionContent;
  subject: SanctionSubject;
  acts: readonly ActLine[];
  record: { number: string; drawnOn: string } | null;
  original: { number: string; date: string } | null;
  verification: Verification;
  /** The structured list the decision imposes; absent, the content's free-text lists are printed (older inputs). */
  measures?: readonly MeasureLine[];
  /** The written explanation received (cited in the căn cứ when the case has it). */
  explanation?: ExplanationBasis | null;
}

/** "kể từ ngày Quyết định này có hiệu lực thi hành": when a suspension runs from (NĐ 118/2021 Đ9 k4, k5). */
const SUSPENSION_FROM = 'kể từ ngày Quyết định này có hiệu lực thi hành';

/** Point 6 b and c of MQĐ02 from the lines not dropped; merged suspensions print once (NĐ 118/2021 Đ9 k2 a, k6 a). */
function printedMeasures(lines: readonly MeasureLine[], violationIds: readonly string[]): { additional: AdditionalSanction[]; remedial: RemedialMeasure[] } {
  const acts = (ids: readonly string[]): number[] => ids.map((id) => violationIds.indexOf(id)).filter((i) => i >= 0);
  const kept = lines.filter((l) => !l.dropped);
  const suspensions = imposedSuspensions(kept).map((s): AdditionalSanction => {
    const first = kept.find((l) => l.key === s.keys[0]) as MeasureLine;
    return { description: first.description, period: s.months === null ? undefined : `${formatMonths(s.months)}, ${SUSPENSION_FROM}`, acts: acts(s.violationIds) };
  });
  const others = kept.filter((l) => !isSuspension(l.kind) && l.kind !== 'remedial-measure').map((l): AdditionalSanction => ({ description: l.description, acts: acts([l.violationId]) }));
  const remedial = kept
    .filter((l) => l.kind === 'remedial-measure')
    .map((l) => ({ ...remedialOf({ description: l.description, deadlineDays: l.deadlineDays, deadlineDate: l.deadlineDate }), acts: acts([l.violationId]) }));
  return { additional: [...suspensions, ...others], remedial };
}

const remedialOf = (m: RemedialMeasureLine): RemedialMeasure => ({
  description: m.description,
  ...(m.deadlineDays !== null ? { deadline: { kind: 'days' as const, days: m.deadlineDays } } : {}),
  ...(m.deadlineDate !== null ? { deadline: { kind: 'date' as const, date: m.deadlineDate } } : {}),
});

/** Strips keys whose value is undefined, so the stored snapshot and the rendered input are the same JSON. */
const defined = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

/** The frozen render input of form MQĐ02 (or the MQĐ38–40 title variants), mapped field for field. */
export function decisionDocument(i: DecisionDocumentInput): DecisionDocument {
  const { content: c } = i;
  const headTitle = c.signer.deputy?.headTitle ?? c.signer.title;
  const printed = i.measures
    ? printedMeasures(i.measures, i.acts.map((a) => a.violationId))
    : { additional: c.additionalSanctions.map((a) => ({ description: a.description, period: a.period ?? undefined })), remedial: c.remedialMeasures.map(remedialOf) };
  return defined<DecisionDocument>({
    parentBody: c.issuingBody.parentBody ?? undefined,
    issuingBody: c.issuingBody.name,
    number: i.number,
    place: c.issuingBody.placeName,
    date: i.date,
    kind: i.kind,
    originalDecision: i.original ?? undefined,
    authorityTitle: `${headTitle} ${c.issuingBody.name}`,
    legalBases: decisionBases({
      date: i.date,
      instruments: i.acts.map((a) => a.instrument),
      record: i.record,
      delegation: c.signer.deputy?.delegationDecision ?? null,
      explanation: i.explanation ?? null,
      hearingRecord: c.hearingRecord ?? null,
      verificationRecords: c.verificationRecords ?? [],
      extra: c.extraLegalBases,
    }),
    signer: { fullName: c.signer.fullName, title: c.signer.title, unit: c.signer.unit, deputy: c.signer.deputy ? { headTitle: c.signer.deputy.headTitle } : undefined },
    subject: i.subject,
    acts: i.acts.map((a) => ({
      description: a.description,
      facts: a.facts || undefined,
      legalBasis: a.legalBasis,
      aggravating: a.aggravating,
      mitigating: a.mitigating,
      // An act without a sanction never reaches here: issuing refuses it first.
      mainSanction: a.mainSanction ?? { kind: 'fine' },
    })),
    totalFineVnd: totalOf(i.acts) ?? 0,
    additionalSanctions: printed.additional,
    remedialMeasures: printed.remedial,
    effectiveDate: c.effectiveDate ?? i.date,
    payment: {
      treasuryOrBank: c.payment?.treasuryOrBank ?? '',
      accountNumber: c.payment?.accountNumber ?? undefined,
      accountName: c.payment?.accountName ?? undefined,
    },
    collectingBody: c.collectingBody ?? undefined,
    executingBody: c.executingBody ?? undefined,
    cooperatingBodies: c.cooperatingBodies.length > 0 ? c.cooperatingBodies : undefined,
    recipients: c.recipients,
    verification: i.verification,
  });
}
