import { Inject, Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import { LoginDto, LoginResponseDto, SessionUserDto } from '@app/auth/auth.dto';
import type { Actor } from '@app/common/actor';
import { hashPassword, verifyPassword } from '@app/auth/passwords';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { toSessionUser } from '@app/auth/session-user';
import { User } from '@app/auth/user.entity';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Compared against when the user does not exist, so both paths take the same time. */
  private readonly dummyHash: Promise<string> = hashPassword('no-such-user-placeholder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(dto: LoginDto): Promise<LoginResponseDto> {
    const username = dto.username.trim().toLowerCase();
    const users = this.dataSource.getRepository(User);
    const user = await users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.username = :username', { username }).getOne();

    if (user?.lockedUntil && user.lockedUntil > new Date()) {
      throw new AppError(ErrorCode.LoginLocked, 'Too many failed logins: the account is locked for a while', {
        retryAfter: user.lockedUntil.toISOString(),
      });
    }
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), dto.password);
    if (!user || !ok || !user.active) {
      if (user) await this.recordFailure(user.id);
      // Never log the password; the username helps spot brute force.
      this.logger.warn({ username }, 'failed login');
      throw new AppError(ErrorCode.InvalidCredentials, 'Wrong username or password');
    }
    await users.update({ id: user.id }, { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() });
    const accessToken = await this.jwt.signAsync({ sub: user.id, role: user.role, dep: user.departmentId });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.config.JWT_TTL_SECONDS, user: toSessionUser(user) };
  }

  async sessionUser(actor: Actor): Promise<SessionUserDto> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    return toSessionUser(user);
  }

  /** Atomic, so parallel guesses cannot slip under the limit. */
  private async recordFailure(userId: string): Promise<void> {
    await this.dataSource.query(
      `update users
          set failed_login_count = case when failed_login_count + 1 >= $2 then 0 else failed_login_count + 1 end,
              locked_until = case when failed_login_count + 1 >= $2 then now() + make_interval(mins => $3) else locked_until end
        where id = $1`,
      [userId, this.config.LOGIN_MAX_FAILURES, this.config.LOGIN_LOCK_MINUTES],
    );
  }
}
