import { ApiProperty } from '@nestjs/swagger';
import { NestedDto, ValidateText } from '@app/common/dto.decorators';
import { DocumentKind, DocumentStatus } from '@app/documents/document.entity';
import { SubjectIdentityDto } from '@app/cases/dto/subject-identity.dto';
import { DecisionKind, DecisionStanding } from '@app/decisions/decisions.enums';

/** Trạng thái văn bản: pending until the worker renders it, then ready (with its SHA-256) or failed (with why). */
export class DocumentStatusDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DocumentKind, enumName: 'DocumentKind' }) kind!: DocumentKind;
  @ApiProperty() revision!: number;
  @ApiProperty({ enum: DocumentStatus, enumName: 'DocumentStatus' }) status!: DocumentStatus;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the PDF bytes (hex)' }) sha256!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Bytes' }) size!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why rendering failed' }) error!: string | null;
  @ApiProperty() renderAttempts!: number;
  @ApiProperty({ type: String, format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) renderedAt!: string | null;
}

/** Asking for a failed document to be rendered again (same frozen input, same revision). */
export class DocumentRerenderDto {
  @ValidateText({ optional: true, max: 2000, description: 'Why, for the audit trail' })
  note?: string;
}

/** In bản biên bản: the subject identity the record's PDF prints, when it was not complete at signing. */
export class RecordDocumentRequestDto {
  @NestedDto(() => SubjectIdentityDto, { optional: true, description: 'Completes what the registry knows of the subject' })
  subject?: SubjectIdentityDto;
}

/** A decision as the public verification names it: kind, number and date, nothing else. */
export class PublicDecisionRefDto {
  @ApiProperty({ enum: DecisionKind, enumName: 'DecisionKind' }) kind!: DecisionKind;
  @ApiProperty({ example: '07/QĐ-XPHC' }) number!: string;
  @ApiProperty({ type: String, format: 'date', description: 'Ngày ban hành' }) issuedOn!: string;
}

/**
 * Tra cứu văn bản: what anyone holding a printed decision may check, and nothing else. A genuine number is not
 * enough: `standing` says whether the decision still stands or was annulled, amended or corrected, and by which.
 */
export class PublicVerificationDto {
  @ApiProperty({ enum: DecisionKind, enumName: 'DecisionKind', description: 'sanction (MQĐ02), or a decision that amends, corrects or annuls one (MQĐ38–40)' })
  kind!: DecisionKind;
  @ApiProperty({
    enum: DecisionStanding,
    enumName: 'DecisionStanding',
    description: 'Tình trạng hiệu lực: in_force; amended or corrected (read with changedBy); annulled (hủy bỏ: the decision no longer has any effect)',
  })
  standing!: DecisionStanding;
  @ApiProperty({ type: PublicDecisionRefDto, nullable: true, description: 'The later decision that gave the standing; null while in force' })
  changedBy!: PublicDecisionRefDto | null;
  @ApiProperty({ type: PublicDecisionRefDto, nullable: true, description: 'For an amend, correct or annul decision: the sanction decision it refers to' })
  original!: PublicDecisionRefDto | null;
  @ApiProperty({ example: '05/QĐ-XPHC' }) number!: string;
  @ApiProperty({ type: String, format: 'date', description: 'Ngày ban hành' }) issuedOn!: string;
  @ApiProperty({ description: 'Cơ quan ban hành' }) issuingBody!: string;
  @ApiProperty({ description: 'Tên tổ chức / họ tên người bị xử phạt' }) subjectName!: string;
  @ApiProperty({ description: 'Tổng số tiền phạt, whole VND' }) totalFineVnd!: number;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the issued PDF; null until it is rendered' }) sha256!: string | null;
}
