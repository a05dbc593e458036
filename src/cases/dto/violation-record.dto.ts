import { ApiProperty, IntersectionType, PartialType } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { NestedDto, PrintableText, ValidateDate, ValidateEnum, ValidateInt, ValidateText, ValidateUuid } from '@app/common/dto.decorators';
import { ExplanationMode, ViolationRecordStatus, WitnessKind } from '@app/cases/cases.enums';
import { TransitionDto } from '@app/cases/dto/transition.dto';
import { SubjectIdentityDto } from '@app/cases/dto/subject-identity.dto';
import { RecordMetaDto, VersionDto } from '@app/registry/record.dto';

export class WitnessDto {
  @ValidateEnum(WitnessKind, 'WitnessKind', { description: 'A private person or a commune People\'s Committee representative' })
  kind!: WitnessKind;

  @PrintableText()
  @ValidateText({ max: 200 })
  fullName!: string;

  @PrintableText()
  @ValidateText({ max: 300, description: 'Nghề nghiệp (person) or chức vụ (local authority)' })
  occupationOrTitle!: string;

  @PrintableText()
  @ValidateText({ max: 500, description: 'Địa chỉ (person) or cơ quan (local authority)' })
  addressOrAgency!: string;
}

/** Lập biên bản vi phạm hành chính (MBB01): the draft's particulars; the acts come from the case's violations. */
export class ViolationRecordCreateDto {
  @ValidateDate({ description: 'Ngày lập biên bản: not before any detection, not in the future' })
  drawnOn!: string;

  @ValidateText({ max: 5, description: 'Giờ lập, HH:mm', example: '09:30' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'drawnAt must be a time HH:mm' })
  drawnAt!: string;

  @PrintableText()
  @ValidateText({ max: 500, description: 'Nơi lập biên bản' })
  place!: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 1000, description: 'Lý do lập tại trụ sở (not where the act happened)' })
  placeReason?: string;

  @ValidateUuid({ optional: true, description: 'Người lập biên bản: an inspector of the department (default: you)' })
  officerId?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Chức vụ of the officer' })
  officerTitle?: string;

  @NestedDto(() => WitnessDto, { each: true, optional: true })
  witnesses?: WitnessDto[];

  @PrintableText()
  @ValidateText({ optional: true, max: 20000, description: 'Ý kiến trình bày của đối tượng vi phạm' })
  subjectStatement?: string;

  @ValidateEnum(ExplanationMode, 'ExplanationMode', { optional: true, description: 'Written explanation (5 working days) or a hearing request (2)' })
  explanationMode?: ExplanationMode;

  @PrintableText()
  @ValidateText({ optional: true, max: 2000, description: 'Lý do không ký biên bản' })
  refusalReason?: string;

  @ValidateInt({ optional: true, min: 2, max: 20, description: 'Số bản (at least 2: one for the offender)' })
  copies?: number;
}

export class ViolationRecordUpdateDto extends IntersectionType(PartialType(ViolationRecordCreateDto), VersionDto) {}

/** Signing; the subject's identity completes the registry's so the record's PDF (MBB01) can be printed. */
export class ViolationRecordSignDto extends TransitionDto {
  @NestedDto(() => SubjectIdentityDto, { optional: true, description: 'Nhân thân of the subject as the record states it (e.g. the representative\'s gender); without a complete identity no PDF is made yet' })
  subject?: SubjectIdentityDto;
}

export class RecordWitnessDto extends WitnessDto {}

export class RecordActDto {
  @ApiProperty({ format: 'uuid' }) violationId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() descriptionVi!: string;
  @ApiProperty() facts!: string;
  @ApiProperty() legalBasis!: string;
  @ApiProperty() offenderType!: string;
  @ApiProperty({ type: String, format: 'date' }) detectedOn!: string;
}

export class ViolationRecordDto extends RecordMetaDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: ViolationRecordStatus, enumName: 'ViolationRecordStatus' }) status!: ViolationRecordStatus;
  @ApiProperty({ type: String, nullable: true, example: '12/BB-VPHC' }) number!: string | null;
  @ApiProperty({ type: String, format: 'date' }) drawnOn!: string;
  @ApiProperty() drawnAt!: string;
  @ApiProperty() place!: string;
  @ApiProperty() placeReason!: string;
  @ApiProperty({ format: 'uuid' }) officerId!: string;
  @ApiProperty() officerName!: string;
  @ApiProperty() officerTitle!: string;
  @ApiProperty({ type: [RecordWitnessDto] }) witnesses!: RecordWitnessDto[];
  @ApiProperty() subjectStatement!: string;
  @ApiProperty({ enum: ExplanationMode, enumName: 'ExplanationMode' }) explanationMode!: ExplanationMode;
  @ApiProperty({ type: Boolean, description: 'Quyền giải trình (LXLVPHC Đ61 k1): from the violations; frozen at signing' }) explanationRight!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Last day to explain, set at signing' }) explanationLastDay!: string | null;
  @ApiProperty({ type: [RecordActDto], description: 'The acts with their legal bases (live while a draft, frozen once signed)' }) acts!: RecordActDto[];
  @ApiProperty() refusalReason!: string;
  @ApiProperty() copies!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) signedById!: string | null;
}
