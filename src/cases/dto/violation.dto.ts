import { ApiProperty, IntersectionType, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { NestedDto, PrintableText, ValidateBoolean, ValidateDate, ValidateText } from '@app/common/dto.decorators';
import { RecordMetaDto, VersionDto } from '@app/registry/record.dto';
import { AGGRAVATING_CODES, MITIGATING_CODES } from '@libs/legal';

const OFFENDER_TYPES = ['organisation', 'individual'] as const;

export class MitigatingDto {
  @IsIn(MITIGATING_CODES)
  @ApiProperty({ enum: MITIGATING_CODES, description: 'Tình tiết giảm nhẹ (LXLVPHC Đ9)' })
  code!: string;

  @PrintableText()
  @ValidateText({ max: 2000, description: 'The facts behind the circumstance' })
  facts!: string;
}

export class AggravatingDto {
  @IsIn(AGGRAVATING_CODES)
  @ApiProperty({ enum: AGGRAVATING_CODES, description: 'Tình tiết tăng nặng (LXLVPHC Đ10 k1)' })
  code!: string;

  @PrintableText()
  @ValidateText({ max: 2000, description: 'The facts behind the circumstance' })
  facts!: string;
}

export class ViolationCreateDto {
  @ValidateText({ max: 96, description: 'Catalogue code (danh mục hành vi)', example: '119/2020:Đ20.k1.e' })
  code!: string;

  @IsOptional()
  @IsIn(OFFENDER_TYPES)
  @ApiProperty({ enum: OFFENDER_TYPES, required: false, description: 'Tổ chức or cá nhân (default: from the case subject)' })
  offenderType?: 'organisation' | 'individual';

  @ValidateDate({ optional: true, description: 'Ngày thực hiện hành vi' })
  committedOn?: string;

  @ValidateDate({ nullable: true, description: 'Ngày chấm dứt hành vi; empty when ongoing at detection' })
  endedOn?: string | null;

  @ValidateBoolean({ description: 'Hành vi đang thực hiện khi bị phát hiện (NĐ 118/2021 Đ8 k1 b)' })
  ongoingAtDetection!: boolean;

  @ValidateDate({ description: 'Ngày phát hiện' })
  detectedOn!: string;

  @PrintableText()
  @ValidateText({ max: 20000, description: 'Nội dung vi phạm as written in the record' })
  facts!: string;

  @NestedDto(() => MitigatingDto, { each: true, optional: true })
  mitigating?: MitigatingDto[];

  @NestedDto(() => AggravatingDto, { each: true, optional: true })
  aggravating?: AggravatingDto[];
}

export class ViolationUpdateDto extends IntersectionType(PartialType(ViolationCreateDto), VersionDto) {}

/** A circumstance as the violation records it (the catalogue's CircumstanceDto is the circumstance's definition). */
export class ViolationCircumstanceDto {
  @ApiProperty() code!: string;
  @ApiProperty() facts!: string;
}

export class ViolationDto extends RecordMetaDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: OFFENDER_TYPES }) offenderType!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) committedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endedOn!: string | null;
  @ApiProperty() ongoingAtDetection!: boolean;
  @ApiProperty({ type: String, format: 'date' }) detectedOn!: string;
  @ApiProperty() facts!: string;
  @ApiProperty({ type: [ViolationCircumstanceDto] }) mitigating!: ViolationCircumstanceDto[];
  @ApiProperty({ type: [ViolationCircumstanceDto] }) aggravating!: ViolationCircumstanceDto[];
  @ApiProperty({ description: 'Mô tả hành vi (catalogue)' }) descriptionVi!: string;
  @ApiProperty({ description: '"Quy định tại …" wording' }) legalBasis!: string;
  @ApiProperty({ description: 'Quyền giải trình applies (LXLVPHC Đ61 k1)' }) explanationRight!: boolean;
  @ApiProperty({ type: String, format: 'date', description: 'Last day a decision may be issued (LXLVPHC Đ6)' }) limitationLastDay!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Suggested fine in VND from the worksheet' }) suggestedFineVnd!: number | null;
  @ApiProperty({ type: String, format: 'date-time' }) worksheetComputedAt!: string;
  @ApiProperty({ type: Object, description: 'The frozen libs/legal worksheet (steps, citations, flags)' }) worksheet!: object;
}
