import { Column, Entity, Index } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { RepresentativeOfficeStatus } from '@app/registry/registry.enums';

/** Văn phòng đại diện of a press agency (usually central) located in the province. */
@Entity('representative_offices')
@Index('ix_representative_offices_department', ['departmentId', 'agencyName'])
export class RepresentativeOffice extends DepartmentRecord {
  /** The agency the office represents. */
  @Column({ type: 'text' })
  agencyName!: string;

  @Column({ type: 'text' })
  address!: string;

  /** Trưởng văn phòng đại diện. */
  @Column({ type: 'text', default: '' })
  headName!: string;

  /** Date the office was notified to / approved by the department. */
  @Column({ type: 'date', nullable: true })
  notifiedOn!: string | null;

  @Column({ type: 'enum', enum: RepresentativeOfficeStatus, enumName: 'representative_office_status', default: RepresentativeOfficeStatus.Active })
  status!: RepresentativeOfficeStatus;

  @Column({ type: 'text', select: false, default: '' })
  searchText!: string;
}
