import { ApiProperty } from '@nestjs/swagger';
import { ADDITIONAL_SANCTION_KINDS, FIELDS, MAIN_SANCTIONS, PRINTED_SIDES } from '@libs/legal';
import type { AdditionalSanctionKind, Field, MainSanction, PrintedSide } from '@libs/legal';
import { ValidateDate, ValidateEnum, ValidateInt, ValidateText, ValidateVnd } from '@app/common/dto.decorators';

/** `['a', 'b']` → `{ a: 'a', b: 'b' }`, the shape the enum decorators take. */
export const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const FieldEnum = enumOf(FIELDS);
export const MainSanctionEnum = enumOf(MAIN_SANCTIONS);
export const PrintedSideEnum = enumOf(PRINTED_SIDES);
export const AdditionalSanctionKindEnum = enumOf(ADDITIONAL_SANCTION_KINDS);

/** Khung tiền phạt: whole VND, printed for the organisation or the individual (NĐ 119/2020 Đ4 k2). */
export class FineRangeDto {
  @ValidateVnd({ description: 'Mức phạt tối thiểu (VND)' })
  minVnd!: number;

  @ValidateVnd({ description: 'Mức phạt tối đa (VND)' })
  maxVnd!: number;

  @ValidateEnum(PrintedSideEnum, 'PrintedSide', { description: 'Which offender the printed range is for' })
  printedFor!: PrintedSide;
}

/** Hình thức xử phạt bổ sung. */
export class AdditionalSanctionDto {
  @ValidateEnum(AdditionalSanctionKindEnum, 'AdditionalSanctionKind')
  kind!: AdditionalSanctionKind;

  @ValidateInt({ optional: true, min: 1, max: 240, description: 'Suspensions only: shortest term in months' })
  minMonths?: number;

  @ValidateInt({ optional: true, min: 1, max: 240, description: 'Suspensions only: longest term in months' })
  maxMonths?: number;

  @ValidateText({ max: 2000 })
  descriptionVi!: string;

  @ValidateText({ max: 2000 })
  descriptionEn!: string;
}

/** Biện pháp khắc phục hậu quả. */
export class RemedialMeasureDto {
  @ValidateText({ max: 2000 })
  descriptionVi!: string;

  @ValidateText({ max: 2000 })
  descriptionEn!: string;
}

/** Who added or verified a version, when, and against which source. */
export class ProvenanceDto {
  @ApiProperty({ description: 'Position in the change history' }) seq!: number;
  @ApiProperty({ format: 'uuid' }) actorId!: string;
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Official text checked (URL or citation)' }) source!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

/** Một phiên bản của một dòng danh mục hành vi vi phạm: one dated version of one catalogue row. */
export class CatalogueRowDto {
  @ApiProperty({ example: '119/2020:Đ8.k4.e' }) code!: string;
  @ApiProperty({ example: '119/2020/NĐ-CP' }) instrument!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Văn bản sửa đổi, bổ sung' }) amendedBy!: string | null;
  @ApiProperty({ description: 'Điều' }) article!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Khoản' }) clause!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'Điểm' }) point!: string | null;
  @ApiProperty({ enum: FieldEnum, enumName: 'LegalField', description: 'Lĩnh vực' }) field!: Field;
  @ApiProperty() descriptionVi!: string;
  @ApiProperty() descriptionEn!: string;
  @ApiProperty({ enum: MainSanctionEnum, enumName: 'MainSanction', description: 'Hình thức xử phạt chính' }) mainSanction!: MainSanction;
  @ApiProperty({ type: FineRangeDto, nullable: true }) fine!: FineRangeDto | null;
  @ApiProperty({ type: [AdditionalSanctionDto] }) additionalSanctions!: AdditionalSanctionDto[];
  @ApiProperty({ type: [RemedialMeasureDto] }) remedialMeasures!: RemedialMeasureDto[];
  @ApiProperty({ type: String, format: 'date', description: 'Ngày có hiệu lực (inclusive)' }) effectiveFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Last day in force (inclusive); null: still in force' })
  effectiveTo!: string | null;
  @ApiProperty() sourceUrl!: string;
  @ApiProperty({ description: 'Checked against the official text; unverified rows are flagged in every worksheet' }) verified!: boolean;
  @ApiProperty({ type: String, nullable: true }) verificationNote!: string | null;
  @ApiProperty({ type: [String], description: 'Aggravating circumstances that define this act (LXLVPHC Đ10 k2)' })
  definingCircumstances!: string[];
  @ApiProperty({ type: [String] }) successorCodes!: string[];
  @ApiProperty({ example: 'NĐ 119/2020 Đ8 k4 điểm e, sửa đổi bởi NĐ 14/2022 Đ2 k10 điểm c' }) citationShort!: string;
  @ApiProperty({ description: 'The "Quy định tại" wording for a decision' }) citationVi!: string;
  @ApiProperty({ enum: ['shipped', 'added'], description: 'Shipped with the code, or added through the API' }) origin!: 'shipped' | 'added';
  @ApiProperty({ type: ProvenanceDto, nullable: true }) addedBy!: ProvenanceDto | null;
  @ApiProperty({ type: ProvenanceDto, nullable: true, description: 'The verification made through the API, if any' })
  verification!: ProvenanceDto | null;
}

export class CatalogueListDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [CatalogueRowDto] }) items!: CatalogueRowDto[];
}

export class CatalogueVersionsDto {
  @ApiProperty() code!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ type: [CatalogueRowDto], description: 'Every version, oldest first' }) versions!: CatalogueRowDto[];
}

export class CatalogueQueryDto {
  @ValidateText({ optional: true, max: 200, description: 'Search code and descriptions (case and diacritics ignored)' })
  text?: string;

  @ValidateText({ optional: true, max: 40, description: 'Văn bản, e.g. 119/2020/NĐ-CP', example: '119/2020/NĐ-CP' })
  instrument?: string;

  @ValidateEnum(FieldEnum, 'LegalField', { optional: true, description: 'Lĩnh vực' })
  field?: Field;

  @ValidateDate({ optional: true, description: 'Only versions in force on this date' })
  inForceOn?: string;
}

export class CodeQueryDto {
  @ValidateText({ max: 100, description: 'Catalogue code', example: '119/2020:Đ8.k4.e' })
  code!: string;
}

export class HistoryQueryDto {
  @ValidateText({ optional: true, max: 100, description: 'Only changes of this code', example: '119/2020:Đ8.k4.e' })
  code?: string;
}

/** Tình tiết giảm nhẹ (LXLVPHC Đ9) or tăng nặng (LXLVPHC Đ10 k1). */
export class CircumstanceDto {
  @ApiProperty({ example: 'Đ9.k2' }) code!: string;
  @ApiProperty({ enum: ['mitigating', 'aggravating'] }) kind!: 'mitigating' | 'aggravating';
  @ApiProperty() labelVi!: string;
  @ApiProperty() labelEn!: string;
  @ApiProperty({ example: 'LXLVPHC Đ9 k2' }) citation!: string;
}

export class CircumstancesDto {
  @ApiProperty({ type: [CircumstanceDto], description: 'Tình tiết giảm nhẹ' }) mitigating!: CircumstanceDto[];
  @ApiProperty({ type: [CircumstanceDto], description: 'Tình tiết tăng nặng' }) aggravating!: CircumstanceDto[];
}

/** Chức danh có thẩm quyền xử phạt. */
export class SignerTitleDto {
  @ApiProperty({ example: 'department-director' }) title!: string;
  @ApiProperty() labelVi!: string;
  @ApiProperty() labelEn!: string;
}
