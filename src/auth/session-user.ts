import { SessionUserDto } from '@app/auth/auth.dto';
import { User } from '@app/auth/user.entity';

export const toSessionUser = (u: User): SessionUserDto => ({
  id: u.id,
  username: u.username,
  fullName: u.fullName,
  title: u.title,
  role: u.role,
  departmentId: u.departmentId,
});
