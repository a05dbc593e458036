import { Column, Entity, Index } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { PressAgencyKind, PressAgencyScope } from '@app/registry/registry.enums';

/** Cơ quan báo chí: a newspaper, magazine, radio or television agency. */
@Entity('press_agencies')
@Index('ix_press_agencies_department', ['departmentId', 'name'])
export class PressAgency extends DepartmentRecord {
  @Column({ type: 'enum', enum: PressAgencyKind, enumName: 'press_agency_kind' })
  kind!: PressAgencyKind;

  @Column({ type: 'text' })
  name!: string;

  /** Cơ quan chủ quản. */
  @Column({ type: 'text' })
  governingBody!: string;

  /** Người đứng đầu (tổng biên tập / giám đốc). */
  @Column({ type: 'text', default: '' })
  headName!: string;

  @Column({ type: 'text', default: '' })
  address!: string;

  @Column({ type: 'enum', enum: PressAgencyScope, enumName: 'press_agency_scope' })
  scope!: PressAgencyScope;

  /** Websites of an e-newspaper or e-magazine. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains!: string[];

  /** Lower-case, diacritic-free names and domains for text search. */
  @Column({ type: 'text', select: false, default: '' })
  searchText!: string;
}
