import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { QueryInt, ValidateEnum, ValidateText, ValidateUuid } from '@app/common/dto.decorators';
import { pageDtoOf } from '@app/common/paging.dto';
import { DecisionKind, DecisionStanding, DecisionStatus, IssuingBodyCode, RefusalCode } from '@app/decisions/decisions.enums';
import { DecisionAdditionalSanctionDto, DecisionDraftDto, DecisionRemedialMeasureDto, PaymentDto, RecordRefDto, SignerDto } from '@app/decisions/dto/decision-content.dto';
import { ActChoiceDto, ChoiceBandsDto, LicenceRefDto, MeasureLineDto } from '@app/decisions/dto/decision-choices.dto';
import { DocumentStatusDto } from '@app/decisions/dto/document.dto';
import { SubjectIdentityDto } from '@app/cases/dto/subject-identity.dto';
import { RecordMetaDto, VersionDto } from '@app/registry/record.dto';

/** PATCH of a draft: the sections sent replace the draft's (the subject is completed field by field). */
export class DecisionUpdateDto extends IntersectionType(PartialType(DecisionDraftDto), VersionDto) {}

/** Ban hành: the version read; everything else is checked and frozen by the server. */
export class DecisionIssueDto extends VersionDto {}

const CORRECTION_KINDS = [DecisionKind.Amend, DecisionKind.Correct, DecisionKind.Annul] as const;

/** Sửa đổi, bổ sung (MQĐ38), đính chính (MQĐ39) or hủy bỏ (MQĐ40) an issued decision: a new draft linked to it. */
export class CorrectionCreateDto {
  @IsIn(CORRECTION_KINDS)
  @ApiProperty({ enum: CORRECTION_KINDS, description: 'amend (MQĐ38), correct (MQĐ39) or annul (MQĐ40)' })
  kind!: DecisionKind.Amend | DecisionKind.Correct | DecisionKind.Annul;

  @ValidateText({ max: 2000, description: 'Why the decision is amended, corrected or annulled' })
  reason!: string;
}

export class DecisionQueryDto {
  @ValidateUuid({ optional: true })
  caseId?: string;

  @QueryInt({ min: 2000, max: 2100, description: 'Year of issue' })
  year?: number;

  @ValidateEnum(DecisionStatus, 'DecisionStatus', { optional: true })
  status?: DecisionStatus;

  @ValidateEnum(DecisionKind, 'DecisionKind', { optional: true })
  kind?: DecisionKind;

  @ValidateUuid({ optional: true, description: 'Ministry viewer only: one department' })
  departmentId?: string;

  @QueryInt({ min: 1, max: 100000, description: 'Page number, from 1' })
  page?: number;

  @QueryInt({ min: 1, max: 100, description: 'Rows per page (at most 100)' })
  pageSize?: number;
}

export class IssuingBodyViewDto {
  @ApiProperty({ enum: IssuingBodyCode, enumName: 'IssuingBodyCode' }) code!: IssuingBodyCode;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) parentBody!: string | null;
  @ApiProperty() placeName!: string;
}

/** One act as the decision states it (from the frozen worksheet: live while a draft, frozen once issued). */
export class ActLineDto {
  @ApiProperty({ format: 'uuid' }) violationId!: string;
  @ApiProperty({ example: '119/2020:Đ8.k4.e' }) code!: string;
  @ApiProperty() description!: string;
  @ApiProperty() facts!: string;
  @ApiProperty({ description: '"Quy định tại" wording' }) legalBasis!: string;
  @ApiProperty({ type: [String] }) aggravating!: string[];
  @ApiProperty({ type: [String] }) mitigating!: string[];
  @ApiProperty({ type: String, enum: ['fine', 'warning'], nullable: true, description: 'Null while the worksheet cannot give one' }) mainSanction!: 'fine' | 'warning' | null;
  @ApiProperty({ type: Number, nullable: true }) amountVnd!: number | null;
  @ApiProperty({ description: 'Worksheet status: complete, needs-officer-choice, incomplete' }) status!: string;
  @ApiProperty({ type: ChoiceBandsDto, nullable: true, description: 'What the frozen worksheet leaves to the officer (LXLVPHC Đ23 k4); null when the law fixes every figure' })
  bands!: ChoiceBandsDto | null;
  @ApiProperty({ type: ActChoiceDto, nullable: true, description: 'The officer\'s recorded choice for this act' }) choice!: ActChoiceDto | null;
}

/** A later decision that amends, corrects or annuls this one. */
export class CorrectionRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DecisionKind, enumName: 'DecisionKind' }) kind!: DecisionKind;
  @ApiProperty({ enum: DecisionStatus, enumName: 'DecisionStatus' }) status!: DecisionStatus;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) issuedOn!: string | null;
}

export class DecisionDto extends RecordMetaDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: DecisionKind, enumName: 'DecisionKind', description: 'sanction (MQĐ02), amend (MQĐ38), correct (MQĐ39), annul (MQĐ40)' }) kind!: DecisionKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) originalDecisionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) correctionReason!: string | null;
  @ApiProperty({ enum: DecisionStatus, enumName: 'DecisionStatus' }) status!: DecisionStatus;
  @ApiProperty({ type: SignerDto }) signer!: SignerDto;
  @ApiProperty({ type: IssuingBodyViewDto }) issuingBody!: IssuingBodyViewDto;
  @ApiProperty({ type: [String] }) extraLegalBases!: string[];
  @ApiProperty({ type: [String], format: 'uuid' }) violationIds!: string[];
  @ApiProperty({ type: SubjectIdentityDto }) subject!: SubjectIdentityDto;
  @ApiProperty({ type: [ActLineDto] }) acts!: ActLineDto[];
  @ApiProperty({ type: [MeasureLineDto], description: 'What the decision imposes beyond the fines, line by line: pre-filled from the acts\' clauses, dropped or changed only with a reason' })
  measures!: MeasureLineDto[];
  @ApiProperty({ type: [DecisionAdditionalSanctionDto], description: 'The free-text additional sanctions the draft was sent (refused at issue)' }) additionalSanctions!: DecisionAdditionalSanctionDto[];
  @ApiProperty({ type: [DecisionRemedialMeasureDto], description: 'The wording and deadline given to the remedial lines, in order' }) remedialMeasures!: DecisionRemedialMeasureDto[];
  @ApiProperty({ type: LicenceRefDto, nullable: true, description: 'The licence a suspension concerns, from the registry when the draft was made' }) licence!: LicenceRefDto | null;
  @ApiProperty({ type: RecordRefDto, nullable: true }) hearingRecord!: RecordRefDto | null;
  @ApiProperty({ type: [RecordRefDto] }) verificationRecords!: RecordRefDto[];
  @ApiProperty({ type: PaymentDto, nullable: true }) payment!: PaymentDto | null;
  @ApiProperty({ type: String, nullable: true }) collectingBody!: string | null;
  @ApiProperty({ type: String, nullable: true }) executingBody!: string | null;
  @ApiProperty({ type: [String] }) cooperatingBodies!: string[];
  @ApiProperty({ type: [String], description: 'Nơi nhận' }) recipients!: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '05/QĐ-XPHC', description: 'Số và ký hiệu, given at issue' }) number!: string | null;
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty({ type: Number, nullable: true }) sequence!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) issuedOn!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) issuedAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) issuedById!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Tổng số tiền phạt, whole VND (a draft shows what it would be)' }) totalFineVnd!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Mã tra cứu printed with the QR code' }) verificationCode!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The public verification URL the QR code holds' }) verificationUrl!: string | null;
  @ApiPropertyOptional({ enum: DecisionStanding, enumName: 'DecisionStanding', nullable: true, description: 'For an issued decision: in force, or amended, corrected, annulled by a later issued one' })
  standing!: DecisionStanding | null;
  @ApiProperty({ type: [CorrectionRefDto], description: 'Later decisions that amend, correct or annul this one' }) corrections!: CorrectionRefDto[];
  @ApiProperty({ type: DocumentStatusDto, nullable: true, description: 'The PDF, once issued' }) document!: DocumentStatusDto | null;
}

export const DecisionPageDto = pageDtoOf(DecisionDto);

/** One reason in a 422 refusal's `details.reasons`. */
export class RefusalReasonDto {
  @ApiProperty({ enum: RefusalCode, enumName: 'RefusalCode' }) code!: RefusalCode;
  @ApiPropertyOptional({ description: 'Index of the act in the draft' }) act?: number;
  @ApiProperty() message!: string;
}

/** What issuing the draft now would say: the same checks as "issue", run without issuing (nothing is written). */
export class IssueCheckDto {
  @ApiProperty({ description: 'The draft version that was checked' }) version!: number;
  @ApiProperty({ description: 'When the check ran (ISO 8601)' }) checkedAt!: string;
  @ApiProperty({ type: [RefusalReasonDto], description: 'Every reason issuing would be refused today; empty when it can be issued' }) reasons!: RefusalReasonDto[];
}
