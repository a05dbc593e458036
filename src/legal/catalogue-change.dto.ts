import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AGGRAVATING_CODES } from '@libs/legal';
import type { AggravatingCode, Field, MainSanction } from '@libs/legal';
import {
  HasNoNulCharacter,
  NestedDto,
  ValidateBoolean,
  ValidateDate,
  ValidateEnum,
  ValidateInt,
  ValidateText,
  ValidateTextList,
} from '@app/common/dto.decorators';
import { CatalogueChangeKind } from '@app/legal/effective-catalogue';
import { AdditionalSanctionDto, FieldEnum, FineRangeDto, MainSanctionEnum, RemedialMeasureDto } from '@app/legal/catalogue.dto';

/** Must be sent, but may be null: the officer states it rather than inheriting it by accident. */
const requiredOrNull = (message: string) => [ValidateIf((_o, v) => v !== null) as PropertyDecorator, IsDefined({ message })];

/** Thêm phiên bản của một dòng danh mục: omitted optional fields come from the code's latest version. */
export class AddVersionDto {
  @ValidateText({
    max: 100,
    description: 'Catalogue code; a new code needs instrument, article, clause, point, field, descriptions and mainSanction',
    example: '119/2020:Đ8.k4.e',
  })
  code!: string;

  @ValidateDate({ description: 'Ngày có hiệu lực of this version' })
  effectiveFrom!: string;

  @ValidateDate({ nullable: true, description: 'Last day in force; omit or null while still in force' })
  effectiveTo?: string | null;

  @applyDecorators(
    ...requiredOrNull('amendedBy is required: the amending provision, or null for the text as first issued'),
    IsString(),
    HasNoNulCharacter(),
    MaxLength(300),
    ApiProperty({
      type: String,
      nullable: true,
      maxLength: 300,
      description: 'Văn bản sửa đổi, bổ sung, e.g. "14/2022/NĐ-CP Đ2 k10 điểm c"; null for the original text',
    }),
  )
  amendedBy!: string | null;

  @applyDecorators(
    ...requiredOrNull('fine is required: the range of this version, or null for warning-only rows or an unknown range'),
    // ValidateNested alone lets an array through where one object is expected.
    IsObject(),
    ValidateNested(),
    Type(() => FineRangeDto),
    ApiProperty({ type: FineRangeDto, nullable: true, description: 'Khung tiền phạt of this version' }),
  )
  fine!: FineRangeDto | null;

  @ValidateText({ max: 1000, description: 'Nguồn: where this version is published (every row is cited)' })
  @Matches(/^https?:\/\/\S+$/, { message: 'sourceUrl must be an http(s) URL (every row must be cited)' })
  sourceUrl!: string;

  @ValidateText({ optional: true, max: 2000, description: 'What is not yet verified (default: added, not verified)' })
  verificationNote?: string;

  @ValidateText({ optional: true, max: 2000, description: 'Why the version is added (kept in the history)' })
  note?: string;

  @ValidateBoolean({ optional: true, description: 'End the open-ended earlier version the day before this one starts' })
  endPreviousVersion?: boolean;

  @ValidateText({ optional: true, max: 40, example: '119/2020/NĐ-CP' })
  instrument?: string;

  @ValidateInt({ optional: true, min: 1, max: 1000, description: 'Điều' })
  article?: number;

  @ValidateInt({ nullable: true, min: 1, max: 1000, description: 'Khoản' })
  clause?: number | null;

  @ValidateText({ nullable: true, max: 2, description: 'Điểm' })
  point?: string | null;

  @ValidateEnum(FieldEnum, 'LegalField', { optional: true, description: 'Lĩnh vực' })
  field?: Field;

  @ValidateText({ optional: true, max: 2000 })
  descriptionVi?: string;

  @ValidateText({ optional: true, max: 2000 })
  descriptionEn?: string;

  @ValidateEnum(MainSanctionEnum, 'MainSanction', { optional: true, description: 'Hình thức xử phạt chính' })
  mainSanction?: MainSanction;

  @NestedDto(() => AdditionalSanctionDto, {
    optional: true,
    each: true,
    description: 'Hình thức xử phạt bổ sung (replaces the inherited list)',
  })
  additionalSanctions?: AdditionalSanctionDto[];

  @NestedDto(() => RemedialMeasureDto, {
    optional: true,
    each: true,
    description: 'Biện pháp khắc phục hậu quả (replaces the inherited list)',
  })
  remedialMeasures?: RemedialMeasureDto[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(AGGRAVATING_CODES.length)
  @IsIn(AGGRAVATING_CODES, { each: true, message: 'each definingCircumstances entry must be an aggravating code such as Đ10.k1.b' })
  @ApiPropertyOptional({
    type: [String],
    enum: AGGRAVATING_CODES,
    description: 'Aggravating circumstances that define this act (LXLVPHC Đ10 k2)',
  })
  definingCircumstances?: AggravatingCode[];

  @ValidateTextList({ optional: true, max: 100, maxItems: 20, description: 'Codes in a later instrument that replace this row' })
  successorCodes?: string[];
}

/** Xác minh một phiên bản against the official text. */
export class VerificationDto {
  @ValidateText({ max: 100, example: '119/2020:Đ8.k4.e' })
  code!: string;

  @ValidateDate({ description: 'Which version: its first day in force' })
  effectiveFrom!: string;

  @ValidateText({ max: 1000, description: 'The official text checked: URL or citation (e.g. Công báo số …)' })
  source!: string;

  @ValidateText({ optional: true, max: 2000, description: 'What was checked' })
  note?: string;
}

/** One entry of the append-only change history. */
export class CatalogueChangeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Application order' }) seq!: number;
  @ApiProperty({ enum: CatalogueChangeKind, enumName: 'CatalogueChangeKind' }) kind!: CatalogueChangeKind;
  @ApiProperty() code!: string;
  @ApiProperty({ type: String, format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The added row (add-version only)' })
  row!: Record<string, unknown> | null;
  @ApiProperty() endsPreviousVersion!: boolean;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ format: 'uuid' }) actorId!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) departmentId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}
