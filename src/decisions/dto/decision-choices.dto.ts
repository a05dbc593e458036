import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNumber, Max, Min, ValidateIf } from 'class-validator';
import { NestedDto, PrintableText, ValidateBoolean, ValidateDate, ValidateInt, ValidateText, ValidateUuid, ValidateVnd } from '@app/common/dto.decorators';
import { VersionDto } from '@app/registry/record.dto';
import { MEASURE_KINDS, type MeasureKind } from '@libs/legal/sanctions';

/**
 * Quyết định mức phạt cụ thể trong khung for one act (LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1 b, k7): the amount and/or the
 * months of the suspension, inside the band the act's frozen worksheet leaves, and why.
 */
export class OfficerChoiceDto extends VersionDto {
  @ValidateUuid({ description: 'The act: a violation of the draft' })
  violationId!: string;

  @ValidateVnd({ nullable: true, description: 'Mức tiền phạt, whole VND inside the band (`acts[].bands.amount`)' })
  amountVnd?: number | null;

  @ValidateIf((_o, v) => v !== null && v !== undefined)
  // Whole or half months: libs/legal refuses anything else with the band (NĐ 118/2021 Đ9 k7 medians are halves).
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(120)
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0.5, maximum: 120, multipleOf: 0.5, description: 'Thời hạn tước quyền sử dụng giấy phép / đình chỉ hoạt động, whole or half months inside the band (`acts[].bands.months`)' })
  suspensionMonths?: number | null;

  @PrintableText()
  @ValidateText({ max: 2000, example: 'Tổ chức đã chủ động gỡ bỏ phần lớn tin, bài vi phạm trước khi lập biên bản', description: 'Lý do: why this figure (required)' })
  reason!: string;
}

/** The licence, certificate or press card a line concerns, as printed: "<label> số <number>". */
export class LicenceRefDto {
  @PrintableText()
  @ValidateText({ max: 64, example: '12/GP-TTĐT' })
  number!: string;

  @PrintableText()
  @ValidateText({ max: 300, example: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp' })
  label!: string;
}

/** Drop, restore or change one line of the decision's structured list; every change needs its reason. */
export class MeasureEditDto extends VersionDto {
  @ValidateText({ max: 200, example: '3f0c…:licence-suspension:0', description: 'The line (`measures[].key`)' })
  key!: string;

  @ValidateBoolean({ description: 'true drops the line (it is printed and counted nowhere); false keeps or restores it' })
  dropped!: boolean;

  @PrintableText()
  @ValidateText({ optional: true, max: 2000, description: 'The wording the decision prints (default: from the clause)' })
  description?: string;

  @NestedDto(() => LicenceRefDto, { nullable: true, description: 'The licence a suspension concerns' })
  licence?: LicenceRefDto | null;

  @ValidateInt({ nullable: true, min: 1, max: 365, description: 'Remedial measures: days from receiving the decision' })
  deadlineDays?: number | null;

  @ValidateDate({ nullable: true, description: 'Remedial measures: last day to carry it out' })
  deadlineDate?: string | null;

  @PrintableText()
  @ValidateText({ max: 2000, description: 'Lý do: why the line is dropped or changed (required)' })
  reason!: string;
}

/** A line the officer adds for an act: only of a kind the act's clause provides (NĐ 118/2021 Đ8 k2). */
export class MeasureAddDto extends VersionDto {
  @ValidateUuid({ description: 'The act (a violation of the draft) it is imposed for' })
  violationId!: string;

  @IsIn(MEASURE_KINDS)
  @ApiProperty({ enum: MEASURE_KINDS, enumName: 'MeasureKind' })
  kind!: MeasureKind;

  @PrintableText()
  @ValidateText({ max: 2000, example: 'Buộc gỡ bỏ 12 tin, bài trên chuyên trang' })
  description!: string;

  @NestedDto(() => LicenceRefDto, { nullable: true })
  licence?: LicenceRefDto | null;

  @ValidateInt({ nullable: true, min: 1, max: 365 })
  deadlineDays?: number | null;

  @ValidateDate({ nullable: true })
  deadlineDate?: string | null;

  @PrintableText()
  @ValidateText({ max: 2000, description: 'Lý do (required)' })
  reason!: string;
}

/** An amount band in whole đồng (named apart from the worksheet's VndRangeDto: OpenAPI schemas are keyed by class name). */
export class BandVndRangeDto {
  @ApiProperty({ type: 'integer' }) minVnd!: number;
  @ApiProperty({ type: 'integer' }) maxVnd!: number;
}

export class MonthsRangeDto {
  @ApiProperty() minMonths!: number;
  @ApiProperty() maxMonths!: number;
}

/** What the act's frozen worksheet leaves to the officer. */
export class ChoiceBandsDto {
  @ApiProperty({ type: BandVndRangeDto, nullable: true, description: 'The amount band (null: the law fixes the amount)' }) amount!: BandVndRangeDto | null;
  @ApiProperty({ type: MonthsRangeDto, nullable: true, description: 'The months band (null: no suspension waits for a choice)' }) months!: MonthsRangeDto | null;
  @ApiProperty({ example: 'LXLVPHC Đ23 k4 (01 tình tiết giảm nhẹ: …); NĐ 118/2021 Đ9 k1 b' }) citation!: string;
}

/** The officer's recorded choice for an act. */
export class ActChoiceDto {
  @ApiProperty({ type: 'integer', nullable: true }) amountVnd!: number | null;
  @ApiProperty({ type: Number, nullable: true }) suspensionMonths!: number | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, format: 'date-time' }) chosenAt!: string;
  @ApiProperty({ description: 'The worksheet was recomputed after the choice: it no longer counts; choose again' }) stale!: boolean;
}

/** One line of what the decision imposes beyond the fine (hình thức xử phạt bổ sung, biện pháp khắc phục hậu quả). */
export class MeasureLineDto {
  @ApiProperty({ description: 'Address of the line for PUT /decisions/{id}/measures/{key}' }) key!: string;
  @ApiProperty({ format: 'uuid' }) violationId!: string;
  @ApiProperty({ enum: MEASURE_KINDS, enumName: 'MeasureKind' }) kind!: MeasureKind;
  @ApiProperty({ description: 'What the clause provides, as the catalogue words it' }) provided!: string;
  @ApiProperty({ description: 'The provision that provides it' }) providedBy!: string;
  @ApiProperty({ description: 'What the decision prints' }) description!: string;
  @ApiProperty({ type: LicenceRefDto, nullable: true }) licence!: LicenceRefDto | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Suspensions: months (null while the officer has not chosen)' }) months!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Suspensions: the bracket maximum (NĐ 118/2021 Đ9 k2 a)' }) maxMonths!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) deadlineDays!: number | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deadlineDate!: string | null;
  @ApiProperty({ description: 'Dropped by the officer: printed and counted nowhere' }) dropped!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was dropped, changed or added' }) reason!: string | null;
  @ApiProperty({ enum: ['worksheet', 'officer'] }) origin!: 'worksheet' | 'officer';
}
