import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '@app/common/errors';
import { LoginDto, LoginResponseDto, PasswordChangeDto, SessionUserDto } from '@app/auth/auth.dto';
import type { Actor } from '@app/common/actor';
import { AuditService } from '@app/audit/audit.service';
import { LoginFailures } from '@app/auth/login-failures';
import { hashPassword, verifyPassword } from '@app/auth/passwords';
import { SessionTokens } from '@app/auth/session-tokens';
import { toSessionUser } from '@app/auth/session-user';
import { User } from '@app/auth/user.entity';

const WRONG_CREDENTIALS = 'Wrong username or password';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);
  /** Compared against when the user does not exist, so both paths take the same time. */
  private readonly dummyHash: Promise<string> = hashPassword('no-such-user-placeholder');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: SessionTokens,
    private readonly failures: LoginFailures,
    private readonly audit: AuditService,
  ) {}

  /**
   * Đăng nhập. An unknown username, a wrong password and an inactive account get the same answer after the same
   * work (one look-up, one argon2 verification, one count): nothing tells them apart, not even the time taken.
   */
  async login(dto: LoginDto, clientAddress: string): Promise<LoginResponseDto> {
    await this.failures.holdBack(clientAddress);
    const username = dto.username.trim().toLowerCase();
    const users = this.dataSource.getRepository(User);
    const user = await users.createQueryBuilder('u').addSelect('u.passwordHash').where('u.username = :username', { username }).getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), dto.password);
    if (!user || !ok || !user.active) {
      await this.failures.record(clientAddress);
      // Never log the password; the username helps spot guessing.
      this.logger.warn({ username }, 'failed login');
      throw new AppError(ErrorCode.InvalidCredentials, WRONG_CREDENTIALS);
    }
    await users.update({ id: user.id }, { lastLoginAt: new Date() });
    return this.session(user);
  }

  async sessionUser(actor: Actor): Promise<SessionUserDto> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: actor.userId });
    return toSessionUser(user);
  }

  /**
   * Đổi mật khẩu: the signed-in user replaces their password, proving they know the current one. Every other session
   * of the user ends (their tokens stop working); the answer carries a fresh token for this one.
   */
  async changePassword(actor: Actor, dto: PasswordChangeDto, clientAddress: string): Promise<LoginResponseDto> {
    await this.failures.holdBack(clientAddress);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: actor.userId })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) {
      // A stolen token must not become a way to guess the password: it counts as a failed login of the address.
      await this.failures.record(clientAddress);
      throw AppError.field('currentPassword', 'currentPassword is not the current password');
    }
    if (dto.newPassword === dto.currentPassword) throw AppError.field('newPassword', 'newPassword must differ from the current password');
    if (dto.newPassword.toLowerCase().includes(user.username)) throw AppError.field('newPassword', 'newPassword must not contain the username');
    const newHash = await hashPassword(dto.newPassword);

    const changed = await this.dataSource.transaction(async (manager) => {
      // Compare-and-set on the hash just verified: of two changes at once, the second finds the password changed.
      const res = await manager
        .createQueryBuilder()
        .update(User)
        .set({ passwordHash: newHash, sessionVersion: () => 'session_version + 1' })
        .where('id = :id and password_hash = :old', { id: user.id, old: user.passwordHash })
        .returning(['sessionVersion'])
        .execute();
      if (res.affected !== 1) return null;
      await this.audit.record(manager, actor, { action: 'password:change', entityType: 'user', entityId: user.id, after: { sessionsEnded: true } });
      return (res.raw as { session_version: number }[])[0].session_version;
    });
    if (changed === null) throw new AppError(ErrorCode.Conflict, 'The password was changed meanwhile; sign in again');
    return this.session({ ...user, sessionVersion: changed });
  }

  private async session(user: User): Promise<LoginResponseDto> {
    const accessToken = await this.tokens.sign(user);
    return { accessToken, tokenType: 'Bearer', expiresIn: this.tokens.ttlSeconds, user: toSessionUser(user) };
  }
}
