import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Nhật ký thay đổi: one append-only row per create, update, transition, upload and download. The
 * database refuses UPDATE, DELETE and TRUNCATE on this table (trigger in the migration).
 */
@Entity('audit_events')
@Index('ix_audit_events_entity', ['entityType', 'entityId', 'occurredAt'])
@Index('ix_audit_events_department', ['departmentId', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  /** e.g. `create`, `update`, `transition:close`, `licence:suspend`, `evidence:download`. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 64 })
  entityType!: string;

  @Column({ type: 'uuid', nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId!: string | null;
}
