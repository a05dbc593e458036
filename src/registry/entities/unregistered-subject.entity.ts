import { Column, Entity, Index } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { SubjectKind } from '@app/registry/registry.enums';

/**
 * A subject outside the registry (an unlicensed site, a person) with the identity fields a
 * sanction decision needs (MQĐ02 Điều 1 item 1, NĐ 118/2021 appendix).
 */
@Entity('unregistered_subjects')
@Index('ix_unregistered_subjects_department', ['departmentId', 'name'])
export class UnregisteredSubject extends DepartmentRecord {
  @Column({ type: 'enum', enum: SubjectKind, enumName: 'subject_kind' })
  kind!: SubjectKind;

  /** Họ tên (individual) or tên tổ chức. */
  @Column({ type: 'text' })
  name!: string;

  /** Nơi ở / địa chỉ trụ sở chính. */
  @Column({ type: 'text', default: '' })
  address!: string;

  /** Số định danh cá nhân / CCCD / hộ chiếu (individuals). */
  @Column({ type: 'varchar', length: 32, default: '' })
  personalId!: string;

  /** Mã số thuế / mã số doanh nghiệp (organisations). */
  @Column({ type: 'varchar', length: 32, default: '' })
  taxCode!: string;

  /** Người đại diện theo pháp luật (organisations). */
  @Column({ type: 'text', default: '' })
  representative!: string;

  @Column({ type: 'text', default: '' })
  representativeTitle!: string;

  @Column({ type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'varchar', length: 16, default: '' })
  gender!: string;

  @Column({ type: 'text', default: '' })
  nationality!: string;

  @Column({ type: 'text', default: '' })
  occupation!: string;

  /** Websites or channels used, for an unlicensed site. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains!: string[];

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'text', select: false, default: '' })
  searchText!: string;
}
