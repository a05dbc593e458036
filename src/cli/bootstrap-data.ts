import { DataSource } from 'typeorm';
import { Department } from '@app/departments/department.entity';
import { createDepartment, NewDepartment } from '@app/departments/departments.service';
import { isDepartmentless, Role } from '@app/common/role';
import { User } from '@app/auth/user.entity';
import { createUser } from '@app/users/users.service';

export interface CreatedLogin {
  username: string;
  role: Role;
  password: string;
}

export interface DepartmentSetup {
  department: NewDepartment;
  users: { username: string; fullName: string; title?: string; role: Role; password?: string }[];
}

/** Creates a department and its first users in one transaction; nothing half-made stays. */
export async function setUpDepartment(ds: DataSource, setup: DepartmentSetup): Promise<{ department: Department; logins: CreatedLogin[] }> {
  return ds.transaction(async (manager) => {
    const department = await createDepartment(manager, setup.department);
    const logins: CreatedLogin[] = [];
    for (const u of setup.users) {
      const { user, password } = await createUser(manager, { ...u, departmentId: isDepartmentless(u.role) ? null : department.id });
      logins.push({ username: user.username, role: user.role, password });
    }
    return { department, logins };
  });
}

export const printLogins = (logins: CreatedLogin[], write: (s: string) => void = (s) => process.stdout.write(s)): void => {
  write('\n  Logins (shown once; store them safely):\n');
  for (const l of logins) write(`    ${l.role.padEnd(17)} ${l.username.padEnd(22)} ${l.password}\n`);
  write('\n');
};

export const userExists = async (ds: DataSource, username: string): Promise<boolean> =>
  (await ds.getRepository(User).countBy({ username: username.toLowerCase() })) > 0;
