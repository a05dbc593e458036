import { Column, Entity, Index } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { bigintVnd } from '@app/database/transformers';

/**
 * Thi hành quyết định xử phạt: one row per issued sanction decision, holding what the case's transition guards read
 * (paid in full, enforced, what is still outstanding). Recomputed from the records below on every change to them; the
 * records are the truth, this row is their summary.
 */
@Entity('decision_executions')
@Index('uq_decision_executions_decision', ['decisionId'], { unique: true })
@Index('ix_decision_executions_case', ['caseId'])
export class DecisionExecution extends DepartmentRecord {
  @Column({ type: 'uuid' })
  caseId!: string;

  @Column({ type: 'uuid' })
  decisionId!: string;

  /** The fine and its late charge are paid in full (LXLVPHC Đ73, Đ78 k1), or the decision imposes no fine. */
  @Column({ type: 'boolean', default: false })
  paidInFull!: boolean;

  @Column({ type: 'date', nullable: true })
  settledOn!: string | null;

  /** An enforcement decision was carried out (LXLVPHC Đ86). */
  @Column({ type: 'boolean', default: false })
  enforced!: boolean;

  /** Fine and late charge still owed when last computed. */
  @Column({ type: 'bigint', default: 0, transformer: bigintVnd })
  balanceVnd!: number;

  /** Remedial measures of the decision not yet recorded as done. */
  @Column({ type: 'int', default: 0 })
  remedialOutstanding!: number;

  /** Licence suspensions the decision imposes that are neither running nor served in the registry. */
  @Column({ type: 'int', default: 0 })
  suspensionOutstanding!: number;

  /** Annulled by an issued MQĐ40 decision: nothing is owed any more. */
  @Column({ type: 'boolean', default: false })
  annulled!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  computedAt!: Date;
}
