import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { Role } from '@app/common/role';
import { ReminderAddressDto, TaskListDto } from '@app/execution/dto/tasks.dto';
import { RemindersService } from '@app/execution/reminders.service';

const DEPARTMENT_ROLES = [Role.Inspector, Role.LegalOfficer, Role.Leader, Role.DepartmentAdmin];

/** `/me`: the caller's reminders (nhắc việc). */
@ApiTags('reminders')
@ApiBearerAuth()
@Controller('me')
export class TasksController {
  constructor(private readonly reminders: RemindersService) {}

  @Get('tasks')
  @Roles(...DEPARTMENT_ROLES)
  @ApiOperation({ summary: 'Việc đến hạn và quá hạn of the caller: record, explanation, decision, delivery, payment, enforcement, execution time limit, licence expiry, rows to verify' })
  @ApiOkResponse({ type: TaskListDto })
  tasks(@CurrentActor() actor: Actor): Promise<TaskListDto> {
    return this.reminders.forActor(actor);
  }

  @Put('reminder-email')
  @Roles(...DEPARTMENT_ROLES)
  @ApiOperation({ summary: 'Where the caller’s daily digest is sent (when SMTP_URL is set)' })
  @ApiOkResponse({ type: ReminderAddressDto })
  setEmail(@CurrentActor() actor: Actor, @Body() dto: ReminderAddressDto): Promise<ReminderAddressDto> {
    return this.reminders.setAddress(actor, dto.email);
  }
}
