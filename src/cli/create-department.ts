import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { printLogins, setUpDepartment } from '@app/cli/bootstrap-data';
import { parseCliArgs, runCli, UsageError } from '@app/cli/run-cli';
import { validateEnv } from '@app/config/env.schema';
import { checkPostgres } from '@app/database/preflight';
import { dataSourceOptions } from '@app/entities';
import { Role } from '@app/common/role';

const USAGE = `usage: npm run admin:create-department -- --name "Sở Văn hóa và Thể thao tỉnh X" --parent-body "Ủy ban nhân dân tỉnh X" \\
  --place "X" --province 00 --abbreviation SVHTT --admin-username admin.x --admin-name "Nguyễn Văn A" [--admin-title "Quản trị hệ thống"]
Sets up a department and its first administrator; the password is generated and printed once.
The queue dashboard is not a department admin's: create a system operator with npm run admin:create-operator.`;

/**
 * Sets up a department and its first administrator on a fresh installation, without the demo seed.
 * The administrator's password is generated and printed once.
 */
async function main(): Promise<void> {
  const values = parseCliArgs({
    name: { type: 'string' },
    'parent-body': { type: 'string' },
    place: { type: 'string' },
    province: { type: 'string' },
    abbreviation: { type: 'string' },
    'admin-username': { type: 'string' },
    'admin-name': { type: 'string' },
    'admin-title': { type: 'string' },
  });
  const required = ['name', 'parent-body', 'place', 'province', 'abbreviation', 'admin-username', 'admin-name'] as const;
  const missing = required.filter((k) => !values[k]);
  if (missing.length > 0) throw new UsageError(`missing --${missing.join(', --')}`);

  const url = validateEnv(process.env).DATABASE_URL;
  await checkPostgres(url);
  const ds = await new DataSource(dataSourceOptions(url, 2)).initialize();
  try {
    const { department, logins } = await setUpDepartment(ds, {
      department: {
        name: values.name!,
        parentBody: values['parent-body']!,
        placeName: values.place!,
        provinceCode: values.province!,
        abbreviation: values.abbreviation!,
      },
      users: [{ username: values['admin-username']!, fullName: values['admin-name']!, title: values['admin-title'], role: Role.DepartmentAdmin }],
    });
    process.stdout.write(`created department ${department.name} (${department.id})\n`);
    printLogins(logins);
  } finally {
    await ds.destroy();
  }
}

if (require.main === module) runCli('create-department', main, USAGE);
