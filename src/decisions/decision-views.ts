import { withRecordMeta } from '@app/registry/record.dto';
import type { DecisionDto } from '@app/decisions/dto/decision.dto';
import type { DocumentStatusDto } from '@app/decisions/dto/document.dto';
import type { ActLine } from '@app/decisions/decision-content';
import { totalOf } from '@app/decisions/decision-pdf-input';
import type { SanctionDecision } from '@app/decisions/decision.entity';
import { DecisionKind, DecisionStanding, DecisionStatus } from '@app/decisions/decisions.enums';
import type { DocumentRecord } from '@app/documents/document.entity';
import type { MeasureLine } from '@libs/legal/sanctions';

/** `${PUBLIC_BASE_URL}/verify/<code>`: what the QR code holds. */
export const verificationUrl = (publicBaseUrl: string, code: string): string => `${publicBaseUrl.replace(/\/+$/, '')}/verify/${code}`;

export const toDocumentStatusDto = (d: DocumentRecord): DocumentStatusDto => ({
  id: d.id,
  kind: d.kind,
  revision: d.revision,
  status: d.status,
  sha256: d.sha256,
  size: d.size,
  error: d.error,
  renderAttempts: d.renderAttempts,
  requestedAt: d.requestedAt.toISOString(),
  renderedAt: d.renderedAt?.toISOString() ?? null,
});

/**
 * What later issued decisions made of an issued one: an annulment wins, then an amendment, then a correction. The
 * reports count a sanction decision once: annulled ones drop out, amended ones take their latest amendment's total.
 */
export function standingOf(d: SanctionDecision, corrections: readonly SanctionDecision[]): DecisionStanding | null {
  if (d.status !== DecisionStatus.Issued) return null;
  const issued = new Set(corrections.filter((c) => c.status === DecisionStatus.Issued).map((c) => c.kind));
  if (issued.has(DecisionKind.Annul)) return DecisionStanding.Annulled;
  if (issued.has(DecisionKind.Amend)) return DecisionStanding.Amended;
  if (issued.has(DecisionKind.Correct)) return DecisionStanding.Corrected;
  return DecisionStanding.InForce;
}

export interface DecisionViewParts {
  /** Live acts for a draft (the issued ones come from the snapshot). */
  liveActs: ActLine[];
  /** The draft's structured list, derived live (the issued one comes from the snapshot). */
  liveMeasures: MeasureLine[];
  corrections: SanctionDecision[];
  document: DocumentRecord | null;
  publicBaseUrl: string;
}

export function toDecisionDto(d: SanctionDecision, p: DecisionViewParts): DecisionDto {
  const c = d.content;
  const acts = d.snapshot?.acts ?? p.liveActs;
  const measures = d.snapshot ? (d.snapshot.measures ?? []) : p.liveMeasures;
  return withRecordMeta(d, {
    caseId: d.caseId,
    kind: d.kind,
    originalDecisionId: d.originalDecisionId,
    correctionReason: d.correctionReason,
    status: d.status,
    signer: c.signer,
    issuingBody: { code: d.issuingBodyCode, ...c.issuingBody },
    extraLegalBases: c.extraLegalBases,
    violationIds: c.violationIds,
    subject: c.subject,
    acts: acts.map((a) => ({
      violationId: a.violationId,
      code: a.code,
      description: a.description,
      facts: a.facts,
      legalBasis: a.legalBasis,
      aggravating: a.aggravating,
      mitigating: a.mitigating,
      mainSanction: a.mainSanction?.kind ?? null,
      amountVnd: a.mainSanction?.amountVnd ?? null,
      status: a.status,
      bands: a.bands ?? null,
      choice: a.choice ?? null,
    })),
    measures: measures.map((m) => ({ ...m })),
    additionalSanctions: c.additionalSanctions,
    remedialMeasures: c.remedialMeasures,
    licence: c.licence ?? null,
    hearingRecord: c.hearingRecord ?? null,
    verificationRecords: c.verificationRecords ?? [],
    payment: c.payment,
    collectingBody: c.collectingBody,
    executingBody: c.executingBody,
    cooperatingBodies: c.cooperatingBodies,
    recipients: c.recipients,
    effectiveDate: c.effectiveDate,
    number: d.number,
    year: d.year,
    sequence: d.sequence,
    issuedOn: d.issuedOn,
    issuedAt: d.issuedAt?.toISOString() ?? null,
    issuedById: d.issuedById,
    totalFineVnd: d.totalFineVnd ?? totalOf(acts),
    verificationCode: d.verificationCode,
    verificationUrl: d.verificationCode ? verificationUrl(p.publicBaseUrl, d.verificationCode) : null,
    standing: standingOf(d, p.corrections),
    corrections: p.corrections.map((x) => ({ id: x.id, kind: x.kind, status: x.status, number: x.number, issuedOn: x.issuedOn })),
    document: p.document ? toDocumentStatusDto(p.document) : null,
  });
}
