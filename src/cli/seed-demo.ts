import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { printLogins, setUpDepartment, userExists } from '@app/cli/bootstrap-data';
import { runCli } from '@app/cli/run-cli';
import { validateEnv } from '@app/config/env.schema';
import { dataSourceOptions } from '@app/entities';
import { Role } from '@app/common/role';

const USAGE = `usage: npm run seed:demo
Seeds a demo department with one user per role and a system operator, once; their logins are printed once.`;

/** A demo department with one user per role. Runs once: later starts find it and say so. */
export async function seedDemo(ds: DataSource, write: (s: string) => void = (s) => process.stdout.write(s)): Promise<void> {
  if (await userExists(ds, 'demo.admin')) {
    write('demo department already seeded (logins were printed on first start; reset a password with POST /users/:id/reset-password)\n');
    return;
  }
  const { department, logins } = await setUpDepartment(ds, {
    department: {
      name: 'Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh (demo)',
      parentBody: 'Ủy ban nhân dân Thành phố Hồ Chí Minh',
      placeName: 'Thành phố Hồ Chí Minh',
      provinceCode: '79',
      abbreviation: 'SVHTT',
    },
    users: [
      { username: 'demo.inspector', fullName: 'Nguyễn Văn Thanh', title: 'Thanh tra viên', role: Role.Inspector },
      { username: 'demo.legal', fullName: 'Trần Thị Pháp', title: 'Chuyên viên pháp chế', role: Role.LegalOfficer },
      { username: 'demo.leader', fullName: 'Lê Văn Lãnh', title: 'Phó Giám đốc', role: Role.Leader },
      { username: 'demo.admin', fullName: 'Phạm Thị Quản', title: 'Quản trị hệ thống', role: Role.DepartmentAdmin },
      { username: 'demo.ministry', fullName: 'Võ Văn Bộ', title: 'Chuyên viên Bộ VHTTDL', role: Role.MinistryViewer },
      { username: 'demo.operator', fullName: 'Đặng Văn Vận', title: 'Quản trị vận hành hệ thống', role: Role.SystemOperator },
    ],
  });
  write(`seeded demo department: ${department.name}\n`);
  printLogins(logins, write);
}

if (require.main === module) {
  runCli('seed-demo', async () => {
    const ds = await new DataSource(dataSourceOptions(validateEnv(process.env).DATABASE_URL, 2)).initialize();
    try {
      await seedDemo(ds);
    } finally {
      await ds.destroy();
    }
  }, USAGE);
}
