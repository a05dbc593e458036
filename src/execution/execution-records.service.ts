import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { SanctionDecision } from '@app/decisions/decision.entity';
import { DecisionStatus } from '@app/decisions/decisions.enums';
import type { ComplaintCreateDto, ComplaintOutcomeDto, DeliveryCreateDto, PaymentCreateDto, RemedialDoneDto } from '@app/execution/dto/execution-input.dto';
import type { ExecutionDto } from '@app/execution/dto/execution.dto';
import { ExecutionFile } from '@app/execution/entities/execution-file.entity';
import { DecisionDelivery, ExecutionComplaint, FinePayment, RemedialCompletion } from '@app/execution/entities/execution-records.entity';
import type { ExecutionContext } from '@app/execution/execution-context';
import { ComplaintOutcome } from '@app/execution/execution.enums';
import { ExecutionService } from '@app/execution/execution.service';
import { OUTCOME_CORRECTION } from '@app/execution/execution-state';

const issued = (ctx: ExecutionContext) => ({ date: ctx.decision.issuedOn, what: `the day decision ${ctx.decision.number} was issued` });

/** A file id sent with a record must be a file uploaded to this decision's execution file. */
async function assertFile(manager: EntityManager, ctx: ExecutionContext, field: string, id: string | undefined): Promise<string | null> {
  if (id === undefined) return null;
  if (!(await manager.exists(ExecutionFile, { where: { id, decisionId: ctx.decision.id } }))) throw AppError.field(field, 'no file with this id on the execution file of this decision');
  return id;
}

/** Delivery, payments, remedial measures done, complaints: the records that are facts, not decisions. */
@Injectable()
export class ExecutionRecordsService {
  constructor(private readonly execution: ExecutionService) {}

  /** Gửi, giao quyết định (LXLVPHC Đ70): late when sent after 3 working days from issue; a refusal needs its MBB06. */
  addDelivery(actor: Actor, decisionId: string, dto: DeliveryCreateDto): Promise<ExecutionDto> {
    return this.execution.change(actor, decisionId, async (manager, ctx) => {
      ExecutionService.assertBetween('sentOn', dto.sentOn, issued(ctx), ctx.today);
      if (dto.receivedOn) ExecutionService.assertBetween('receivedOn', dto.receivedOn, { date: dto.sentOn, what: 'the day it was sent' }, ctx.today);
      if (dto.refused && !dto.refusalRecordNumber?.trim()) throw AppError.field('refusalRecordNumber', 'a refusal to receive the decision is recorded with the number of its record (MBB06)');
      if (!dto.refused && dto.refusalRecordNumber) throw AppError.field('refusalRecordNumber', 'only a refusal has a refusal record');
      const proofFileId = await assertFile(manager, ctx, 'proofFileId', dto.proofFileId);
      const saved = await manager.save(
        manager.create(DecisionDelivery, {
          departmentId: ctx.decision.departmentId,
          decisionId: ctx.decision.id,
          method: dto.method,
          sentOn: dto.sentOn,
          receivedOn: dto.receivedOn ?? null,
          recipient: dto.recipient?.trim() ?? '',
          refused: dto.refused ?? false,
          refusalRecordNumber: dto.refusalRecordNumber?.trim() ?? null,
          proofFileId,
          note: dto.note ?? '',
          recordedById: actor.userId,
        }),
      );
      const due = ctx.state.delivery.deadline.dueOn;
      return { action: 'delivery', after: { delivery: saved, deadline: due, late: due !== null && saved.sentOn > due } };
    });
  }

  /** Một lần nộp tiền phạt; refused when it is more than the fine and late charge owed on that day. */
  addPayment(actor: Actor, decisionId: string, dto: PaymentCreateDto): Promise<ExecutionDto> {
    return this.execution.change(actor, decisionId, async (manager, ctx) => {
      ExecutionService.assertBetween('paidOn', dto.paidOn, issued(ctx), ctx.today);
      if (ctx.state.annulledBy) throw new AppError(ErrorCode.InvalidTransition, `Decision ${ctx.decision.number} was annulled by ${ctx.state.annulledBy.number}: nothing is owed`);
      if (ctx.state.effective.totalFineVnd === 0) throw new AppError(ErrorCode.InvalidTransition, `Decision ${ctx.decision.number} imposes no fine`);
      const receiptFileId = await assertFile(manager, ctx, 'receiptFileId', dto.receiptFileId);
      const saved = await manager.save(
        manager.create(FinePayment, {
          departmentId: ctx.decision.departmentId,
          decisionId: ctx.decision.id,
          amountVnd: dto.amountVnd,
          paidOn: dto.paidOn,
          channel: dto.channel,
          receiptNumber: dto.receiptNumber.trim(),
          receiptFileId,
          note: dto.note ?? '',
          recordedById: actor.userId,
        }),
      );
      const after = await this.execution.refresh(manager, ctx);
      const over = after.state.payment.lateCharge.overpaidVnd;
      // The transaction rolls back: nothing of the refused payment is kept.
      if (over > 0) throw AppError.field('amountVnd', `${dto.amountVnd} đồng is ${over} đồng more than the fine and late charge owed on ${dto.paidOn}`);
      return { action: 'payment', after: { payment: saved, lateCharge: after.state.payment.lateCharge.chargeVnd, balanceVnd: after.state.payment.lateCharge.balanceVnd } };
    });
  }

  /** A remedial measure of the (effective) decision recorded as carried out. */
  markRemedialDone(actor: Actor, decisionId: string, dto: RemedialDoneDto): Promise<ExecutionDto> {
    return this.execution.change(actor, decisionId, async (manager, ctx) => {
      const measure = ctx.state.remedial.find((r) => r.index === dto.measureIndex);
      if (!measure) throw AppError.field('measureIndex', `decision ${ctx.state.effective.number} has ${ctx.state.remedial.length} remedial measure(s), numbered from 0`);
      if (measure.doneOn !== null) throw new AppError(ErrorCode.Conflict, `Remedial measure ${dto.measureIndex} was already recorded as done on ${measure.doneOn}`);
      ExecutionService.assertBetween('doneOn', dto.doneOn, issued(ctx), ctx.today);
      const fileId = await assertFile(manager, ctx, 'fileId', dto.fileId);
      const saved = await manager.save(
        manager.create(RemedialCompletion, {
          departmentId: ctx.decision.departmentId,
          decisionId: ctx.decision.id,
          measureIndex: dto.measureIndex,
          description: measure.description,
          doneOn: dto.doneOn,
          note: dto.note ?? '',
          fileId,
        }),
      );
      return { action: 'remedial-done', after: { remedial: saved } };
    });
  }

  /** Khiếu nại / khởi kiện: execution continues unless a suspension of execution is recorded with its reference. */
  addComplaint(actor: Actor, decisionId: string, dto: ComplaintCreateDto): Promise<ExecutionDto> {
    return this.execution.change(actor, decisionId, async (manager, ctx) => {
      ExecutionService.assertBetween('filedOn', dto.filedOn, issued(ctx), ctx.today);
      if (dto.suspendedFrom && !dto.suspensionReference?.trim()) throw AppError.field('suspensionReference', 'a suspension of execution is recorded with the decision that ordered it');
      if (!dto.suspendedFrom && (dto.suspendedUntil || dto.suspensionReference)) throw AppError.field('suspendedFrom', 'a suspension of execution needs the day it starts');
      if (dto.suspendedFrom) ExecutionService.assertBetween('suspendedFrom', dto.suspendedFrom, { date: dto.filedOn, what: 'the day it was filed' }, ctx.today);
      if (dto.suspendedUntil && dto.suspendedFrom && dto.suspendedUntil < dto.suspendedFrom) throw AppError.field('suspendedUntil', `must not be before suspendedFrom (${dto.suspendedFrom})`);
      const fileId = await assertFile(manager, ctx, 'fileId', dto.fileId);
      const saved = await manager.save(
        manager.create(ExecutionComplaint, {
          departmentId: ctx.decision.departmentId,
          decisionId: ctx.decision.id,
          kind: dto.kind,
          filedOn: dto.filedOn,
          body: dto.body.trim(),
          summary: dto.summary.trim(),
          outcome: ComplaintOutcome.Pending,
          suspendedFrom: dto.suspendedFrom ?? null,
          suspendedUntil: dto.suspendedUntil ?? null,
          suspensionReference: dto.suspensionReference?.trim() ?? null,
          fileId,
        }),
      );
      return { action: 'complaint', after: { complaint: saved } };
    });
  }

  /** The outcome; "amended" and "annulled" are carried out by an issued MQĐ38 / MQĐ40 decision of src/decisions. */
  recordComplaintOutcome(actor: Actor, decisionId: string, dto: ComplaintOutcomeDto): Promise<ExecutionDto> {
    return this.execution.change(actor, decisionId, async (manager, ctx) => {
      const complaint = ctx.records.complaints.find((c) => c.id === dto.complaintId);
      if (!complaint) throw AppError.field('complaintId', 'no complaint with this id on this decision');
      if (complaint.outcome !== ComplaintOutcome.Pending) throw new AppError(ErrorCode.Conflict, `The outcome (${complaint.outcome}) was already recorded on ${complaint.outcomeOn}`);
      if (dto.outcome === ComplaintOutcome.Pending) throw AppError.field('outcome', 'record an outcome other than pending');
      ExecutionService.assertBetween('outcomeOn', dto.outcomeOn, { date: complaint.filedOn, what: 'the day it was filed' }, ctx.today);
      const kind = OUTCOME_CORRECTION[dto.outcome];
      if (kind) {
        if (!dto.correctionDecisionId) throw AppError.field('correctionDecisionId', `an outcome "${dto.outcome}" is carried out by an issued ${kind} decision (${kind === 'amend' ? 'MQĐ38' : 'MQĐ40'}); issue it first (POST /decisions/{id}/corrections)`);
        const correction = await manager.findOne(SanctionDecision, { where: { id: dto.correctionDecisionId, originalDecisionId: ctx.decision.id, status: DecisionStatus.Issued } });
        if (!correction || correction.kind !== kind) throw AppError.field('correctionDecisionId', `not an issued ${kind} decision of decision ${ctx.decision.number}`);
      } else if (dto.correctionDecisionId) {
        throw AppError.field('correctionDecisionId', `an outcome "${dto.outcome}" changes nothing in the decision`);
      }
      if (dto.suspensionEndedOn) {
        if (!complaint.suspendedFrom) throw AppError.field('suspensionEndedOn', 'no suspension of execution was recorded on this complaint');
        ExecutionService.assertBetween('suspensionEndedOn', dto.suspensionEndedOn, { date: complaint.suspendedFrom, what: 'the start of the suspension' }, ctx.today);
      }
      Object.assign(complaint, {
        outcome: dto.outcome,
        outcomeOn: dto.outcomeOn,
        correctionDecisionId: dto.correctionDecisionId ?? null,
        suspendedUntil: dto.suspensionEndedOn ?? complaint.suspendedUntil,
      });
      const saved = await manager.save(complaint);
      return { action: 'complaint-outcome', after: { complaint: saved } };
    });
  }
}
