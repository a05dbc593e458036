import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ValidateUuid } from '@app/common/dto.decorators';
import { IdParam } from '@app/common/params.dto';
import type { Page } from '@app/common/paging.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { CASE_READERS, DECISION_PREPARERS } from '@app/cases/case-access';
import { DecisionChoicesService } from '@app/decisions/decision-choices.service';
import { DecisionIssueService } from '@app/decisions/issue.service';
import { MeasureAddDto, MeasureEditDto, OfficerChoiceDto } from '@app/decisions/dto/decision-choices.dto';
import { DecisionsService } from '@app/decisions/decisions.service';
import { DecisionDraftDto } from '@app/decisions/dto/decision-content.dto';
import { CorrectionCreateDto, DecisionDto, DecisionIssueDto, DecisionPageDto, DecisionQueryDto, DecisionUpdateDto, IssueCheckDto } from '@app/decisions/dto/decision.dto';

/** `/cases/:caseId/decisions` */
export class CaseIdParam {
  @ValidateUuid()
  caseId!: string;
}

@ApiTags('decisions')
@ApiBearerAuth()
@Controller()
export class DecisionsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly issuer: DecisionIssueService,
    private readonly choices: DecisionChoicesService,
  ) {}

  @Post('cases/:caseId/decisions')
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'Dự thảo quyết định xử phạt vi phạm hành chính (MQĐ02) from a case ready for decision' })
  @ApiCreatedResponse({ type: DecisionDto })
  draft(@CurrentActor() actor: Actor, @Param() { caseId }: CaseIdParam, @Body() dto: DecisionDraftDto): Promise<DecisionDto> {
    return this.decisions.draft(actor, caseId, dto);
  }

  @Get('decisions')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Danh sách quyết định xử phạt: filter by case, year of issue, status, kind' })
  @ApiOkResponse({ type: DecisionPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: DecisionQueryDto): Promise<Page<DecisionDto>> {
    return this.decisions.list(actor, query);
  }

  @Get('decisions/:id')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Quyết định xử phạt: the draft or the issued decision, its corrections and its PDF status' })
  @ApiOkResponse({ type: DecisionDto })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<DecisionDto> {
    return this.decisions.get(actor, id);
  }

  @Patch('decisions/:id')
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'Sửa dự thảo quyết định; an issued decision is frozen (409 RECORD_FROZEN)' })
  @ApiOkResponse({ type: DecisionDto })
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: DecisionUpdateDto): Promise<DecisionDto> {
    return this.decisions.update(actor, id, dto);
  }

  @Post('decisions/:id/choices')
  @HttpCode(200)
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({
    summary: 'Quyết định mức phạt trong khung for one act (violationId): the amount and/or suspension months of one act, inside the band its frozen worksheet leaves (LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1 b, k7), with the reason',
    description: 'Replaces the act\'s earlier choice (a figure not sent keeps its earlier value). Recomputing the violation\'s worksheet afterwards invalidates the choice (acts[].choice.stale).',
  })
  @ApiOkResponse({ type: DecisionDto })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED naming the field, the act and the band (details.band)' })
  choose(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: OfficerChoiceDto): Promise<DecisionDto> {
    return this.choices.choose(actor, id, dto);
  }

  @Patch('decisions/:id/measures')
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'Drop, restore or change one line of what the decision imposes beyond the fine, with the reason' })
  @ApiOkResponse({ type: DecisionDto })
  editMeasure(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: MeasureEditDto): Promise<DecisionDto> {
    return this.choices.editMeasure(actor, id, dto);
  }

  @Post('decisions/:id/measures')
  @HttpCode(200)
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'Add a line for an act, of a kind its clause provides (NĐ 118/2021 Đ8 k2), with the reason' })
  @ApiOkResponse({ type: DecisionDto })
  @ApiUnprocessableEntityResponse({ description: 'VALIDATION_FAILED `kind`: the act\'s clause does not provide it' })
  addMeasure(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: MeasureAddDto): Promise<DecisionDto> {
    return this.choices.addMeasure(actor, id, dto);
  }

  @Get('decisions/:id/issue-check')
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'The checklist before issuing: every reason "issue" would refuse the draft today, without issuing' })
  @ApiOkResponse({ type: IssueCheckDto })
  issueCheck(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<IssueCheckDto> {
    return this.issuer.check(actor, id);
  }

  @Post('decisions/:id/issue')
  @HttpCode(200)
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'Ban hành quyết định: check every act, number it "NN/QĐ-XPHC", freeze it, request its PDF; the case moves to decided' })
  @ApiOkResponse({ type: DecisionDto })
  @ApiUnprocessableEntityResponse({ description: 'LEGAL_RULE_VIOLATION with details.reasons listing every reason it cannot be issued' })
  issue(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: DecisionIssueDto): Promise<DecisionDto> {
    return this.issuer.issue(actor, id, dto.version);
  }

  @Post('decisions/:id/corrections')
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'Sửa đổi, bổ sung (MQĐ38), đính chính (MQĐ39) or hủy bỏ (MQĐ40) an issued decision: a new linked draft' })
  @ApiCreatedResponse({ type: DecisionDto })
  correct(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: CorrectionCreateDto): Promise<DecisionDto> {
    return this.decisions.correct(actor, id, dto);
  }
}
