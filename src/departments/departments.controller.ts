import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { DepartmentDto, DepartmentUpdateDto } from '@app/departments/departments.dto';
import { DepartmentsService } from '@app/departments/departments.service';
import { Role } from '@app/common/role';

@ApiTags('departments')
@ApiBearerAuth()
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @ApiOperation({ summary: 'Sở: the caller’s department, or every department for the ministry viewer' })
  @ApiOkResponse({ type: [DepartmentDto] })
  list(@CurrentActor() actor: Actor): Promise<DepartmentDto[]> {
    return this.departments.list(actor);
  }

  @Get('current')
  @ApiOperation({ summary: 'The caller’s own department' })
  @ApiOkResponse({ type: DepartmentDto })
  current(@CurrentActor() actor: Actor): Promise<DepartmentDto> {
    return this.departments.current(actor);
  }

  @Patch('current')
  @Roles(Role.DepartmentAdmin)
  @ApiOperation({ summary: 'Change the names printed on the department’s documents' })
  @ApiOkResponse({ type: DepartmentDto })
  update(@CurrentActor() actor: Actor, @Body() dto: DepartmentUpdateDto): Promise<DepartmentDto> {
    return this.departments.update(actor, dto);
  }
}
