import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { DocumentKind } from '@app/documents/document.entity';
import { DocumentsService } from '@app/documents/documents.service';
import type { EnforcementCarriedOutDto, EnforcementCreateDto, ExecutionRequestCreateDto, ExecutionRequestDecideDto, ExecutionSignerDto } from '@app/execution/dto/execution-input.dto';
import type { ExecutionDto } from '@app/execution/dto/execution.dto';
import { EnforcementDecision, ExecutionRequest } from '@app/execution/entities/execution-records.entity';
import type { ExecutionContext } from '@app/execution/execution-context';
import { EnforcementMeasureKind, ExecutionRequestKind, ExecutionRequestStatus } from '@app/execution/execution.enums';
import { ExecutionRepository, type ExecutionNumberKind } from '@app/execution/execution.repository';
import { ExecutionService } from '@app/execution/execution.service';
import type { ExecutionSigner } from '@app/execution/execution-signer';
import { checkInstalmentPlan, checkPostponement, type ConditionCheck } from '@libs/legal/execution';
import { ENFORCEMENT_FORMS, enforcementProblems, instalmentProblems, postponementProblems, type EnforcementDocument, type ExecutionDocumentBase } from '@libs/pdf/execution';
import { addMonths } from '@libs/vn';

const NUMBERS: Record<ExecutionNumberKind, string> = { 'qd-hqdpt': 'QĐ-HQĐPT', 'qd-npnl': 'QĐ-NPNL', 'qd-ccxp': 'QĐ-CCXP' };

const toSigner = (s: ExecutionSignerDto): ExecutionSigner => ({
  fullName: s.fullName.trim(),
  title: s.title.trim(),
  deputy: s.deputy ? { headTitle: s.deputy.headTitle.trim(), delegation: { number: s.deputy.delegation.number.trim(), date: s.deputy.delegation.date } } : null,
});

/** Refused by libs/legal: a 422 whose message names each rule and whose details list them with the field concerned. */
function refuseUnder(check: ConditionCheck): void {
  if (check.failures.length === 0) return;
  throw new AppError(ErrorCode.LegalRuleViolation, `Refused under ${check.failures.map((f) => `${f.rule}: ${f.message}`).join('; ')}`, {
    reasons: check.failures,
    fields: check.failures.map((f) => ({ field: f.field, messages: [`${f.rule}: ${f.message}`] })),
  });
}

/** Requests for postponement or instalments and the decisions on them; enforcement decisions. Each granted one is rendered. */
@Injectable()
export class ExecutionDecisionsService {
  constructor(
    private readonly execution: ExecutionService,
    private readonly repository: ExecutionRepository,
    private readonly documents: DocumentsService,
  ) {}

  /** Đơn đề nghị: from the day it is received, the days are not counted late until it is decided (NĐ 118/2021 Đ20 k4). */
  addRequest(actor: Actor, decisionId: string, dto: ExecutionRequestCreateDto): Promise<ExecutionDto> {
    return this.execution.change(actor, decisionId, async (manager, ctx) => {
      ExecutionService.assertBetween('receivedOn', dto.receivedOn, { date: ctx.decision.issuedOn, what: `the day decision ${ctx.decision.number} was issued` }, ctx.today);
      if (dto.requestDate > dto.receivedOn) throw AppError.field('requestDate', `must not be after the day it was received (${dto.receivedOn})`);
      if (ctx.state.effective.totalFineVnd === 0 || ctx.state.annulledBy) throw new AppError(ErrorCode.InvalidTransition, 'Postponement and instalments concern a fine still owed; this decision has none');
      if (ctx.state.facts.paidInFull) throw new AppError(ErrorCode.InvalidTransition, `The fine was paid in full on ${ctx.state.facts.settledOn}`);
      const open = ctx.records.requests.find((r) => r.status === ExecutionRequestStatus.Pending);
      if (open) throw new AppError(ErrorCode.Conflict, `A ${open.kind} request received on ${open.receivedOn} is still to be decided`);
      if (ctx.records.requests.some((r) => r.kind === dto.kind && r.status === ExecutionRequestStatus.Granted)) throw new AppError(ErrorCode.Conflict, `A ${dto.kind} request was already granted for this decision`);
      const saved = await manager.save(
        manager.create(ExecutionRequest, {
          departmentId: ctx.decision.departmentId,
          decisionId: ctx.decision.id,
          kind: dto.kind,
          receivedOn: dto.receivedOn,
          requestDate: dto.requestDate,
          reason: dto.reason.trim(),
          hardshipConfirmedBy: dto.hardshipConfirmedBy.trim(),
          requestFileId: null,
          status: ExecutionRequestStatus.Pending,
        }),
      );
      return { action: 'request', after: { request: saved } };
    });
  }

  /**
   * Quyết định on a request, in writing (NĐ 118/2021 Đ20 k4): granted, it is numbered "NN/QĐ-HQĐPT" (MQĐ03) or
   * "NN/QĐ-NPNL" (MQĐ05), checked against LXLVPHC Đ76 / Đ79 and rendered; refused, the reason is kept.
   */
  decideRequest(actor: Actor, decisionId: string, dto: ExecutionRequestDecideDto): Promise<ExecutionDto> {
    return this.execution.change(actor, decisionId, async (manager, ctx) => {
      const request = ctx.records.requests.find((r) => r.id === dto.requestId);
      if (!request) throw AppError.field('requestId', 'no request with this id on this decision');
      if (request.status !== ExecutionRequestStatus.Pending) throw new AppError(ErrorCode.Conflict, `The request was already ${request.status} on ${request.decidedOn}`);
      ExecutionService.assertBetween('decidedOn', dto.decidedOn, { date: request.receivedOn, what: 'the day the request was received' }, ctx.today);
      const signer = toSigner(dto.signer);
      if (!dto.grant) {
        if (!dto.refusalReason?.trim()) throw AppError.field('refusalReason', 'a refusal states its reason in writing');
        Object.assign(request, { status: ExecutionRequestStatus.Refused, decidedOn: dto.decidedOn, refusalReason: dto.refusalReason.trim(), signer });
        return { action: 'request-refused', after: { request: await manager.save(request) } };
      }
      if (!dto.recipients || dto.recipients.length === 0) throw AppError.field('recipients', 'a decision lists its recipients (Nơi nhận)');
      const subject = ctx.decision.snapshot.document.subject.kind;
      const fine = ctx.state.effective.totalFineVnd;
      const base = (number: string) => this.documentBase(ctx, number, dto.decidedOn, signer, dto);
      if (request.kind === ExecutionRequestKind.Postponement) {
        if (!dto.postponedUntil) throw AppError.field('postponedUntil', 'a postponement states its last day (at most 3 months, LXLVPHC Đ76 k1)');
        if (dto.instalments) throw AppError.field('instalments', 'a postponement has no instalments');
        const check = checkPostponement({ subject, fineVnd: fine, hardshipConfirmedBy: request.hardshipConfirmedBy, decidedOn: dto.decidedOn, until: dto.postponedUntil });
        refuseUnder(check);
        const number = await this.number(manager, ctx, dto.decidedOn, 'qd-hqdpt');
        const input = { ...base(number), request: { date: request.requestDate, confirmedBy: request.hardshipConfirmedBy }, from: dto.decidedOn, until: dto.postponedUntil, ...(dto.returnedItems ? { returnedItems: dto.returnedItems } : {}) };
        this.assertPrintable(postponementProblems(input));
        Object.assign(request, { status: ExecutionRequestStatus.Granted, decidedOn: dto.decidedOn, decisionNumber: number, postponedUntil: dto.postponedUntil, signer, warnings: check.warnings });
        const saved = await manager.save(request);
        const doc = await this.documents.request(manager, { departmentId: ctx.decision.departmentId, kind: DocumentKind.PostponementDecision, subjectId: saved.id, revision: 1, input });
        return { action: 'request-granted', after: { request: saved }, documents: [doc] };
      }
      if (!dto.instalments || dto.instalments.length === 0) throw AppError.field('instalments', 'instalments list each payment and its last day (LXLVPHC Đ79 k2)');
      if (dto.postponedUntil) throw AppError.field('postponedUntil', 'instalments have no postponement');
      const lines = dto.instalments.map((l) => ({ amountVnd: l.amountVnd, dueOn: l.dueOn }));
      const effectiveOn = ctx.state.effectiveDate;
      refuseUnder(checkInstalmentPlan({ subject, fineVnd: fine, decisionEffectiveOn: effectiveOn, hardshipConfirmedBy: request.hardshipConfirmedBy, instalments: lines }));
      const months = dto.instalmentMonths ?? Array.from({ length: 6 }, (_, i) => i + 1).find((m) => addMonths(effectiveOn, m) >= lines[lines.length - 1].dueOn) ?? 6;
      if (addMonths(effectiveOn, months) < lines[lines.length - 1].dueOn) throw AppError.field('instalmentMonths', `the last instalment (${lines[lines.length - 1].dueOn}) falls after ${months} months from ${effectiveOn}`);
      const number = await this.number(manager, ctx, dto.decidedOn, 'qd-npnl');
      const input = { ...base(number), request: { date: request.requestDate, confirmedBy: request.hardshipConfirmedBy }, months, instalments: lines, ...(dto.returnedItems ? { returnedItems: dto.returnedItems } : {}) };
      this.assertPrintable(instalmentProblems(input));
      Object.assign(request, { status: ExecutionRequestStatus.Granted, decidedOn: dto.decidedOn, decisionNumber: number, instalments: lines, instalmentMonths: months, signer, warnings: [] });
      const saved = await manager.save(request);
      const doc = await this.documents.request(manager, { departmentId: ctx.decision.departmentId, kind: DocumentKind.InstalmentDecision, subjectId: saved.id, revision: 1, input });
      return { action: 'request-granted', after: { request: saved }, documents: [doc] };
    });
  }

  /**
   * Quyết định cưỡng chế (LXLVPHC Đ86, Đ87): for a decision not carried out by its deadline, while the time limit to
   * execute it runs (Đ74 k1) and no suspension of execution is in force; numbered "NN/QĐ-CCXP" and rendered.
   */
  addEnforcement(actor: Actor, decisionId: string, dto: EnforcementCreateDto): Promise<ExecutionDto> {
    return this.execution.change(actor, decisionId, async (manager, ctx) => {
      const s = ctx.state;
      ExecutionService.assertBetween('decidedOn', dto.decidedOn, { date: ctx.decision.issuedOn, what: `the day decision ${ctx.decision.number} was issued` }, ctx.today);
      if (dto.effectiveDate && dto.effectiveDate < dto.decidedOn) throw AppError.field('effectiveDate', `must not be before decidedOn (${dto.decidedOn})`);
      if (s.annulledBy) throw new AppError(ErrorCode.InvalidTransition, `Decision ${ctx.decision.number} was annulled by ${s.annulledBy.number}`);
      if (s.executionSuspended) throw new AppError(ErrorCode.InvalidTransition, `Execution is suspended since ${s.executionSuspended.from} (${s.executionSuspended.reference}); it cannot be enforced`);
      if (s.executionLimit.limit.dueOn && dto.decidedOn > s.executionLimit.limit.dueOn) {
        throw new AppError(ErrorCode.LegalRuleViolation, `The time limit to execute decision ${ctx.decision.number} ended on ${s.executionLimit.limit.dueOn} (LXLVPHC Đ74 k1): it is no longer executed`, { rule: 'LXLVPHC Đ74 k1' });
      }
      const remedial = dto.measure === EnforcementMeasureKind.RemedialEnforcement;
      const outstanding = s.remedial.filter((r) => r.doneOn === null);
      if (remedial && outstanding.length === 0) throw AppError.field('measure', 'every remedial measure of the decision is recorded as done: there is nothing to enforce');
      if (!remedial && (s.facts.paidInFull || s.payment.lateCharge.balanceVnd === 0)) throw AppError.field('measure', 'the fine and its late charge are paid: there is no money to enforce');
      const lastDue = s.payment.dues.map((d) => d.dueOn).sort().at(-1);
      if (!remedial && (!lastDue || dto.decidedOn <= lastDue)) {
        throw new AppError(ErrorCode.InvalidTransition, `Enforcement applies to a decision not carried out by its deadline (LXLVPHC Đ85 k1); the last day to pay is ${lastDue ?? 'not known yet (receipt not recorded)'}`);
      }
      const number = await this.number(manager, ctx, dto.decidedOn, 'qd-ccxp');
      const signer = toSigner(dto.signer);
      const payment = ctx.decision.snapshot.document.payment;
      const amount = remedial ? undefined : s.payment.lateCharge.balanceVnd;
      const input: EnforcementDocument = {
        ...this.documentBase(ctx, number, dto.decidedOn, signer, dto),
        measure: dto.measure,
        enforcementDecreeBasis: dto.enforcementDecreeBasis.trim(),
        ...(dto.verificationRecord ? { verificationRecord: dto.verificationRecord } : {}),
        ...(amount !== undefined ? { amountVnd: amount } : {}),
        ...(dto.holderName ? { holder: { name: dto.holderName.trim(), address: dto.holderAddress?.trim() ?? '' } } : {}),
        ...(dto.accountNumber ? { accountNumber: dto.accountNumber.trim() } : {}),
        treasury: { name: dto.treasuryName?.trim() || payment.treasuryOrBank, accountNumber: dto.treasuryAccountNumber?.trim() || payment.accountNumber || '' },
        days: dto.days,
        ...(dto.seizurePlace ? { seizurePlace: dto.seizurePlace.trim() } : {}),
        ...(remedial ? { remedialMeasures: outstanding.map((r) => r.description) } : {}),
        effectiveDate: dto.effectiveDate ?? dto.decidedOn,
      };
      this.assertPrintable(enforcementProblems(input));
      const saved = await manager.save(
        manager.create(EnforcementDecision, {
          departmentId: ctx.decision.departmentId,
          decisionId: ctx.decision.id,
          number,
          decidedOn: dto.decidedOn,
          measure: dto.measure,
          amountVnd: amount ?? null,
          signer,
          details: { form: ENFORCEMENT_FORMS[dto.measure].form, holder: input.holder ?? null, accountNumber: input.accountNumber ?? null, treasury: input.treasury, days: input.days, seizurePlace: input.seizurePlace ?? null, remedialMeasures: input.remedialMeasures ?? null },
          effectiveDate: input.effectiveDate,
        }),
      );
      const doc = await this.documents.request(manager, { departmentId: ctx.decision.departmentId, kind: DocumentKind.EnforcementDecision, subjectId: saved.id, revision: 1, input });
      return { action: 'enforcement', after: { enforcement: saved }, documents: [doc] };
    });
  }

  markEnforcementCarriedOut(actor: Actor, decisionId: string, dto: EnforcementCarriedOutDto): Promise<ExecutionDto> {
    return this.execution.change(actor, decisionId, async (manager, ctx) => {
      const e = ctx.records.enforcements.find((x) => x.id === dto.enforcementId);
      if (!e) throw AppError.field('enforcementId', 'no enforcement decision with this id on this decision');
      if (e.carriedOutOn) throw new AppError(ErrorCode.Conflict, `Enforcement ${e.number} was already recorded as carried out on ${e.carriedOutOn}`);
      ExecutionService.assertBetween('carriedOutOn', dto.carriedOutOn, { date: e.effectiveDate, what: `the day enforcement ${e.number} took effect` }, ctx.today);
      Object.assign(e, { carriedOutOn: dto.carriedOutOn, carriedOutNote: dto.note ?? '' });
      return { action: 'enforcement-carried-out', after: { enforcement: await manager.save(e) } };
    });
  }

  /** The frame every execution decision shares, from the frozen sanction decision and the signer. */
  private documentBase(ctx: ExecutionContext, number: string, date: string, signer: ExecutionSigner, dto: { executingBody?: string; cooperatingBodies?: string[]; recipients?: string[] }): ExecutionDocumentBase {
    const doc = ctx.decision.snapshot.document;
    return {
      ...(doc.parentBody ? { parentBody: doc.parentBody } : {}),
      issuingBody: doc.issuingBody,
      number,
      place: doc.place,
      date,
      ...(doc.authorityTitle ? { authorityTitle: doc.authorityTitle } : {}),
      signer: { fullName: signer.fullName, title: signer.title, unit: doc.signer.unit, ...(signer.deputy ? { deputy: { headTitle: signer.deputy.headTitle } } : {}) },
      subject: doc.subject,
      sanctionDecision: { number: ctx.decision.number, date: ctx.decision.issuedOn },
      ...(signer.deputy ? { delegation: signer.deputy.delegation } : {}),
      ...(dto.executingBody ? { executingBody: dto.executingBody.trim() } : {}),
      ...(dto.cooperatingBodies && dto.cooperatingBodies.length > 0 ? { cooperatingBodies: dto.cooperatingBodies } : {}),
      recipients: dto.recipients ?? [],
    };
  }

  /** Numbers restart each calendar year per body and kind (NĐ 30/2020 Đ15). */
  private async number(manager: EntityManager, ctx: ExecutionContext, date: string, kind: ExecutionNumberKind): Promise<string> {
    const n = await this.repository.nextNumber(manager, ctx.decision.departmentId, Number(date.slice(0, 4)), kind);
    return `${String(n).padStart(2, '0')}/${NUMBERS[kind]}`;
  }

  /** The document is checked before anything is saved: a problem is a 422 naming it, and nothing is kept. */
  private assertPrintable(problems: string[]): void {
    if (problems.length > 0) throw new AppError(ErrorCode.ValidationFailed, `The decision cannot be printed: ${problems.join('; ')}`, { fields: problems.map((p) => ({ field: p.split(' ')[0], messages: [p] })) });
  }
}
