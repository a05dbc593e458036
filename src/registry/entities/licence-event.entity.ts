import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Licence } from '@app/registry/entities/licence.entity';
import { LicenceEventKind } from '@app/registry/registry.enums';

/** One entry in a licence's history: issued, amended, suspended, reinstated, revoked. Never deleted. */
@Entity('licence_events')
@Index('ix_licence_events_licence', ['licenceId', 'occurredAt'])
export class LicenceEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  licenceId!: string;

  @ManyToOne(() => Licence, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'licence_id' })
  licence?: Licence;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @Column({ type: 'enum', enum: LicenceEventKind, enumName: 'licence_event_kind' })
  kind!: LicenceEventKind;

  /** The date the change takes effect (e.g. the first day of a suspension). */
  @Column({ type: 'date' })
  effectiveOn!: string;

  @Column({ type: 'date', nullable: true })
  until!: string | null;

  @Column({ type: 'text', default: '' })
  reason!: string;

  /** The decision or document behind the change, e.g. a sanction decision number. */
  @Column({ type: 'text', default: '' })
  reference!: string;

  /** The sanction decision behind the change (the one imposing a suspension, or the one annulling it). */
  @Column({ type: 'uuid', nullable: true })
  decisionId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;
}
