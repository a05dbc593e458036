import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ValidateUuid } from '@app/common/dto.decorators';
import { IdParam } from '@app/common/params.dto';
import type { Page } from '@app/common/paging.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { CASE_READERS, DECISION_PREPARERS } from '@app/cases/case-access';
import { DecisionIssueService } from '@app/decisions/issue.service';
import { DecisionsService } from '@app/decisions/decisions.service';
import { DecisionDraftDto } from '@app/decisions/dto/decision-content.dto';
import { CorrectionCreateDto, DecisionDto, DecisionIssueDto, DecisionPageDto, DecisionQueryDto, DecisionUpdateDto } from '@app/decisions/dto/decision.dto';

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
