import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One e-mail digest of a user's due and overdue items: at most one per user and day (the unique index says so). */
@Entity('reminder_digests')
@Index('uq_reminder_digests_user_day', ['userId', 'day'], { unique: true })
export class ReminderDigest {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  /** The day in Vietnam the digest is for. */
  @Column({ type: 'date' })
  day!: string;

  @Column({ type: 'int' })
  itemCount!: number;

  /** Null while the send is claimed but not yet accepted by the SMTP server. */
  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}

/** Where a user wants the daily digest sent (users carry no e-mail address of their own). */
@Entity('reminder_addresses')
export class ReminderAddress {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_reminder_addresses_user', { unique: true })
  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
