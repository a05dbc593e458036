import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CalendarService } from '@app/calendar/calendar.service';
import { CaseFile, deadlineFacts, stateFacts } from '@app/cases/case-file';
import { CaseFileRepository } from '@app/cases/case-file.repository';
import { CaseDto } from '@app/cases/dto/case.dto';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { withRecordMeta } from '@app/registry/record.dto';
import { availableActions, computeDeadlines, Deadline } from '@libs/cases';
import { todayInVietnam, WorkingDayCalendar } from '@libs/vn';

/** A case with what its file says: the DTO and the deadlines it was built from. */
export interface CaseView {
  dto: CaseDto;
  deadlines: Deadline[];
}

/** What the audit trail keeps of a case: its fields, not the deadlines derived from them. */
export function caseSnapshot(dto: CaseDto): Omit<CaseDto, 'deadlines' | 'availableActions'> {
  const { deadlines: _deadlines, availableActions: _actions, ...rest } = dto;
  return rest;
}

/** Builds what clients see of a case: its fields, counts, record, deadlines (with how each was counted) and actions. */
@Injectable()
export class CaseViewsService {
  constructor(
    private readonly calendars: CalendarService,
    private readonly caseFiles: CaseFileRepository,
  ) {}

  async many(manager: EntityManager, cases: InspectionCase[], today = todayInVietnam()): Promise<CaseView[]> {
    const files = await this.caseFiles.loadMany(manager, cases.map((c) => c.id));
    const calendar = await this.calendars.workingDayCalendar(manager);
    return cases.map((c) => this.view(c, files.get(c.id) as CaseFile, calendar, today));
  }

  async one(manager: EntityManager, c: InspectionCase): Promise<CaseDto> {
    const [view] = await this.many(manager, [c]);
    return view.dto;
  }

  private view(c: InspectionCase, file: CaseFile, calendar: WorkingDayCalendar, today: string): CaseView {
    const deadlines = computeDeadlines(deadlineFacts(c, file), calendar, today);
    const dto: CaseDto = withRecordMeta(c, {
      number: c.number,
      year: c.year,
      title: c.title,
      summary: c.summary,
      subjectType: c.subjectType,
      subjectId: c.subjectId,
      subjectName: c.subjectName,
      origin: c.origin,
      originNote: c.originNote,
      openedOn: c.openedOn,
      assignedInspectorIds: c.assignedInspectorIds,
      status: c.status,
      complex: c.complex,
      verificationNeeded: c.verificationNeeded,
      explanationOutcome: c.explanationOutcome,
      explanationOutcomeOn: c.explanationOutcomeOn,
      decisionExtensionReason: c.decisionExtensionReason,
      decisionRef: c.decisionRef,
      decidedOn: c.decidedOn,
      decisionReceivedOn: c.decisionReceivedOn,
      executionMode: c.executionMode,
      executedOn: c.executedOn,
      closureReason: c.closureReason,
      closureNote: c.closureNote,
      closedOn: c.closedOn,
      counts: { inspections: file.inspectionCount, violations: file.violationCount, evidence: file.evidenceCount },
      violationRecord: file.record ? { id: file.record.id, status: file.record.status, number: file.record.number, drawnOn: file.record.drawnOn } : null,
      deadlines,
      availableActions: availableActions(stateFacts(c, file, today)),
    });
    return { dto, deadlines };
  }
}
