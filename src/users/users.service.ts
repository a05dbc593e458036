import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '@app/common/errors';
import type { Actor } from '@app/common/actor';
import { generatePassword, hashPassword } from '@app/auth/passwords';
import { AuditService } from '@app/audit/audit.service';
import { Role } from '@app/common/role';
import { toSessionUser } from '@app/auth/session-user';
import { User } from '@app/auth/user.entity';
import { UserCreatedDto, UserCreateDto, UserDto, UserUpdateDto } from '@app/users/users.dto';

export const toUserDto = (u: User): UserDto => ({ ...toSessionUser(u), active: u.active, version: u.version });

export interface NewUser {
  username: string;
  fullName: string;
  title?: string;
  role: Role;
  departmentId: string | null;
  password?: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<UserDto[]> {
    const users = await this.dataSource.getRepository(User).find({
      where: { departmentId: actor.departmentId ?? undefined },
      order: { username: 'ASC' },
    });
    return users.map(toUserDto);
  }

  async create(actor: Actor, dto: UserCreateDto): Promise<UserCreatedDto> {
    return this.dataSource.transaction(async (manager) => {
      const { user, password } = await createUser(manager, {
        username: dto.username,
        fullName: dto.fullName,
        title: dto.title,
        role: dto.role as unknown as Role,
        departmentId: actor.departmentId,
      });
      await this.audit.record(manager, actor, { action: 'create', entityType: 'user', entityId: user.id, after: toUserDto(user) });
      return { user: toUserDto(user), initialPassword: password };
    });
  }

  async update(actor: Actor, id: string, dto: UserUpdateDto): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(User);
      const user = await repo.findOne({ where: { id, departmentId: actor.departmentId ?? undefined }, lock: { mode: 'pessimistic_write' } });
      if (!user || user.departmentId === null) throw AppError.notFound('User');
      if (user.version !== dto.version) throw AppError.staleVersion('User', dto.version, user.version);
      if (user.id === actor.userId && (dto.active === false || (dto.role && (dto.role as string) !== Role.DepartmentAdmin))) {
        throw AppError.field('role', 'an administrator cannot deactivate or demote their own account');
      }
      const before = toUserDto(user);
      const { version: _v, role, ...rest } = dto;
      // Only what was sent: a DTO instance also holds the fields left out, as undefined.
      Object.assign(user, Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)), role ? { role: role as unknown as Role } : {});
      // A deactivation or a role change ends the user's sessions: their tokens must not outlive what they allowed.
      if ((dto.active !== undefined && dto.active !== before.active) || (role !== undefined && (role as string) !== before.role)) user.sessionVersion += 1;
      const saved = await repo.save(user);
      await this.audit.record(manager, actor, { action: 'update', entityType: 'user', entityId: id, before, after: toUserDto(saved) });
      return toUserDto(saved);
    });
  }

  /** A new random password, shown once; every session of the user ends (whoever held the old password is out). */
  async resetPassword(actor: Actor, id: string): Promise<UserCreatedDto> {
    // Hashed before the transaction: argon2 takes ~100 ms, too long to hold a pooled connection for.
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(User);
      const user = await repo.findOne({ where: { id, departmentId: actor.departmentId ?? undefined } });
      if (!user || user.departmentId === null) throw AppError.notFound('User');
      await repo.update({ id }, { passwordHash, sessionVersion: () => 'session_version + 1' });
      await this.audit.record(manager, actor, { action: 'password:reset', entityType: 'user', entityId: id, after: { sessionsEnded: true } });
      return { user: toUserDto(user), initialPassword: password };
    });
  }
}

/** Shared by the API, the operator CLI and the demo seed. */
export async function createUser(manager: EntityManager, input: NewUser): Promise<{ user: User; password: string }> {
  const password = input.password ?? generatePassword();
  const repo = manager.getRepository(User);
  const user = await repo.save(
    repo.create({
      username: input.username.trim().toLowerCase(),
      fullName: input.fullName,
      title: input.title ?? '',
      role: input.role,
      departmentId: input.departmentId,
      passwordHash: await hashPassword(password),
    }),
  );
  return { user, password };
}
