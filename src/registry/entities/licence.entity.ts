import { Column, Entity, Index } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { LicenceHolderType, LicenceKind, LicenceStatus } from '@app/registry/registry.enums';

/**
 * Giấy phép: its particulars are what most press charges compare real operation against (tôn chỉ
 * mục đích, domains, languages, periodicity). Changes keep history in `licence_events`.
 */
@Entity('licences')
@Index('ix_licences_holder', ['holderType', 'holderId'])
@Index('ix_licences_department_expiry', ['departmentId', 'expiresOn'])
@Index('uq_licences_number_issuer', ['departmentId', 'number', 'issuer'], { unique: true })
export class Licence extends DepartmentRecord {
  @Column({ type: 'enum', enum: LicenceKind, enumName: 'licence_kind' })
  kind!: LicenceKind;

  @Column({ type: 'enum', enum: LicenceHolderType, enumName: 'licence_holder_type' })
  holderType!: LicenceHolderType;

  @Column({ type: 'uuid' })
  holderId!: string;

  /** Số giấy phép, e.g. "123/GP-BVHTTDL". */
  @Column({ type: 'varchar', length: 64 })
  number!: string;

  /** Cơ quan cấp. */
  @Column({ type: 'text' })
  issuer!: string;

  @Column({ type: 'date' })
  issuedOn!: string;

  /** Null for licences without a term. */
  @Column({ type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ type: 'enum', enum: LicenceStatus, enumName: 'licence_status', default: LicenceStatus.Active })
  status!: LicenceStatus;

  @Column({ type: 'date', nullable: true })
  suspendedFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  suspendedUntil!: string | null;

  /** Tôn chỉ, mục đích (licensed scope). */
  @Column({ type: 'text', default: '' })
  purpose!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  licensedDomains!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages!: string[];

  /** Kỳ hạn xuất bản / thời lượng, e.g. "1 kỳ/tháng". */
  @Column({ type: 'text', default: '' })
  periodicity!: string;

  /** Anything else the licence fixes (format, pages, broadcast hours). */
  @Column({ type: 'text', default: '' })
  otherParticulars!: string;
}
