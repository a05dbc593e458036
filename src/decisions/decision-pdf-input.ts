import type { Violation } from '@app/cases/entities/violation.entity';
import type { ActLine, DecisionContent, RemedialMeasureLine } from '@app/decisions/decision-content';
import { DecisionKind } from '@app/decisions/decisions.enums';
import { decisionBases } from '@libs/legal/legal-bases';
import type { CountedCircumstance } from '@libs/legal';
import type { DecisionDocument, RemedialMeasure, SanctionSubject, Verification } from '@libs/pdf';

const circumstance = (c: CountedCircumstance): string => (c.facts ? `${c.labelVi} (${c.facts})` : c.labelVi);

/** Catalogue descriptions end with search examples "(ví dụ: …)"; the decision states the act as the decree words it. */
export const actDescription = (descriptionVi: string): string => descriptionVi.replace(/\s*\(ví dụ:[^)]*\)\s*$/u, '').trim();

/** The act from the violation's frozen worksheet (one act per violation): amounts and citations are never retyped. */
export function actLine(v: Violation): ActLine {
  const act = v.worksheet.acts[0];
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
}

const remedial = (m: RemedialMeasureLine): RemedialMeasure => ({
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
    additionalSanctions: c.additionalSanctions.map((a) => ({ description: a.description, period: a.period ?? undefined })),
    remedialMeasures: c.remedialMeasures.map(remedial),
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
