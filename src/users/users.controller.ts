import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { Role } from '@app/common/role';
import { UserCreatedDto, UserCreateDto, UserDto, UserUpdateDto } from '@app/users/users.dto';
import { UsersService } from '@app/users/users.service';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles(Role.DepartmentAdmin, Role.Leader)
  @ApiOperation({ summary: "Người dùng của Sở: the department's users" })
  @ApiOkResponse({ type: [UserDto] })
  list(@CurrentActor() actor: Actor): Promise<UserDto[]> {
    return this.users.list(actor);
  }

  @Post()
  @Roles(Role.DepartmentAdmin)
  @ApiOperation({ summary: 'Create a user in the caller’s department; the initial password is shown once' })
  @ApiCreatedResponse({ type: UserCreatedDto })
  create(@CurrentActor() actor: Actor, @Body() dto: UserCreateDto): Promise<UserCreatedDto> {
    return this.users.create(actor, dto);
  }

  @Patch(':id')
  @Roles(Role.DepartmentAdmin)
  @ApiOperation({ summary: 'Change a user’s name, title, role or active flag; a role change or deactivation ends their sessions' })
  @ApiOkResponse({ type: UserDto })
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: UserUpdateDto): Promise<UserDto> {
    return this.users.update(actor, id, dto);
  }

  @Post(':id/reset-password')
  @Roles(Role.DepartmentAdmin)
  @ApiOperation({ summary: 'Issue a new random password (shown once); every session of the user ends' })
  @ApiCreatedResponse({ type: UserCreatedDto })
  resetPassword(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<UserCreatedDto> {
    return this.users.resetPassword(actor, id);
  }
}
