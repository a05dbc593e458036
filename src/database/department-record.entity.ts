import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@app/database/base.entity';
import { Department } from '@app/departments/department.entity';

/** A record that belongs to one department (the tenant); every query filters on it. */
export abstract class DepartmentRecord extends BaseRecord {
  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;
}
