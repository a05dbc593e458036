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
import { AGGRAVATING_CODES, SUBJECT_KINDS } from '@libs/legal';

const SUBJECT_KINDS_COUNT = SUBJECT_KINDS.length;
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
import { STORED_CHANGE_KINDS, type OfficialText, type ReviewStatus, type StoredChangeKind } from '@app/legal/catalogue-replay';
import {
  AdditionalSanctionDto,
  FieldEnum,
  FineRangeDto,
  MainSanctionEnum,
  RemedialMeasureDto,
  SubjectKindEnum,
} from '@app/legal/catalogue.dto';
import type { SubjectKind } from '@libs/legal';

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

  @ValidateTextList({ optional: true, max: 100, maxItems: 30, description: 'Words inspectors use for the act (replaces the inherited list)' })
  keywords?: string[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SUBJECT_KINDS_COUNT)
  @IsIn(Object.values(SubjectKindEnum), { each: true, message: 'each subjects entry must be a subject kind' })
  @ApiPropertyOptional({ type: [String], enum: SubjectKindEnum, description: 'Đối tượng: who the act is about (a new code needs it)' })
  subjects?: SubjectKind[];
}

/** Văn bản gốc: the official text a legal officer read (instrument, the gazette number or a URL, and the page). */
export class OfficialTextDto {
  @ValidateText({ max: 100, description: 'Số hiệu văn bản', example: '119/2020/NĐ-CP' })
  instrument!: string;

  @ValidateText({ optional: true, max: 200, description: 'Số Công báo (give it or the URL)', example: 'Công báo số 1031+1032, ngày 20/10/2020' })
  gazette?: string;

  @ValidateText({ optional: true, max: 1000, description: 'Official URL (give it or the gazette number)' })
  @Matches(/^https?:\/\/\S+$/, { message: 'url must be an http(s) URL' })
  url?: string;

  @ValidateText({ max: 50, description: 'Trang', example: '15' })
  page!: string;
}

/** The official text as a change records it: the gazette number or the URL not given is null (the input's are absent). */
export class OfficialTextViewDto {
  @ApiProperty({ example: '119/2020/NĐ-CP' }) instrument!: string;
  @ApiProperty({ type: String, nullable: true }) gazette!: string | null;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
  @ApiProperty({ example: '15' }) page!: string;
}

/** Hoàn thiện dòng nháp hoặc xác minh có sửa: the version's citation and range as the official text reads them. */
export class CompletionDto {
  @ValidateText({ max: 100, example: '119/2020:Đ10.k2' })
  code!: string;

  @ValidateDate({ description: 'Which version: its first day in force' })
  effectiveFrom!: string;

  @ValidateInt({ min: 0, max: 1_000_000, description: 'The revision read from the review queue or the catalogue (409 if it moved)' })
  expectedRevision!: number;

  @NestedDto(() => OfficialTextDto, { description: 'The official text read' })
  officialText!: OfficialTextDto;

  @ValidateInt({ nullable: true, min: 1, max: 1000, description: 'Khoản as read (required when the draft lacks it)' })
  clause?: number | null;

  @ValidateText({ nullable: true, max: 2, description: 'Điểm as read; null when the clause has no points' })
  point?: string | null;

  @applyDecorators(
    ValidateIf((_o, v) => v !== undefined && v !== null) as PropertyDecorator,
    IsObject(),
    ValidateNested(),
    Type(() => FineRangeDto),
    ApiPropertyOptional({ type: FineRangeDto, nullable: true, description: 'Khung tiền phạt as read (default: the draft\'s)' }),
  )
  fine?: FineRangeDto | null;

  @ValidateText({ optional: true, max: 2000, description: 'Nội dung hành vi as read (required when the draft lacks it)' })
  descriptionVi?: string;

  @ValidateText({ optional: true, max: 2000 })
  descriptionEn?: string;

  @ValidateText({ optional: true, max: 2000, description: 'What was checked' })
  note?: string;
}

/** Phê duyệt / không phê duyệt một đề xuất thay đổi danh mục. */
export class ReviewDecisionDto {
  @ValidateText({ optional: true, max: 2000, description: 'Why (required to reject)' })
  note?: string;
}

/** Xác minh một phiên bản against the official text. */
export class VerificationDto {
  @ValidateText({ max: 100, example: '119/2020:Đ8.k4.e' })
  code!: string;

  @ValidateDate({ description: 'Which version: its first day in force' })
  effectiveFrom!: string;

  @NestedDto(() => OfficialTextDto, { description: 'The official text read: instrument, gazette number or URL, page' })
  officialText!: OfficialTextDto;

  @ValidateInt({ optional: true, min: 0, max: 1_000_000, description: 'The revision read (409 if it moved since)' })
  expectedRevision?: number;

  @ValidateText({ optional: true, max: 1000, description: 'A further reference (kept in the history)' })
  source?: string;

  @ValidateText({ optional: true, max: 2000, description: 'What was checked' })
  note?: string;
}

/** One entry of the append-only change history. People of other departments are named, never identified by id. */
export class CatalogueChangeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Application order' }) seq!: number;
  @ApiProperty({ enum: STORED_CHANGE_KINDS, enumName: 'CatalogueChangeKind' }) kind!: StoredChangeKind;
  @ApiProperty({
    enum: ['pending', 'approved', 'rejected', 'in-force-before-review', 'not-applied'],
    nullable: true,
    description: 'A proposal\'s standing; null for an approval or rejection',
  })
  status!: ReviewStatus | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why a change is not applied (made against a replaced row)' }) notApplied!: string | null;
  @ApiProperty() code!: string;
  @ApiProperty({ type: String, format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'The added or completed row' })
  row!: Record<string, unknown> | null;
  @ApiProperty() endsPreviousVersion!: boolean;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty({ type: OfficialTextViewDto, nullable: true }) officialText!: OfficialText | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Approval or rejection: the proposal decided' }) proposalId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Proposal: its approval or rejection' }) decisionId!: string | null;
  @ApiProperty({ description: 'The shipped catalogue revision it was made against' }) catalogueRevision!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Only for a change by the caller\'s own department' })
  actorId!: string | null;
  @ApiProperty() actorName!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Only for a change by the caller\'s own department' })
  departmentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) departmentName!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}
