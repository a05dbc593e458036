import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Department } from '@app/departments/department.entity';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { Violation } from '@app/cases/entities/violation.entity';

/**
 * Chứng cứ: an uploaded file (screenshot, PDF, saved page) with its SHA-256. Never modified: no version column,
 * and the database refuses UPDATE and DELETE on the table (trigger in the migration).
 */
@Entity('case_evidence')
@Index('ix_case_evidence_case', ['caseId', 'uploadedAt'])
export class Evidence {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => InspectionCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  inspectionCase?: InspectionCase;

  /** The violation the file supports, when one is named. */
  @Column({ type: 'uuid', nullable: true })
  violationId!: string | null;

  @ManyToOne(() => Violation, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'violation_id' })
  violation?: Violation | null;

  @Column({ type: 'text' })
  fileName!: string;

  /** Recognised from the bytes, not taken from the client. */
  @Column({ type: 'varchar', length: 128 })
  contentType!: string;

  @Column({ type: 'varchar', length: 255, default: '' })
  declaredContentType!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'text' })
  storageKey!: string;

  /** When the content was captured (the screenshot taken, the page saved). */
  @Column({ type: 'timestamptz' })
  capturedAt!: Date;

  @Column({ type: 'uuid' })
  capturedById!: string;

  @Column({ type: 'text', default: '' })
  sourceUrl!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt!: Date;
}
