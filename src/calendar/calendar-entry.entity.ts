import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { HolidayKind } from '@libs/vn';

/**
 * Lịch nghỉ lễ, tết, nghỉ bù, hoán đổi và làm bù: national, one row per day. Seeded from libs/vn's shipped data
 * by the migration; department admins add and remove entries as the government announces them.
 */
@Entity('calendar_entries')
@Index('uq_calendar_entries_date', ['date'], { unique: true })
@Check('ck_calendar_entries_kind', `"kind" IN ('public-holiday', 'substitute-day-off', 'bridging-day-off', 'make-up-working-day')`)
export class CalendarEntryRecord {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'date' })
  date!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: HolidayKind;

  @Column({ type: 'text' })
  nameVi!: string;

  @Column({ type: 'text', default: '' })
  nameEn!: string;

  /** The legal basis or announcement; every entry cites one. */
  @Column({ type: 'text' })
  source!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
