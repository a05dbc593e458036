import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RepresentativeOffice } from '@app/registry/entities/representative-office.entity';
import { DepartmentRecord } from '@app/database/department-record.entity';

/** Phóng viên thường trú of a press agency in the province. */
@Entity('resident_reporters')
@Index('ix_resident_reporters_department', ['departmentId', 'fullName'])
export class ResidentReporter extends DepartmentRecord {
  @Column({ type: 'text' })
  agencyName!: string;

  @Column({ type: 'uuid', nullable: true })
  representativeOfficeId!: string | null;

  @ManyToOne(() => RepresentativeOffice, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'representative_office_id' })
  representativeOffice?: RepresentativeOffice | null;

  @Column({ type: 'text' })
  fullName!: string;

  /** Số thẻ nhà báo. */
  @Column({ type: 'varchar', length: 64, default: '' })
  pressCardNumber!: string;

  @Column({ type: 'date', nullable: true })
  pressCardExpiresOn!: string | null;

  /** Địa bàn thường trú. */
  @Column({ type: 'text', default: '' })
  area!: string;

  @Column({ type: 'date', nullable: true })
  appointedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'text', select: false, default: '' })
  searchText!: string;
}
