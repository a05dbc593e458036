import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Department } from '@app/departments/department.entity';
import { BaseRecord } from '@app/database/base.entity';
import { Role } from '@app/common/role';

@Entity('users')
export class User extends BaseRecord {
  /** Null only for the ministry viewer and the system operator, who belong to no department. */
  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'department_id' })
  department?: Department | null;

  /** Login name, stored lower-case. */
  @Index('uq_users_username', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ type: 'text' })
  fullName!: string;

  /** Chức vụ, e.g. "Phó Giám đốc"; printed in signer blocks. */
  @Column({ type: 'text', default: '' })
  title!: string;

  @Column({ type: 'enum', enum: Role, enumName: 'user_role' })
  role!: Role;

  /** argon2id hash; never leaves the service. */
  @Column({ type: 'text', select: false })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /**
   * Tokens carry the value current when they were signed (claim `sv`); raising it ends every session of the user at
   * once. Raised by a password reset or change, a deactivation and a role change.
   */
  @Column({ type: 'int', default: 0 })
  sessionVersion!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;
}
