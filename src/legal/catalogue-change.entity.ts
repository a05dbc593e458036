import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CatalogueRow } from '@libs/legal';
import { CatalogueChangeKind } from '@app/legal/effective-catalogue';
import { User } from '@app/auth/user.entity';

/** pg returns bigint as text; sequence numbers stay far below 2^53. */
const bigintSeq = {
  to: (value: number | undefined) => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/**
 * Lịch sử thay đổi danh mục hành vi vi phạm: one append-only row per change a legal officer or admin makes to the
 * fine catalogue. The effective catalogue is the shipped data plus these rows applied in `seq` order. The database
 * refuses UPDATE, DELETE and TRUNCATE on this table (trigger in the migration).
 */
@Entity('catalogue_changes')
@Index('ix_catalogue_changes_code', ['code', 'seq'])
// An added version carries its row; a verification carries its source.
@Check(
  'ck_catalogue_changes_payload',
  `(kind = 'add-version' AND "row" IS NOT NULL) OR (kind = 'verify' AND "row" IS NULL AND source IS NOT NULL)`,
)
export class CatalogueChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Application order; writers are serialised (advisory lock) so seq order is commit order. */
  @Index('uq_catalogue_changes_seq', { unique: true })
  @Column({ type: 'bigint', transformer: bigintSeq })
  @Generated('increment')
  seq!: number;

  @Column({ type: 'enum', enum: CatalogueChangeKind, enumName: 'catalogue_change_kind' })
  kind!: CatalogueChangeKind;

  /** Catalogue code, e.g. `119/2020:Đ8.k4.e`. */
  @Column({ type: 'varchar', length: 100 })
  code!: string;

  /** Which version of the code: its first day in force. */
  @Column({ type: 'date' })
  effectiveFrom!: string;

  /** The full validated row, for `add-version` only. */
  @Column({ type: 'jsonb', nullable: true })
  row!: CatalogueRow | null;

  /** `add-version` only: the open-ended earlier version ends the day before this one starts. */
  @Column({ type: 'boolean', default: false })
  endsPreviousVersion!: boolean;

  /** `verify`: the official text checked (URL or citation); `add-version`: the amending instrument. */
  @Column({ type: 'text', nullable: true })
  source!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'uuid' })
  actorId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id' })
  actor?: User;

  /** The actor's department when the change was made (the catalogue itself is national, shared by all). */
  @Column({ type: 'uuid', nullable: true })
  departmentId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
