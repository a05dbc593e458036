import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { CASE_STAFF, CASE_WORKERS, DECISION_PREPARERS } from '@app/cases/case-access';
import { CaseDto } from '@app/cases/dto/case.dto';
import { CloseWithoutSanctionDto, DecideDto, ExecuteDto, ExtendDecisionDeadlineDto, ReadyForDecisionDto, TransitionDto } from '@app/cases/dto/transition.dto';
import { CaseTransitionsService } from '@app/cases/transitions.service';

/** One endpoint per step of the procedure; a refused step answers 409 naming what is missing. */
@ApiTags('cases')
@ApiBearerAuth()
@ApiConflictResponse({ description: 'A guard failed (the message names the missing step), the version is stale, or the case is closed' })
@Controller('cases/:id')
export class CaseTransitionsController {
  constructor(private readonly transitions: CaseTransitionsService) {}

  @Post('start-inspection')
  @HttpCode(200)
  @Roles(...CASE_WORKERS)
  @ApiOperation({ summary: 'Bắt đầu thanh tra, kiểm tra: open → inspecting (needs a logged inspection)' })
  @ApiOkResponse({ type: CaseDto })
  startInspection(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: TransitionDto): Promise<CaseDto> {
    return this.transitions.startInspection(actor, id, dto);
  }

  @Post('await-explanation')
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  @ApiOperation({ summary: 'Chờ giải trình (LXLVPHC Đ61): violations recorded → awaiting explanation, when the right applies' })
  @ApiOkResponse({ type: CaseDto })
  awaitExplanation(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: TransitionDto): Promise<CaseDto> {
    return this.transitions.awaitExplanation(actor, id, dto);
  }

  @Post('ready-for-decision')
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  @ApiOperation({ summary: 'Đủ điều kiện ra quyết định: after the explanation window passed, or the explanation was received or waived' })
  @ApiOkResponse({ type: CaseDto })
  readyForDecision(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ReadyForDecisionDto): Promise<CaseDto> {
    return this.transitions.readyForDecision(actor, id, dto);
  }

  @Post('extend-decision-deadline')
  @HttpCode(200)
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'Gia hạn thời hạn ra quyết định (LXLVPHC Đ66 k1): once, by 1 month, with a recorded reason' })
  @ApiOkResponse({ type: CaseDto })
  extend(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ExtendDecisionDeadlineDto): Promise<CaseDto> {
    return this.transitions.extendDecisionDeadline(actor, id, dto);
  }

  @Post('decide')
  @HttpCode(200)
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'Ra quyết định xử phạt: ready for decision → decided (needs a signed violation record and the explanation window over)' })
  @ApiOkResponse({ type: CaseDto })
  decide(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: DecideDto): Promise<CaseDto> {
    return this.transitions.decide(actor, id, dto);
  }

  @Post('execute')
  @HttpCode(200)
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'Chấp hành quyết định: decided → executed (paid or enforced)' })
  @ApiOkResponse({ type: CaseDto })
  execute(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ExecuteDto): Promise<CaseDto> {
    return this.transitions.execute(actor, id, dto);
  }

  @Post('close')
  @HttpCode(200)
  @Roles(...DECISION_PREPARERS)
  @ApiOperation({ summary: 'Đóng hồ sơ: executed → closed; a closed case is read-only' })
  @ApiOkResponse({ type: CaseDto })
  close(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: TransitionDto): Promise<CaseDto> {
    return this.transitions.close(actor, id, dto);
  }

  @Post('close-without-sanction')
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  @ApiOperation({ summary: 'Không ra quyết định xử phạt (LXLVPHC Đ65 k1): close before a decision, with the reason and its facts' })
  @ApiOkResponse({ type: CaseDto })
  closeWithoutSanction(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: CloseWithoutSanctionDto): Promise<CaseDto> {
    return this.transitions.closeWithoutSanction(actor, id, dto);
  }
}
