import { Column, Entity, Index } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';
import { bigintNumber } from '@app/database/transformers';
import { ExecutionFilePurpose } from '@app/execution/execution.enums';

/** A proof kept on the execution file (delivery proof, refusal record, receipt…): bytes in BlobStorage, SHA-256 here. */
@Entity('execution_files')
@Index('ix_execution_files_decision', ['decisionId'])
export class ExecutionFile extends DepartmentRecord {
  @Column({ type: 'uuid' })
  decisionId!: string;

  @Column({ type: 'enum', enum: ExecutionFilePurpose, enumName: 'execution_file_purpose' })
  purpose!: ExecutionFilePurpose;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'varchar', length: 255 })
  contentType!: string;

  @Column({ type: 'bigint', transformer: bigintNumber })
  size!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'text' })
  storageKey!: string;

  @Column({ type: 'uuid' })
  uploadedById!: string;
}
