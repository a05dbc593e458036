import { Body, Controller, Get, HttpCode, Ip, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Public, Roles } from '@app/common/access.decorators';
import { ALL_ROLES } from '@app/common/role';
import { LoginDto, LoginResponseDto, PasswordChangeDto, SessionUserDto } from '@app/auth/auth.dto';
import { AuthService } from '@app/auth/auth.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đăng nhập: exchange a username and password for a bearer token',
    description:
      'No account is ever locked. Failed logins slow down their client address (LOGIN_MAX_FAILURES, LOGIN_FAILURE_DELAY_MS) ' +
      'and each address has LOGIN_RATE_PER_MINUTE attempts a minute. Unknown, inactive and wrong-password answers are identical.',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Wrong username or password (also for an unknown or inactive account)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address in a minute' })
  login(@Body() dto: LoginDto, @Ip() clientAddress: string): Promise<LoginResponseDto> {
    return this.auth.login(dto, clientAddress);
  }

  @ApiBearerAuth()
  @Roles(...ALL_ROLES)
  @Get('me')
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: SessionUserDto })
  me(@CurrentActor() actor: Actor): Promise<SessionUserDto> {
    return this.auth.sessionUser(actor);
  }

  @ApiBearerAuth()
  @Roles(...ALL_ROLES)
  // The login throttle, per address: a stolen token must not buy unlimited guesses at the current password.
  @UseGuards(ThrottlerGuard)
  @Post('password')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Đổi mật khẩu: change your own password (the current one is required)',
    description: 'Every other session of the user ends at once; the answer carries a fresh token for this one.',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address in a minute' })
  changePassword(@CurrentActor() actor: Actor, @Body() dto: PasswordChangeDto, @Ip() clientAddress: string): Promise<LoginResponseDto> {
    return this.auth.changePassword(actor, dto, clientAddress);
  }
}
