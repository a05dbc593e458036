import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { BaseRecord } from '@app/database/base.entity';

/**
 * A record that belongs to one department (the tenant); every query filters on it.
 * The relation names its target by entity name, not by class: this floor imports no domain module, and
 * the relation exists only to declare the foreign key (nothing loads it).
 */
export abstract class DepartmentRecord extends BaseRecord {
  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne('Department', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: unknown;
}
