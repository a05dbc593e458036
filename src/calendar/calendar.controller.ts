import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { CalendarEntryCreateDto, CalendarEntryDto, CalendarQueryDto, CalendarYearDto } from '@app/calendar/calendar.dto';
import { CalendarService } from '@app/calendar/calendar.service';
import { Role } from '@app/common/role';

@ApiTags('calendar')
@ApiBearerAuth()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @ApiOperation({ summary: 'Lịch nghỉ lễ, tết, nghỉ bù, hoán đổi và làm bù of one year (national)' })
  @ApiOkResponse({ type: CalendarYearDto })
  year(@Query() query: CalendarQueryDto): Promise<CalendarYearDto> {
    return this.calendar.year(query.year);
  }

  @Post()
  @Roles(Role.DepartmentAdmin)
  @ApiOperation({ summary: 'Thêm ngày nghỉ / ngày làm bù: add an announced day to the national calendar (audited)' })
  @ApiCreatedResponse({ type: CalendarEntryDto })
  add(@CurrentActor() actor: Actor, @Body() dto: CalendarEntryCreateDto): Promise<CalendarEntryDto> {
    return this.calendar.add(actor, dto);
  }

  @Delete(':id')
  @Roles(Role.DepartmentAdmin)
  @ApiOperation({ summary: 'Xóa ngày khỏi lịch: remove a wrong entry (audited); answers the removed entry' })
  @ApiOkResponse({ type: CalendarEntryDto })
  remove(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<CalendarEntryDto> {
    return this.calendar.remove(actor, id);
  }
}
