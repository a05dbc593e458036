import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { bigintVnd } from '@app/database/transformers';
import { SanctionDecision } from '@app/decisions/decision.entity';
import { Department } from '@app/departments/department.entity';
import { ReportSubjectKind } from '@libs/reports';

/** numeric(4,1) comes back from pg as text; months are small and may be a half (NĐ 118/2021 Đ9 k2 b median). */
const months = {
  to: (v: number) => v,
  from: (v: string | null): number => (v === null ? 0 : Number(v)),
};

/**
 * One act of an issued decision, normalised for the reports: written once by `recordDecisionLines` inside the issuing
 * transaction. `chainId` is the original sanction decision; `year` the year the chain counts in (the original's issue
 * year); `effective` is true only for the lines of a chain's current state (an amendment's lines replace the original's,
 * an annulment leaves none), so "counted once" is a filter, not a computation.
 */
@Entity('sanction_decision_lines')
@Index('uq_sanction_decision_lines_act', ['decisionId', 'lineNo'], { unique: true })
// The annual report of a department and of all departments; both read only the effective lines.
@Index('ix_sanction_decision_lines_department_year', ['departmentId', 'year'], { where: 'effective' })
@Index('ix_sanction_decision_lines_year', ['year'], { where: 'effective' })
// Decisions issued by kind (every decision, by its own issue year): line 1 stands for its decision.
@Index('ix_sanction_decision_lines_department_issue_year', ['departmentId', 'issueYear', 'decisionKind'], { where: 'line_no = 1' })
@Index('ix_sanction_decision_lines_issue_year', ['issueYear', 'decisionKind'], { where: 'line_no = 1' })
@Index('ix_sanction_decision_lines_chain', ['chainId'])
// Fines collected: from the cases executed in the year to their decision lines.
@Index('ix_sanction_decision_lines_case', ['caseId'], { where: 'effective' })
export class SanctionDecisionLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ type: 'uuid' })
  decisionId!: string;

  @ManyToOne(() => SanctionDecision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decision_id' })
  decision?: SanctionDecision;

  /** The original sanction decision (MQĐ02) the decision belongs to; itself for a sanction decision. */
  @Column({ type: 'uuid' })
  chainId!: string;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => InspectionCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  inspectionCase?: InspectionCase;

  /** The year the chain counts in: the original decision's issue year. */
  @Column({ type: 'int' })
  year!: number;

  /** This decision's own issue date and year (for "decisions issued by kind"). */
  @Column({ type: 'date' })
  issuedOn!: string;

  @Column({ type: 'int' })
  issueYear!: number;

  /** sanction | amend | correct | annul (the decision's kind, MQĐ02 / MQĐ38–40). */
  @Column({ type: 'varchar', length: 16 })
  decisionKind!: string;

  /** The chain's issuing body (department | provincial_committee). */
  @Column({ type: 'varchar', length: 32 })
  issuingBodyCode!: string;

  /** 1-based position of the act in the decision. */
  @Column({ type: 'int' })
  lineNo!: number;

  @Column({ type: 'uuid', nullable: true })
  violationId!: string | null;

  /** Catalogue code, e.g. "119/2020:Đ20.k2.a". */
  @Column({ type: 'varchar', length: 96 })
  catalogueCode!: string;

  /** press | publishing | e-information (the catalogue row's field). */
  @Column({ type: 'varchar', length: 16 })
  field!: string;

  @Column({ type: 'varchar', length: 40 })
  subjectKind!: ReportSubjectKind;

  @Column({ type: 'varchar', length: 16 })
  offenderType!: string;

  @Column({ type: 'boolean' })
  warning!: boolean;

  @Column({ type: 'bigint', transformer: bigintVnd })
  fineVnd!: number;

  @Column({ type: 'numeric', precision: 4, scale: 1, default: 0, transformer: months })
  licenceSuspensionMonths!: number;

  @Column({ type: 'numeric', precision: 4, scale: 1, default: 0, transformer: months })
  activitySuspensionMonths!: number;

  @Column({ type: 'boolean', default: false })
  confiscation!: boolean;

  @Column({ type: 'boolean', default: false })
  pressCardRevocation!: boolean;

  @Column({ type: 'int', default: 0 })
  remedialMeasureCount!: number;

  /** Counts in the figures now (the chain's current state). */
  @Column({ type: 'boolean' })
  effective!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt!: Date;
}
