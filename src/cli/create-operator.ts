import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { printLogins } from '@app/cli/bootstrap-data';
import { parseCliArgs, runCli, UsageError } from '@app/cli/run-cli';
import { validateEnv } from '@app/config/env.schema';
import { checkPostgres } from '@app/database/preflight';
import { dataSourceOptions } from '@app/entities';
import { AuditService } from '@app/audit/audit.service';
import { generatePassword, hashPassword } from '@app/auth/passwords';
import { User } from '@app/auth/user.entity';
import { Role } from '@app/common/role';
import { createUser, toUserDto } from '@app/users/users.service';

const USAGE = `usage: npm run admin:create-operator -- --username ops.x --name "Nguyễn Văn A" [--title "Quản trị vận hành"]
       npm run admin:create-operator -- --username ops.x --reset-password
Creates a system operator (role system_operator): the only account that opens the queue dashboard at /admin/queues.
It belongs to no department and reads no department's records. The password is generated and printed once;
--reset-password gives an existing operator a new one and ends its sessions.`;

const OPTIONS = {
  username: { type: 'string' },
  name: { type: 'string' },
  title: { type: 'string' },
  'reset-password': { type: 'boolean' },
} as const;

/** Creates a system operator, or resets one's password; both audited (actor: the command line). */
export async function createOperator(ds: DataSource, args: string[], write: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  const values = parseCliArgs(OPTIONS, args);
  if (!values.username) throw new UsageError('missing --username');
  const username = values.username.trim().toLowerCase();
  if (!/^[a-z0-9._-]{3,64}$/.test(username)) throw new UsageError('--username must be 3–64 characters: lower-case letters, digits, dot, dash or underscore');
  const audit = new AuditService();
  if (values['reset-password']) {
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    await ds.transaction(async (manager) => {
      const user = await manager.findOneBy(User, { username, role: Role.SystemOperator });
      if (!user) throw new UsageError(`no system operator is named ${username}`);
      await manager.update(User, { id: user.id }, { passwordHash, sessionVersion: () => 'session_version + 1' });
      await audit.record(manager, null, { action: 'password:reset', entityType: 'user', entityId: user.id, after: { sessionsEnded: true, by: 'admin:create-operator' } });
    });
    printLogins([{ username, role: Role.SystemOperator, password }], write);
    return;
  }
  if (!values.name) throw new UsageError('missing --name');
  const { user, password } = await ds.transaction(async (manager) => {
    if (await manager.existsBy(User, { username })) throw new UsageError(`a user named ${username} already exists`);
    const created = await createUser(manager, { username, fullName: values.name as string, title: values.title, role: Role.SystemOperator, departmentId: null });
    await audit.record(manager, null, { action: 'create', entityType: 'user', entityId: created.user.id, after: { ...toUserDto(created.user), by: 'admin:create-operator' } });
    return created;
  });
  write(`created system operator ${user.username} (${user.id})\n`);
  printLogins([{ username: user.username, role: user.role, password }], write);
}

if (require.main === module) {
  runCli(
    'create-operator',
    async () => {
      const url = validateEnv(process.env).DATABASE_URL;
      await checkPostgres(url);
      const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
      try {
        await createOperator(ds, process.argv.slice(2));
      } finally {
        await ds.destroy();
      }
    },
    USAGE,
  );
}
