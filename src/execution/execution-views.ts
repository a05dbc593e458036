import type { DocumentRecord } from '@app/documents/document.entity';
import type { ExecutionDto, ExecutionFileDto } from '@app/execution/dto/execution.dto';
import type { ExecutionFile } from '@app/execution/entities/execution-file.entity';
import type { ExecutionContext } from '@app/execution/execution-context';
import { ENFORCEMENT_FORMS } from '@libs/pdf/execution';

export const toFileDto = (f: ExecutionFile): ExecutionFileDto => ({
  id: f.id,
  purpose: f.purpose,
  fileName: f.fileName,
  contentType: f.contentType,
  size: f.size,
  sha256: f.sha256,
  uploadedById: f.uploadedById,
  uploadedAt: f.createdAt.toISOString(),
});

const documentState = (docs: DocumentRecord[], subjectId: string) => {
  const doc = docs.filter((d) => d.subjectId === subjectId).sort((a, b) => a.revision - b.revision).pop();
  return doc ? { subjectId, status: doc.status, sha256: doc.sha256 } : null;
};

/** What clients see of a decision's execution. */
export function toExecutionDto(ctx: ExecutionContext, files: ExecutionFile[], docs: DocumentRecord[]): ExecutionDto {
  const { decision: d, state: s, records: r } = ctx;
  const deliveryDue = s.delivery.deadline.dueOn;
  return {
    decisionId: d.id,
    caseId: d.caseId,
    number: d.number,
    issuedOn: d.issuedOn,
    today: ctx.today,
    effective: s.effective,
    annulledBy: s.annulledBy,
    effectiveDate: s.effectiveDate,
    delivery: s.delivery,
    payment: s.payment,
    enforcementDue: s.enforcementDue,
    enforcementReason: s.enforcementReason,
    executionLimit: s.executionLimit,
    remedial: s.remedial,
    executionSuspended: s.executionSuspended,
    facts: s.facts,
    outstanding: s.outstanding,
    deliveries: r.deliveries.map((x) => ({
      id: x.id,
      method: x.method,
      sentOn: x.sentOn,
      receivedOn: x.receivedOn,
      recipient: x.recipient,
      refused: x.refused,
      refusalRecordNumber: x.refusalRecordNumber,
      proofFileId: x.proofFileId,
      note: x.note,
      late: deliveryDue !== null && x.sentOn > deliveryDue,
    })),
    payments: r.payments.map((p) => ({ id: p.id, amountVnd: p.amountVnd, paidOn: p.paidOn, channel: p.channel, receiptNumber: p.receiptNumber, receiptFileId: p.receiptFileId, note: p.note })),
    requests: r.requests.map((q) => ({
      id: q.id,
      kind: q.kind,
      receivedOn: q.receivedOn,
      requestDate: q.requestDate,
      reason: q.reason,
      hardshipConfirmedBy: q.hardshipConfirmedBy,
      status: q.status,
      decidedOn: q.decidedOn,
      decisionNumber: q.decisionNumber,
      refusalReason: q.refusalReason,
      postponedUntil: q.postponedUntil,
      instalments: q.instalments,
      warnings: q.warnings,
      document: documentState(docs, q.id),
    })),
    enforcements: r.enforcements.map((e) => ({
      id: e.id,
      number: e.number,
      decidedOn: e.decidedOn,
      measure: e.measure,
      form: ENFORCEMENT_FORMS[e.measure].form,
      amountVnd: e.amountVnd,
      signer: e.signer.fullName,
      effectiveDate: e.effectiveDate,
      carriedOutOn: e.carriedOutOn,
      document: documentState(docs, e.id),
    })),
    complaints: r.complaints.map((c) => ({
      id: c.id,
      kind: c.kind,
      filedOn: c.filedOn,
      body: c.body,
      summary: c.summary,
      outcome: c.outcome,
      outcomeOn: c.outcomeOn,
      correctionDecisionId: c.correctionDecisionId,
      suspendedFrom: c.suspendedFrom,
      suspendedUntil: c.suspendedUntil,
      suspensionReference: c.suspensionReference,
    })),
    files: files.map(toFileDto),
  };
}
