import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { assertVersion, findCase, assertNotClosed, lockOpenCase } from '@app/cases/case-access';
import { CaseFile, stateFacts } from '@app/cases/case-file';
import { CaseFileRepository } from '@app/cases/case-file.repository';
import { caseSnapshot, CaseViewsService } from '@app/cases/case-views.service';
import { AUDIT } from '@app/cases/cases.enums';
import { CaseDto } from '@app/cases/dto/case.dto';
import { CloseWithoutSanctionDto, DecideDto, ExecuteDto, ExtendDecisionDeadlineDto, ReadyForDecisionDto, TransitionDto } from '@app/cases/dto/transition.dto';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { CaseAction, CaseStatus, checkTransition, ClosureReason } from '@libs/cases';
import { todayInVietnam } from '@libs/vn';

const LABEL: Record<CaseAction, string> = {
  [CaseAction.StartInspection]: 'start the inspection',
  [CaseAction.RecordViolations]: 'record the violations',
  [CaseAction.AwaitExplanation]: 'await the explanation',
  [CaseAction.MarkReadyForDecision]: 'mark the case ready for decision',
  [CaseAction.Decide]: 'move the case to decided',
  [CaseAction.Execute]: 'mark the decision executed',
  [CaseAction.Close]: 'close the case',
  [CaseAction.CloseWithoutSanction]: 'close the case without sanction',
};

export interface TransitionOptions {
  /** Records what the guard must see (e.g. the explanation received) before it is checked. */
  prepare?(c: InspectionCase, file: CaseFile): void;
  /** Sets what the new status carries (dates, references). */
  apply?(c: InspectionCase): void;
  closureReason?: ClosureReason;
  note?: string;
}

/** A decision as the decisions module hands it over. */
export interface DecisionReference {
  ref: string;
  decidedOn: string;
}

/** Each transition of the case procedure: one locked, version-checked, guarded and audited step. */
@Injectable()
export class CaseTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly views: CaseViewsService,
    private readonly caseFiles: CaseFileRepository,
  ) {}

  startInspection(actor: Actor, id: string, dto: TransitionDto): Promise<CaseDto> {
    return this.run(actor, id, dto.version, CaseAction.StartInspection, { note: dto.note });
  }

  awaitExplanation(actor: Actor, id: string, dto: TransitionDto): Promise<CaseDto> {
    return this.run(actor, id, dto.version, CaseAction.AwaitExplanation, { note: dto.note });
  }

  readyForDecision(actor: Actor, id: string, dto: ReadyForDecisionDto): Promise<CaseDto> {
    return this.run(actor, id, dto.version, CaseAction.MarkReadyForDecision, {
      note: dto.note,
      prepare: (c, file) => {
        if (!dto.explanationOutcome) return;
        if (file.record?.explanationRight !== true) throw AppError.field('explanationOutcome', 'the offender has no right to explain in this case (LXLVPHC Đ61 k1)');
        const on = dto.explanationOutcomeOn ?? todayInVietnam();
        if (on < file.record.drawnOn || on > todayInVietnam()) throw AppError.field('explanationOutcomeOn', `must be between the record date ${file.record.drawnOn} and today`);
        c.explanationOutcome = dto.explanationOutcome;
        c.explanationOutcomeOn = on;
      },
    });
  }

  decide(actor: Actor, id: string, dto: DecideDto): Promise<CaseDto> {
    return this.dataSource.transaction(async (manager) => {
      const c = await lockOpenCase(manager, actor, id);
      assertVersion(c, dto.version);
      return this.markDecided(manager, id, { ref: dto.decisionRef, decidedOn: dto.decidedOn }, actor, dto.note);
    });
  }

  /**
   * Moves the case to "decided" inside the caller's transaction, after the guards: a signed violation record, the
   * explanation window over (LXLVPHC Đ61), the limitation not passed (LXLVPHC Đ6). The decisions module calls this
   * when it issues the sanction decision, so the decision and the case's status commit together.
   */
  async markDecided(manager: EntityManager, caseId: string, decision: DecisionReference, actor: Actor, note?: string): Promise<CaseDto> {
    const c = await findCase(manager, actor, caseId, true);
    assertNotClosed(c);
    return this.applyTransition(manager, actor, c, CaseAction.Decide, {
      note,
      prepare: (_c, file) => {
        const from = file.record?.drawnOn ?? c.openedOn;
        if (decision.decidedOn < from || decision.decidedOn > todayInVietnam()) throw AppError.field('decidedOn', `must be between the record date ${from} and today`);
      },
      apply: (x) => Object.assign(x, { decisionRef: decision.ref.trim(), decidedOn: decision.decidedOn }),
    });
  }

  execute(actor: Actor, id: string, dto: ExecuteDto): Promise<CaseDto> {
    return this.run(actor, id, dto.version, CaseAction.Execute, {
      note: dto.note,
      apply: (c) => {
        if (dto.executedOn < (c.decidedOn ?? c.openedOn) || dto.executedOn > todayInVietnam()) throw AppError.field('executedOn', `must be between the decision date ${c.decidedOn} and today`);
        Object.assign(c, { executionMode: dto.mode, executedOn: dto.executedOn });
      },
    });
  }

  close(actor: Actor, id: string, dto: TransitionDto): Promise<CaseDto> {
    return this.run(actor, id, dto.version, CaseAction.Close, {
      note: dto.note,
      apply: (c) => Object.assign(c, { closureReason: ClosureReason.SanctionExecuted, closureNote: dto.note ?? null, closedOn: todayInVietnam() }),
    });
  }

  closeWithoutSanction(actor: Actor, id: string, dto: CloseWithoutSanctionDto): Promise<CaseDto> {
    return this.run(actor, id, dto.version, CaseAction.CloseWithoutSanction, {
      closureReason: dto.reason,
      note: dto.note,
      apply: (c) => Object.assign(c, { closureReason: dto.reason, closureNote: dto.note, closedOn: todayInVietnam() }),
    });
  }

  /** Gia hạn (LXLVPHC Đ66 k1): once, with a reason, for a case on the 1-month rule; not a status change. */
  extendDecisionDeadline(actor: Actor, id: string, dto: ExtendDecisionDeadlineDto): Promise<CaseDto> {
    return this.dataSource.transaction(async (manager) => {
      const c = await lockOpenCase(manager, actor, id);
      assertVersion(c, dto.version);
      const file = await this.caseFiles.load(manager, id);
      const refuse = (message: string) => new AppError(ErrorCode.InvalidTransition, `Cannot extend the decision deadline: ${message}`);
      if (![CaseStatus.ViolationsRecorded, CaseStatus.AwaitingExplanation, CaseStatus.ReadyForDecision].includes(c.status)) {
        throw refuse(`the case is ${c.status.replace(/_/g, ' ')}; only a recorded, undecided case has a decision deadline`);
      }
      if (c.decisionExtensionReason !== null) throw refuse('it was already extended once; the law allows one extension');
      if (file.record?.explanationRight !== true && !c.verificationNeeded) {
        throw refuse('only the 1-month period (right to explain or verification) can be extended; mark the case as needing verification first');
      }
      const before = caseSnapshot(await this.views.one(manager, c));
      c.decisionExtensionReason = dto.reason.trim();
      const saved = await manager.save(c);
      const after = await this.views.one(manager, saved);
      await this.audit.record(manager, actor, { action: 'decision-deadline:extend', entityType: AUDIT.case, entityId: id, departmentId: c.departmentId, before, after: caseSnapshot(after) });
      return after;
    });
  }

  /** Locks the case, checks the version, then applies the transition. */
  private run(actor: Actor, id: string, version: number, action: CaseAction, options: TransitionOptions): Promise<CaseDto> {
    return this.dataSource.transaction(async (manager) => {
      const c = await lockOpenCase(manager, actor, id);
      assertVersion(c, version);
      return this.applyTransition(manager, actor, c, action, options);
    });
  }

  /**
   * Checks the guards on the locked case and moves it; a refusal is a 409 naming the first missing step. Also used
   * by the violation record's signing, which is the "record violations" transition.
   */
  async applyTransition(manager: EntityManager, actor: Actor, c: InspectionCase, action: CaseAction, options: TransitionOptions = {}): Promise<CaseDto> {
    const file = await this.caseFiles.load(manager, c.id);
    const before = caseSnapshot(await this.views.one(manager, c));
    options.prepare?.(c, file);
    const check = checkTransition(action, stateFacts(c, file, todayInVietnam()), options.closureReason);
    if (!check.allowed) {
      throw new AppError(ErrorCode.InvalidTransition, `Cannot ${LABEL[action]}: ${check.missing.message}`, { action, status: c.status, missingStep: check.missing.key });
    }
    c.status = check.to;
    options.apply?.(c);
    const saved = await manager.save(c);
    const after = await this.views.one(manager, saved);
    await this.audit.record(manager, actor, {
      action: `transition:${action}`,
      entityType: AUDIT.case,
      entityId: c.id,
      departmentId: c.departmentId,
      before,
      after: { ...caseSnapshot(after), note: options.note ?? null },
    });
    return after;
  }
}
