import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { bigintVnd } from '@app/database/transformers';
import type { DecisionContent, DecisionSnapshot } from '@app/decisions/decision-content';
import { DecisionKind, DecisionStatus, IssuingBodyCode } from '@app/decisions/decisions.enums';

/**
 * Quyết định xử phạt vi phạm hành chính (MQĐ02) or a decision that amends, corrects or annuls one (MQĐ38–40).
 * A draft can be edited; issuing numbers it "NN/QĐ-XPHC" from the issuing body's gapless yearly sequence, freezes
 * what is printed and the worksheets used, and from then on the row never changes (a trigger refuses it).
 */
@Entity('sanction_decisions')
@Index('uq_sanction_decisions_number', ['departmentId', 'issuingBodyCode', 'year', 'sequence'], { unique: true })
@Index('uq_sanction_decisions_verification_code', ['verificationCode'], { unique: true })
@Index('ix_sanction_decisions_case', ['caseId'])
@Index('ix_sanction_decisions_original', ['originalDecisionId'])
@Check('ck_sanction_decisions_issued', `status <> 'issued' OR (number IS NOT NULL AND year IS NOT NULL AND sequence IS NOT NULL AND issued_on IS NOT NULL AND total_fine_vnd IS NOT NULL AND verification_code IS NOT NULL AND snapshot IS NOT NULL)`)
@Check('ck_sanction_decisions_original', `(kind = 'sanction') = (original_decision_id IS NULL)`)
export class SanctionDecision extends DepartmentRecord {
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => InspectionCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  inspectionCase?: InspectionCase;

  @Column({ type: 'enum', enum: DecisionKind, enumName: 'sanction_decision_kind', default: DecisionKind.Sanction })
  kind!: DecisionKind;

  /** The decision an amend, correct or annul decision refers to; null for a sanction decision. */
  @Column({ type: 'uuid', nullable: true })
  originalDecisionId!: string | null;

  @ManyToOne(() => SanctionDecision, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'original_decision_id' })
  originalDecision?: SanctionDecision | null;

  /** Why a correction was made. */
  @Column({ type: 'text', nullable: true })
  correctionReason!: string | null;

  @Column({ type: 'enum', enum: DecisionStatus, enumName: 'sanction_decision_status', default: DecisionStatus.Draft })
  status!: DecisionStatus;

  /** Whose number sequence the decision takes. */
  @Column({ type: 'enum', enum: IssuingBodyCode, enumName: 'issuing_body_code', default: IssuingBodyCode.Department })
  issuingBodyCode!: IssuingBodyCode;

  /** The draft as the legal officer wrote it. */
  @Column({ type: 'jsonb' })
  content!: DecisionContent;

  @Column({ type: 'uuid' })
  createdById!: string;

  @Column({ type: 'int', nullable: true })
  year!: number | null;

  @Column({ type: 'int', nullable: true })
  sequence!: number | null;

  /** Số và ký hiệu, e.g. "05/QĐ-XPHC". */
  @Column({ type: 'varchar', length: 32, nullable: true })
  number!: string | null;

  /** Ngày ban hành, in Asia/Ho_Chi_Minh. */
  @Column({ type: 'date', nullable: true })
  issuedOn!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  issuedById!: string | null;

  /** Tổng số tiền phạt (LXLVPHC Đ67 k1), whole VND. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintVnd })
  totalFineVnd!: number | null;

  /** Mã tra cứu printed with the QR code: 10 Crockford base32 characters. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  verificationCode!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  snapshot!: DecisionSnapshot | null;
}
