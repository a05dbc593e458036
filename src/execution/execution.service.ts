import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AppError } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { CalendarService } from '@app/calendar/calendar.service';
import { lockOpenCase } from '@app/cases/case-access';
import type { SanctionDecision } from '@app/decisions/decision.entity';
import { DocumentKind, DocumentRecord } from '@app/documents/document.entity';
import { DocumentsService } from '@app/documents/documents.service';
import { ExecutionClock } from '@app/execution/execution-clock';
import { AUDIT_EXECUTION } from '@app/execution/execution.enums';
import { ExecutionRepository } from '@app/execution/execution.repository';
import { executionState, type ExecutionState } from '@app/execution/execution-state';
import type { ExecutionChange, ExecutionContext } from '@app/execution/execution-context';
import { toExecutionDto } from '@app/execution/execution-views';
import type { ExecutionDto } from '@app/execution/dto/execution.dto';
import { ExecutionFile } from '@app/execution/entities/execution-file.entity';

const DOCUMENT_KINDS = [DocumentKind.PostponementDecision, DocumentKind.InstalmentDecision, DocumentKind.EnforcementDecision];

/**
 * Thi hành quyết định xử phạt: reads a decision's execution file and runs every change to it as one locked, checked,
 * audited transaction that also refreshes the facts the case guards read.
 */
@Injectable()
export class ExecutionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ExecutionRepository,
    private readonly calendars: CalendarService,
    private readonly audit: AuditService,
    private readonly documents: DocumentsService,
    private readonly clock: ExecutionClock,
  ) {}

  async get(actor: Actor, decisionId: string): Promise<ExecutionDto> {
    const manager = this.dataSource.manager;
    const ctx = await this.context(manager, await this.repository.decision(manager, actor, decisionId));
    return this.view(manager, ctx);
  }

  /** The decision's file on `today` (the clock's unless given). */
  async context(manager: EntityManager, d: SanctionDecision, today = this.clock.today()): Promise<ExecutionContext> {
    this.repository.assertIssuedSanction(d);
    const chain = await this.repository.chain(manager, d);
    const records = await this.repository.records(manager, d.id);
    const calendar = await this.calendars.workingDayCalendar(manager);
    return { decision: d, chain, records, state: executionState(chain, records, calendar, today), today };
  }

  /** The state again after a change to the records (same transaction, same day). */
  async refresh(manager: EntityManager, ctx: ExecutionContext): Promise<ExecutionContext> {
    return this.context(manager, ctx.decision, ctx.today);
  }

  async view(manager: EntityManager, ctx: ExecutionContext): Promise<ExecutionDto> {
    const files = await manager.find(ExecutionFile, { where: { decisionId: ctx.decision.id }, order: { createdAt: 'ASC' } });
    const subjectIds = [...ctx.records.requests.map((r) => r.id), ...ctx.records.enforcements.map((e) => e.id)];
    const docs = subjectIds.length === 0 ? [] : await manager.find(DocumentRecord, { where: { kind: In(DOCUMENT_KINDS), subjectId: In(subjectIds) } });
    return toExecutionDto(ctx, files, docs);
  }

  /**
   * One change to the execution file: the case is locked (changes to one case run one at a time) and must be open, the
   * change runs, the facts are recomputed and stored, the change is audited; documents are dispatched after commit.
   */
  async change(actor: Actor, decisionId: string, run: (manager: EntityManager, ctx: ExecutionContext) => Promise<ExecutionChange>): Promise<ExecutionDto> {
    const { view, documents } = await this.dataSource.transaction(async (manager) => {
      const found = await this.repository.decision(manager, actor, decisionId);
      this.repository.assertIssuedSanction(found);
      await lockOpenCase(manager, actor, found.caseId);
      const ctx = await this.context(manager, found);
      const change = await run(manager, ctx);
      const after = await this.refresh(manager, ctx);
      await this.repository.saveFacts(manager, found, after.state.facts);
      await this.audit.record(manager, actor, {
        action: `execution:${change.action}`,
        entityType: AUDIT_EXECUTION,
        entityId: found.id,
        departmentId: found.departmentId,
        after: { ...change.after, facts: after.state.facts },
      });
      return { view: await this.view(manager, after), documents: change.documents ?? [] };
    });
    for (const doc of documents) await this.documents.dispatch(doc);
    return view;
  }

  /** Recomputes and stores the facts of a decision (the daily job, after a correction was issued elsewhere). */
  async refreshFacts(manager: EntityManager, d: SanctionDecision, today = this.clock.today()): Promise<ExecutionState> {
    const ctx = await this.context(manager, d, today);
    await this.repository.saveFacts(manager, d, ctx.state.facts);
    return ctx.state;
  }

  /** A date of the execution file: on or after `from` (named) and not after today. */
  static assertBetween(field: string, value: string, from: { date: string; what: string }, today: string): void {
    if (value < from.date) throw AppError.field(field, `must not be before ${from.what} (${from.date})`);
    if (value > today) throw AppError.field(field, `must not be after today (${today})`);
  }
}
