import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { CASE_READERS, CASE_WORKERS } from '@app/cases/case-access';
import { InspectionCreateDto, InspectionDto, InspectionPlanDto, InspectionPlanQueryDto, InspectionUpdateDto } from '@app/cases/dto/inspection.dto';
import { InspectionsService } from '@app/cases/inspections.service';
import { InspectionParam } from '@app/cases/params.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller()
export class InspectionsController {
  constructor(private readonly inspections: InspectionsService) {}

  @Get('cases/:id/inspections')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Các cuộc thanh tra, kiểm tra of the case' })
  @ApiOkResponse({ type: [InspectionDto] })
  list(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<InspectionDto[]> {
    return this.inspections.list(actor, id);
  }

  @Post('cases/:id/inspections')
  @Roles(...CASE_WORKERS)
  @ApiOperation({ summary: 'Ghi nhận cuộc thanh tra, kiểm tra: decision, team, period, place, findings; warns when the subject is already planned that year' })
  @ApiCreatedResponse({ type: InspectionDto })
  create(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: InspectionCreateDto): Promise<InspectionDto> {
    return this.inspections.create(actor, id, dto);
  }

  @Patch('cases/:id/inspections/:inspectionId')
  @Roles(...CASE_WORKERS)
  @ApiOperation({ summary: 'Cập nhật cuộc thanh tra, kiểm tra (findings, conclusion); send the version you read' })
  @ApiOkResponse({ type: InspectionDto })
  update(@CurrentActor() actor: Actor, @Param() p: InspectionParam, @Body() dto: InspectionUpdateDto): Promise<InspectionDto> {
    return this.inspections.update(actor, p.id, p.inspectionId, dto);
  }

  @Get('inspection-plan')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Kế hoạch thanh tra, kiểm tra năm: planned inspections of a year, subjects planned twice flagged' })
  @ApiOkResponse({ type: InspectionPlanDto })
  plan(@CurrentActor() actor: Actor, @Query() query: InspectionPlanQueryDto): Promise<InspectionPlanDto> {
    return this.inspections.plan(actor, query.year);
  }
}
