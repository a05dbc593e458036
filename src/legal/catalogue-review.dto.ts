import { ApiProperty } from '@nestjs/swagger';
import type { GapPart } from '@libs/legal';
import { OfficialTextDto } from '@app/legal/catalogue-change.dto';
import { GAP_PARTS, PersonDto } from '@app/legal/catalogue.dto';
import { STORED_CHANGE_KINDS, type OfficialText, type StoredChangeKind } from '@app/legal/catalogue-replay';

/** One version in the verification queue, with why it is there and what it lacks. */
export class ReviewItemDto {
  @ApiProperty({ enum: ['blocking', 'draft', 'unverified'], description: 'blocking: cited by an open case of the department' })
  reason!: 'blocking' | 'draft' | 'unverified';
  @ApiProperty({ enum: ['draft', 'unverified', 'replaced', 'unknown'], description: 'Why it cannot be cited' })
  problem!: 'draft' | 'unverified' | 'replaced' | 'unknown';
  @ApiProperty() code!: string;
  @ApiProperty({ type: String, format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveTo!: string | null;
  @ApiProperty({ enum: GAP_PARTS, isArray: true, description: 'What is missing: range, clause, point, text, source' })
  missing!: GapPart[];
  @ApiProperty({ description: 'What to do, naming the row' }) explanation!: string;
  @ApiProperty({ type: String, nullable: true }) descriptionVi!: string | null;
  @ApiProperty({ type: String, nullable: true }) citationShort!: string | null;
  @ApiProperty({ description: 'Send as expectedRevision when verifying or completing it' }) revision!: number;
  @ApiProperty({ description: "Violations of the department's open cases whose worksheet applies it" }) blockingViolations!: number;
  @ApiProperty({ description: "Open cases of the department that cite it" }) blockingCases!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'A proposal on it awaiting approval' }) pendingChangeId!: string | null;
  @ApiProperty({ type: [String], description: 'For a replaced version: what replaced it' }) replacedBy!: string[];
}

/** A proposal awaiting a second legal officer. */
export class PendingProposalDto {
  @ApiProperty({ format: 'uuid' }) changeId!: string;
  @ApiProperty({ enum: STORED_CHANGE_KINDS, enumName: 'CatalogueChangeKind' }) kind!: StoredChangeKind;
  @ApiProperty() code!: string;
  @ApiProperty({ type: String, format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: PersonDto }) proposedBy!: PersonDto;
  @ApiProperty({ type: String, format: 'date-time' }) proposedAt!: string;
  @ApiProperty({ description: 'Proposed by the caller (who may withdraw it but not approve it)' }) mine!: boolean;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty({ type: OfficialTextDto, nullable: true }) officialText!: OfficialText | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The row proposed (new version or completion)' })
  row!: Record<string, unknown> | null;
}

/** Hàng đợi xác minh: what blocks the department first, then draft rows, then unverified rows; and the proposals to approve. */
export class ReviewQueueDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [ReviewItemDto] }) items!: ReviewItemDto[];
  @ApiProperty({ type: [PendingProposalDto] }) pendingApprovals!: PendingProposalDto[];
}
