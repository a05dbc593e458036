import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page } from '@app/common/paging.dto';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { CASE_READERS, CASE_STAFF, CASE_WORKERS } from '@app/cases/case-access';
import { CasesService } from '@app/cases/cases.service';
import { CaseCreateDto, CaseDto, CasePageDto, CaseQueryDto, CaseUpdateDto } from '@app/cases/dto/case.dto';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Danh sách hồ sơ vụ việc: filters, text search, and ?due=overdue or ?due=within:N for late or due deadlines' })
  @ApiOkResponse({ type: CasePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: CaseQueryDto): Promise<Page<CaseDto>> {
    return this.cases.list(actor, query);
  }

  @Get(':id')
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Hồ sơ vụ việc: the case with its deadlines (thời hạn), how each was computed, and the transitions possible now' })
  @ApiOkResponse({ type: CaseDto })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<CaseDto> {
    return this.cases.get(actor, id);
  }

  @Post()
  @Roles(...CASE_WORKERS)
  @ApiOperation({ summary: 'Mở hồ sơ vụ việc: open a case (numbered "N/YYYY/HS" per department and year)' })
  @ApiCreatedResponse({ type: CaseDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CaseCreateDto): Promise<CaseDto> {
    return this.cases.create(actor, dto);
  }

  @Patch(':id')
  @Roles(...CASE_STAFF)
  @ApiOperation({ summary: 'Cập nhật hồ sơ: change the case fields; send the version you read (a stale one answers 409)' })
  @ApiOkResponse({ type: CaseDto })
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: CaseUpdateDto): Promise<CaseDto> {
    return this.cases.update(actor, id, dto);
  }
}
