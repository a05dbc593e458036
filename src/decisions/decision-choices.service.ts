import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { assertVersion } from '@app/cases/case-access';
import type { Violation } from '@app/cases/entities/violation.entity';
import type { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { compose, type Composition } from '@app/decisions/decision-composition';
import type { StoredChoice } from '@app/decisions/decision-content';
import type { SanctionDecision } from '@app/decisions/decision.entity';
import { DecisionRepository } from '@app/decisions/decision.repository';
import { DecisionKind } from '@app/decisions/decisions.enums';
import { DecisionsService } from '@app/decisions/decisions.service';
import type { DecisionDto } from '@app/decisions/dto/decision.dto';
import type { MeasureAddDto, MeasureEditDto, OfficerChoiceDto } from '@app/decisions/dto/decision-choices.dto';
import { WorksheetInputError } from '@libs/legal';
import { checkOfficerChoice, choiceBands, describeBand } from '@libs/legal/officer-choice';
import { checkAddition, checkEdit, type MeasureAddition, type MeasureEdit } from '@libs/legal/sanctions';

/** A libs/legal refusal as a 422 naming the field, the act and (for a choice) the band. */
function refused(e: unknown, label: string, details: Record<string, unknown> = {}): unknown {
  if (!(e instanceof WorksheetInputError)) return e;
  const message = `${label}: ${e.problem}`;
  return new AppError(ErrorCode.ValidationFailed, message, { fields: [{ field: e.path, messages: [message] }], ...details });
}

interface Loaded {
  c: InspectionCase;
  d: SanctionDecision;
  violations: (Violation | undefined)[];
  composition: Composition;
  before: DecisionDto;
}

/**
 * The legal officer's choices on a draft, each a recorded legal step with its reason: the amount or months inside
 * a band (LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1 b, k7), and the lines of what the decision imposes beyond the fine
 * (dropped, changed or added only as the act's clause allows, NĐ 118/2021 Đ8 k2). Each is audited; issuing freezes
 * them.
 */
@Injectable()
export class DecisionChoicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: DecisionRepository,
    private readonly decisions: DecisionsService,
  ) {}

  private async load(manager: EntityManager, actor: Actor, id: string, version: number): Promise<Loaded> {
    const { c, d } = await this.repository.lockDraft(manager, actor, id);
    assertVersion(d, version, 'Decision');
    // A correction (MQĐ39) or an annulment (MQĐ40) decides no sanction; an amendment (MQĐ38) may decide it again.
    if (d.kind === DecisionKind.Correct || d.kind === DecisionKind.Annul) {
      throw new AppError(ErrorCode.InvalidTransition, `A ${d.kind} decision imposes nothing of its own; choices and lines belong to the sanction decision or its amendment`);
    }
    const violations = await this.repository.violationsOf(manager, c.id, d.content.violationIds);
    return { c, d, violations, composition: compose(d.content, violations), before: await this.decisions.view(manager, d) };
  }

  /** Records (or replaces) the officer's choice for one act, checked against the band of its frozen worksheet. */
  async choose(actor: Actor, id: string, dto: OfficerChoiceDto): Promise<DecisionDto> {
    const { violationId } = dto;
    return this.dataSource.transaction(async (manager) => {
      const { d, violations, composition, before } = await this.load(manager, actor, id, dto.version);
      const i = d.content.violationIds.indexOf(violationId);
      const v = i < 0 ? undefined : violations[i];
      if (!v) throw AppError.field('violationId', 'not an act of this decision');
      const act = v.worksheet.acts[0];
      // What was chosen before and still stands is kept unless sent again (an act may need an amount and months).
      const standing = composition.acts.find((a) => a.violation.id === violationId)?.choice ?? null;
      const choice = {
        amountVnd: dto.amountVnd !== undefined ? dto.amountVnd : (standing?.amountVnd ?? null),
        suspensionMonths: dto.suspensionMonths !== undefined ? dto.suspensionMonths : (standing?.suspensionMonths ?? null),
        reason: dto.reason.trim(),
      };
      const bands = choiceBands(act);
      try {
        checkOfficerChoice(act, choice);
      } catch (e) {
        throw refused(e, `Act ${i + 1} (${act.code})`, { act: i, violationId, band: describeBand(bands), bands });
      }
      const stored: StoredChoice = {
        violationId,
        ...choice,
        worksheetComputedAt: v.worksheetComputedAt.toISOString(),
        bands,
        chosenAt: new Date().toISOString(),
        chosenById: actor.userId,
      };
      d.content = { ...d.content, choices: [...(d.content.choices ?? []).filter((c) => c.violationId !== violationId), stored] };
      return this.decisions.persist(manager, actor, 'choice', d, before, { violationId, ...choice, bands });
    });
  }

  /** Drops, restores or changes one line of the structured list, with the reason. */
  async editMeasure(actor: Actor, id: string, dto: MeasureEditDto): Promise<DecisionDto> {
    const { key } = dto;
    return this.dataSource.transaction(async (manager) => {
      const { d, composition, before } = await this.load(manager, actor, id, dto.version);
      const line = composition.measures.find((l) => l.key === key);
      if (!line) throw AppError.field('key', `no line ${key} on this decision (see measures[].key)`);
      const edit: MeasureEdit = {
        key,
        dropped: dto.dropped,
        ...(dto.description !== undefined ? { description: dto.description.trim() } : {}),
        ...(dto.licence !== undefined ? { licence: dto.licence ? { number: dto.licence.number.trim(), label: dto.licence.label.trim() } : null } : {}),
        ...(dto.deadlineDays !== undefined ? { deadlineDays: dto.deadlineDays } : {}),
        ...(dto.deadlineDate !== undefined ? { deadlineDate: dto.deadlineDate } : {}),
        reason: dto.reason.trim(),
      };
      try {
        checkEdit(line, edit);
      } catch (e) {
        throw refused(e, `Line ${key}`);
      }
      d.content = { ...d.content, measureEdits: [...(d.content.measureEdits ?? []).filter((x) => x.key !== key), edit] };
      return this.decisions.persist(manager, actor, dto.dropped ? 'measure:drop' : 'measure:change', d, before, { ...edit, kind: line.kind, violationId: line.violationId });
    });
  }

  /** Adds a line for an act, of a kind the act's clause provides (NĐ 118/2021 Đ8 k2). */
  async addMeasure(actor: Actor, id: string, dto: MeasureAddDto): Promise<DecisionDto> {
    return this.dataSource.transaction(async (manager) => {
      const { d, composition, before } = await this.load(manager, actor, id, dto.version);
      const i = composition.acts.findIndex((a) => a.violation.id === dto.violationId);
      if (i < 0) throw AppError.field('violationId', 'not an act of this decision');
      const act = composition.acts[i].worksheet.acts[0];
      try {
        checkAddition(act, dto.kind);
        if ((dto.deadlineDays ?? null) !== null && (dto.deadlineDate ?? null) !== null) throw new WorksheetInputError('deadlineDate', 'give either deadlineDays or deadlineDate, not both');
      } catch (e) {
        throw refused(e, `Act ${i + 1} (${act.code})`, { act: i, violationId: dto.violationId });
      }
      const additions = d.content.measureAdditions ?? [];
      const addition: MeasureAddition = {
        key: `${dto.violationId}:${dto.kind}:added-${additions.length}`,
        violationId: dto.violationId,
        kind: dto.kind,
        description: dto.description.trim(),
        licence: dto.licence ? { number: dto.licence.number.trim(), label: dto.licence.label.trim() } : null,
        deadlineDays: dto.deadlineDays ?? null,
        deadlineDate: dto.deadlineDate ?? null,
        reason: dto.reason.trim(),
      };
      d.content = { ...d.content, measureAdditions: [...additions, addition] };
      return this.decisions.persist(manager, actor, 'measure:add', d, before, { ...addition });
    });
  }
}
