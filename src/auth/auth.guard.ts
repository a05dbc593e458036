import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import { AuthenticatedRequest, IS_PUBLIC, ROLES } from '@app/common/access.decorators';
import { Role } from '@app/common/role';

interface TokenClaims {
  sub: string;
}

/**
 * Global guard: every route needs a valid bearer token unless marked @Public. The user is re-read on
 * every request so a deactivated account or a changed role takes effect at once, not at token expiry.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9._~+/=-]+)$/.exec(header);
    if (!match) throw new AppError(ErrorCode.Unauthenticated, 'Authentication required: send "Authorization: Bearer <token>"');

    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(match[1], { algorithms: ['HS256'] });
    } catch {
      throw new AppError(ErrorCode.Unauthenticated, 'The token is invalid or has expired');
    }
    // A plain query: this runs on every request, and the ORM's query building cost more than the query.
    const [user] = await this.dataSource.query<{ id: string; username: string; role: Role; department_id: string | null; active: boolean }[]>(
      'select id, username, role, department_id, active from users where id = $1',
      [claims.sub],
    );
    if (!user || !user.active) throw new AppError(ErrorCode.Unauthenticated, 'The account is not active');
    request.actor = { userId: user.id, username: user.username, role: user.role, departmentId: user.department_id };

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(user.role)) {
      throw new AppError(ErrorCode.Forbidden, `This action needs one of the roles: ${roles.join(', ')}`);
    }
    return true;
  }
}
