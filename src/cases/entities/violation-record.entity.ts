import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { ExplanationMode, ViolationRecordStatus, WitnessKind } from '@app/cases/cases.enums';
import { InspectionCase } from '@app/cases/entities/inspection-case.entity';

export interface RecordWitness {
  kind: WitnessKind;
  fullName: string;
  /** Nghề nghiệp (a person) or chức vụ (a local authority representative). */
  occupationOrTitle: string;
  /** Địa chỉ (a person) or cơ quan (a local authority representative). */
  addressOrAgency: string;
}

/** One act as the signed record states it, frozen at signing. */
export interface RecordAct {
  violationId: string;
  code: string;
  descriptionVi: string;
  facts: string;
  /** "Quy định tại …" wording from the catalogue. */
  legalBasis: string;
  offenderType: string;
  detectedOn: string;
}

/**
 * Biên bản vi phạm hành chính (form MBB01, NĐ 118/2021 appendix): one per case (NĐ 118/2021 Đ12 k3). A draft
 * can be edited; signing numbers it "N/BB-VPHC" and freezes it. Its PDF comes from the document pipeline.
 */
@Entity('violation_records')
@Index('uq_violation_records_case', ['caseId'], { unique: true })
@Index('uq_violation_records_number', ['departmentId', 'year', 'sequence'], { unique: true })
export class ViolationRecord extends DepartmentRecord {
  @Column({ type: 'uuid' })
  caseId!: string;

  @ManyToOne(() => InspectionCase, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'case_id' })
  inspectionCase?: InspectionCase;

  @Column({ type: 'enum', enum: ViolationRecordStatus, enumName: 'violation_record_status', default: ViolationRecordStatus.Draft })
  status!: ViolationRecordStatus;

  /** "N/BB-VPHC", given at signing. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  number!: string | null;

  @Column({ type: 'int', nullable: true })
  year!: number | null;

  @Column({ type: 'int', nullable: true })
  sequence!: number | null;

  /** Ngày lập biên bản: the deadlines run from it. */
  @Column({ type: 'date' })
  drawnOn!: string;

  /** Giờ lập, HH:mm (Asia/Ho_Chi_Minh). */
  @Column({ type: 'varchar', length: 5 })
  drawnAt!: string;

  @Column({ type: 'text' })
  place!: string;

  /** Why it is drawn at the office rather than where the act happened. */
  @Column({ type: 'text', default: '' })
  placeReason!: string;

  /** Người lập biên bản. */
  @Column({ type: 'uuid' })
  officerId!: string;

  @Column({ type: 'text' })
  officerName!: string;

  @Column({ type: 'text', default: '' })
  officerTitle!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  witnesses!: RecordWitness[];

  /** Ý kiến trình bày của cá nhân, tổ chức vi phạm. */
  @Column({ type: 'text', default: '' })
  subjectStatement!: string;

  @Column({ type: 'enum', enum: ExplanationMode, enumName: 'explanation_mode', default: ExplanationMode.Written })
  explanationMode!: ExplanationMode;

  /** Set at signing from the violations' worksheets (LXLVPHC Đ61 k1). */
  @Column({ type: 'boolean', nullable: true })
  explanationRight!: boolean | null;

  @Column({ type: 'date', nullable: true })
  explanationLastDay!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  acts!: RecordAct[];

  /** Lý do không ký, when the offender refuses to sign. */
  @Column({ type: 'text', default: '' })
  refusalReason!: string;

  @Column({ type: 'int', default: 2 })
  copies!: number;

  @Column({ type: 'timestamptz', nullable: true })
  signedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  signedById!: string | null;
}
