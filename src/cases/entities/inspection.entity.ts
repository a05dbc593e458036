import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { InspectionKind, InspectionPlanning } from '@app/cases/cases.enums';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';

/** Cuộc thanh tra / kiểm tra logged on a case; a case may hold several. */
@Entity('inspections')
@Index('ix_inspections_case', ['caseId'])
@Index('ix_inspections_plan', ['departmentId', 'planYear'])
// The annual report counts inspections by the year of their inspection decision.
@Index('ix_inspections_decision_date', ['decisionDate'])
export class Inspection extends DepartmentRecord {
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => InspectionCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  inspectionCase?: InspectionCase;

  @Column({ type: 'enum', enum: InspectionKind, enumName: 'inspection_kind' })
  kind!: InspectionKind;

  @Column({ type: 'enum', enum: InspectionPlanning, enumName: 'inspection_planning' })
  planning!: InspectionPlanning;

  /** Year of the annual plan (kế hoạch thanh tra, kiểm tra năm) for a planned inspection. */
  @Column({ type: 'int', nullable: true })
  planYear!: number | null;

  /** Số quyết định thanh tra / kiểm tra. */
  @Column({ type: 'varchar', length: 64, default: '' })
  decisionNumber!: string;

  @Column({ type: 'date', nullable: true })
  decisionDate!: string | null;

  /** Đoàn thanh tra: members as "name – role". */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  team!: string[];

  @Column({ type: 'date', nullable: true })
  periodFrom!: string | null;

  @Column({ type: 'date', nullable: true })
  periodTo!: string | null;

  @Column({ type: 'text', default: '' })
  place!: string;

  @Column({ type: 'text', default: '' })
  findings!: string;

  /** Kết luận thanh tra / kết quả kiểm tra. */
  @Column({ type: 'text', default: '' })
  conclusion!: string;

  @Column({ type: 'date', nullable: true })
  concludedOn!: string | null;
}
