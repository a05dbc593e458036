import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { Licence } from '@app/registry/entities/licence.entity';
import { LicenceSuspensionStatus } from '@app/registry/registry.enums';

/**
 * Tước quyền sử dụng giấy phép có thời hạn imposed by an issued sanction decision (LXLVPHC Đ25), carried out on the
 * registry's licence: started and ended by the nightly sweep, lifted when the decision is annulled.
 */
@Entity('licence_suspensions')
@Index('uq_licence_suspensions_decision_licence', ['decisionId', 'licenceId'], { unique: true })
@Index('ix_licence_suspensions_status', ['status', 'fromOn'])
export class LicenceSuspension extends DepartmentRecord {
  @Column({ type: 'uuid' })
  licenceId!: string;

  @ManyToOne(() => Licence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'licence_id' })
  licence?: Licence;

  /** The sanction decision that imposes it (its id and number; the registry imports nothing of the decisions). */
  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'varchar', length: 32 })
  decisionNumber!: string;

  @Column({ type: 'numeric', precision: 4, scale: 1, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  months!: number;

  /** First and last day (LXLVPHC Đ25 k2: from the day the decision takes effect). */
  @Column({ type: 'date' })
  fromOn!: string;

  @Column({ type: 'date' })
  toOn!: string;

  @Column({ type: 'enum', enum: LicenceSuspensionStatus, enumName: 'licence_suspension_status', default: LicenceSuspensionStatus.Imposed })
  status!: LicenceSuspensionStatus;

  @Column({ type: 'date', nullable: true })
  liftedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  liftedByDecisionId!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  liftedByNumber!: string | null;
}
