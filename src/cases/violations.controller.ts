import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { CASE_READERS, CASE_STAFF, CASE_WORKERS } from '@app/cases/case-access';
import { TransitionDto } from '@app/cases/dto/transition.dto';
import { ViolationCreateDto, ViolationDto, ViolationUpdateDto } from '@app/cases/dto/violation.dto';
import { ViolationParam } from '@app/cases/params.dto';
import { ViolationsService } from '@app/cases/violations.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/violations')
export class ViolationsController {
  constructor(private readonly violations: ViolationsService) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Hành vi vi phạm of the case, each with its frozen fine worksheet' })
  @ApiOkResponse({ type: [ViolationDto] })
  list(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<ViolationDto[]> {
    return this.violations.list(actor, id);
  }

  @Post()
  @Roles(...CASE_WORKERS)
  @ApiOperation({ summary: 'Ghi nhận hành vi vi phạm: a catalogue code, dates, facts and circumstances; the worksheet is computed and frozen' })
  @ApiCreatedResponse({ type: ViolationDto })
  create(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ViolationCreateDto): Promise<ViolationDto> {
    return this.violations.create(actor, id, dto);
  }

  @Patch(':violationId')
  @Roles(...CASE_WORKERS)
  @ApiOperation({ summary: 'Sửa hành vi vi phạm before the record is signed (recomputes its worksheet)' })
  @ApiOkResponse({ type: ViolationDto })
  update(@CurrentActor() actor: Actor, @Param() p: ViolationParam, @Body() dto: ViolationUpdateDto): Promise<ViolationDto> {
    return this.violations.update(actor, p.id, p.violationId, dto);
  }

  @Post(':violationId/recompute')
  @HttpCode(200)
  @Roles(...CASE_STAFF)
  @ApiOperation({ summary: 'Tính lại bảng tính mức phạt with the current catalogue (only on request, until the case is decided)' })
  @ApiOkResponse({ type: ViolationDto })
  recompute(@CurrentActor() actor: Actor, @Param() p: ViolationParam, @Body() dto: TransitionDto): Promise<ViolationDto> {
    return this.violations.recompute(actor, p.id, p.violationId, dto);
  }
}
