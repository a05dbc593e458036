import { Column, Entity, Index } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { bigintNumber } from '@app/database/transformers';

/** Which official document a row renders. */
export enum DocumentKind {
  /** Quyết định xử phạt vi phạm hành chính (MQĐ02) and its amend/correct/annul forms (MQĐ38–40). */
  SanctionDecision = 'sanction_decision',
  /** Biên bản vi phạm hành chính (MBB01). */
  ViolationRecord = 'violation_record',
  /** Báo cáo số liệu năm: the printable annual summary (reports). */
  AnnualReport = 'annual_report',
  /** Quyết định hoãn thi hành quyết định phạt tiền (MQĐ03). */
  PostponementDecision = 'postponement_decision',
  /** Quyết định nộp tiền phạt nhiều lần (MQĐ05). */
  InstalmentDecision = 'instalment_decision',
  /** Quyết định cưỡng chế thi hành quyết định xử phạt (MQĐ07–09, MQĐ11). */
  EnforcementDecision = 'enforcement_decision',
}

export enum DocumentStatus {
  Pending = 'pending',
  Ready = 'ready',
  Failed = 'failed',
}

/**
 * One rendered document per (kind, subject, revision), enforced by a unique index: however often the
 * job runs, there is one document. `input` is the frozen snapshot the PDF is rendered from, written in
 * the same transaction as the decision or record it belongs to, so rendering needs nothing else.
 */
@Entity('documents')
@Index('uq_documents_subject_revision', ['kind', 'subjectId', 'revision'], { unique: true })
@Index('ix_documents_pending', ['status', 'requestedAt'])
export class DocumentRecord extends DepartmentRecord {
  @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  kind!: DocumentKind;

  /** The decision or violation record this document renders. */
  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'int' })
  revision!: number;

  @Column({ type: 'enum', enum: DocumentStatus, enumName: 'document_status', default: DocumentStatus.Pending })
  status!: DocumentStatus;

  @Column({ type: 'jsonb' })
  input!: Record<string, unknown>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  requestedAt!: Date;

  @Column({ type: 'int', default: 0 })
  renderAttempts!: number;

  @Column({ type: 'text', nullable: true })
  blobKey!: string | null;

  /** SHA-256 of the PDF bytes, printed nowhere but returned by the public verification. */
  @Column({ type: 'char', length: 64, nullable: true })
  sha256!: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  size!: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  renderedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;
}
