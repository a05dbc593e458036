import { Check, Column, CreateDateColumn, Entity, Generated, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CatalogueRow } from '@libs/legal';
import { User } from '@app/auth/user.entity';
import { STORED_CHANGE_KINDS, type OfficialText, type StoredChangeKind } from '@app/legal/catalogue-replay';

/** pg returns bigint as text; sequence numbers stay far below 2^53. */
const bigintSeq = {
  to: (value: number | undefined) => value,
  from: (value: string | null): number | null => (value === null ? null : Number(value)),
};

/**
 * Lịch sử thay đổi danh mục hành vi vi phạm: one append-only row per change to the fine catalogue. A legal officer or
 * admin proposes (adds a version, verifies, completes a draft row); since catalogue revision 2 a second legal officer
 * approves or rejects, as another row naming the proposal. The effective catalogue is the shipped data with the
 * approved changes replayed in approval order. The database refuses UPDATE, DELETE and TRUNCATE on this table.
 */
@Entity('catalogue_changes')
@Index('ix_catalogue_changes_code', ['code', 'seq'])
// One decision per proposal: two officers approving at once cannot both succeed.
@Index('uq_catalogue_changes_decision', ['proposalId'], { unique: true, where: `proposal_id IS NOT NULL` })
// An added version carries its row; a verification its source; a completion its row and official text; a decision
// names its proposal.
@Check(
  'ck_catalogue_changes_payload',
  `(kind = 'add-version' AND "row" IS NOT NULL AND proposal_id IS NULL) OR (kind = 'verify' AND "row" IS NULL AND source IS NOT NULL AND proposal_id IS NULL) OR (kind = 'complete' AND "row" IS NOT NULL AND official_text IS NOT NULL AND proposal_id IS NULL) OR (kind IN ('approve', 'reject') AND "row" IS NULL AND proposal_id IS NOT NULL)`,
)
export class CatalogueChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Application order; writers are serialised (advisory lock) so seq order is commit order. */
  @Index('uq_catalogue_changes_seq', { unique: true })
  @Column({ type: 'bigint', transformer: bigintSeq })
  @Generated('increment')
  seq!: number;

  @Column({ type: 'enum', enum: STORED_CHANGE_KINDS, enumName: 'catalogue_change_kind' })
  kind!: StoredChangeKind;

  /** Catalogue code, e.g. `119/2020:Đ8.k4.e` (of the proposal, for a decision). */
  @Column({ type: 'varchar', length: 100 })
  code!: string;

  /** Which version of the code: its first day in force. */
  @Column({ type: 'date' })
  effectiveFrom!: string;

  /** The full validated row, for `add-version` and `complete`. */
  @Column({ type: 'jsonb', nullable: true })
  row!: CatalogueRow | null;

  /** `add-version` only: the open-ended earlier version ends the day before this one starts. */
  @Column({ type: 'boolean', default: false })
  endsPreviousVersion!: boolean;

  /** `verify`, `complete`: the official text checked (URL or citation); `add-version`: the amending instrument. */
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

  /** The shipped catalogue revision the change was made against (1: before review; see SHIPPED_REVISION). */
  @Column({ type: 'int' })
  catalogueRevision!: number;

  /** `approve` / `reject`: the proposal decided. */
  @Column({ type: 'uuid', nullable: true })
  proposalId!: string | null;

  @ManyToOne(() => CatalogueChange, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: CatalogueChange;

  /** A proposal: how many changes had shaped the version when it was proposed (stale at approval → 409). */
  @Column({ type: 'int', nullable: true })
  baseRevision!: number | null;

  /** `verify`, `complete`: the official text cited (instrument, gazette number or URL, page). */
  @Column({ type: 'jsonb', nullable: true })
  officialText!: OfficialText | null;
}
