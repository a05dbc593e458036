import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import type { CircumstanceInput, OffenderType, Worksheet } from '@libs/legal';

/**
 * Hành vi vi phạm found on a case: a catalogue code, its dates, the facts as the record states them, the
 * circumstances, and the fine worksheet computed by libs/legal kept as a frozen snapshot.
 */
@Entity('case_violations')
@Index('ix_case_violations_case', ['caseId'])
export class Violation extends DepartmentRecord {
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => InspectionCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  inspectionCase?: InspectionCase;

  /** Catalogue code, e.g. "119/2020:Đ20.k2.a". */
  @Column({ type: 'varchar', length: 96 })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  offenderType!: OffenderType;

  @Column({ type: 'date', nullable: true })
  committedOn!: string | null;

  /** Null when the act was still going on when detected. */
  @Column({ type: 'date', nullable: true })
  endedOn!: string | null;

  @Column({ type: 'boolean' })
  ongoingAtDetection!: boolean;

  @Column({ type: 'date' })
  detectedOn!: string;

  /** The facts as written in the record (nội dung vi phạm). */
  @Column({ type: 'text' })
  facts!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  mitigating!: CircumstanceInput[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  aggravating!: CircumstanceInput[];

  /** The frozen worksheet; recomputed only on an explicit request before the decision. */
  @Column({ type: 'jsonb' })
  worksheet!: Worksheet;

  @Column({ type: 'timestamptz' })
  worksheetComputedAt!: Date;

  /** Copied from the worksheet so lists and deadlines need no JSON digging. */
  @Column({ type: 'text' })
  legalBasis!: string;

  @Column({ type: 'text' })
  descriptionVi!: string;

  @Column({ type: 'boolean' })
  explanationRight!: boolean;

  @Column({ type: 'date' })
  limitationLastDay!: string;
}
