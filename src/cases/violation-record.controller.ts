import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { CASE_READERS, CASE_WORKERS } from '@app/cases/case-access';
import { ViolationRecordCreateDto, ViolationRecordDto, ViolationRecordSignDto, ViolationRecordUpdateDto } from '@app/cases/dto/violation-record.dto';
import { ViolationRecordsService } from '@app/cases/violation-records.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:id/violation-record')
export class ViolationRecordController {
  constructor(private readonly records: ViolationRecordsService) {}

  @Get()
  @Roles(...CASE_READERS)
  @ApiOperation({ summary: 'Biên bản vi phạm hành chính (MBB01) of the case' })
  @ApiOkResponse({ type: ViolationRecordDto })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<ViolationRecordDto> {
    return this.records.get(actor, id);
  }

  @Post()
  @Roles(...CASE_WORKERS)
  @ApiOperation({ summary: 'Lập biên bản vi phạm hành chính: draw the draft (date, time, place, officer, witnesses, statement)' })
  @ApiCreatedResponse({ type: ViolationRecordDto })
  draw(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ViolationRecordCreateDto): Promise<ViolationRecordDto> {
    return this.records.draw(actor, id, dto);
  }

  @Patch()
  @Roles(...CASE_WORKERS)
  @ApiOperation({ summary: 'Sửa bản nháp biên bản; a signed record is frozen' })
  @ApiOkResponse({ type: ViolationRecordDto })
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ViolationRecordUpdateDto): Promise<ViolationRecordDto> {
    return this.records.update(actor, id, dto);
  }

  @Post('sign')
  @HttpCode(200)
  @Roles(...CASE_WORKERS)
  @ApiOperation({ summary: 'Ký biên bản: number it "N/BB-VPHC", freeze it, set the explanation deadline; the case moves to violations recorded; its PDF is requested' })
  @ApiOkResponse({ type: ViolationRecordDto })
  sign(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ViolationRecordSignDto): Promise<ViolationRecordDto> {
    return this.records.sign(actor, id, dto);
  }
}
