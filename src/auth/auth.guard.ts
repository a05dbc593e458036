import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AppError, ErrorCode } from '@app/common/errors';
import { AuthenticatedRequest, IS_PUBLIC, ROLES } from '@app/common/access.decorators';
import { Role } from '@app/common/role';
import { SessionTokens } from '@app/auth/session-tokens';

/**
 * Global guard: every route needs a valid bearer token unless marked @Public. The user is re-read on every request
 * (SessionTokens) so a deactivated account, a changed role or a changed password takes effect at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: SessionTokens,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match) throw new AppError(ErrorCode.Unauthenticated, 'Authentication required: send "Authorization: Bearer <token>"');

    const checked = await this.tokens.check(match[1]);
    if (!checked.ok) throw new AppError(ErrorCode.Unauthenticated, checked.reason);
    const actor = checked.actor;
    request.actor = actor;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    // The system operator runs the installation and reads no department's records: only routes that name the role.
    if (actor.role === Role.SystemOperator && !roles?.includes(Role.SystemOperator)) {
      throw new AppError(ErrorCode.Forbidden, 'The system operator account opens the queue dashboard and its own session only');
    }
    if (roles && !roles.includes(actor.role)) {
      throw new AppError(ErrorCode.Forbidden, `This action needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
