import { ApiProperty } from '@nestjs/swagger';
import { ADDITIONAL_SANCTION_KINDS, FIELDS, MAIN_SANCTIONS, MISSING_PARTS, PRINTED_SIDES, SUBJECT_KINDS } from '@libs/legal';
import type { AdditionalSanctionKind, Field, GapPart, MainSanction, MissingPart, PrintedSide, SubjectKind } from '@libs/legal';
import { QueryBoolean, QueryInt, ValidateDate, ValidateEnum, ValidateInt, ValidateText, ValidateVnd } from '@app/common/dto.decorators';

/** `['a', 'b']` → `{ a: 'a', b: 'b' }`, the shape the enum decorators take. */
export const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const FieldEnum = enumOf(FIELDS);
export const MainSanctionEnum = enumOf(MAIN_SANCTIONS);
export const PrintedSideEnum = enumOf(PRINTED_SIDES);
export const AdditionalSanctionKindEnum = enumOf(ADDITIONAL_SANCTION_KINDS);
export const SubjectKindEnum = enumOf(SUBJECT_KINDS);
export const GAP_PARTS: readonly GapPart[] = [...MISSING_PARTS, 'range', 'source'];
/**
 * Tình trạng xác minh of a version: draft (dòng nháp, citation incomplete), unverified (complete, not yet checked
 * against the official text), verified; pending: a change of the caller's department awaits a second legal officer.
 */
export const VERIFICATION_STATES = ['verified', 'unverified', 'draft', 'pending'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];
export const VerificationStateEnum = enumOf(VERIFICATION_STATES);
/** Named apart from the case subject's SubjectKind (organisation / individual): one OpenAPI name per enum. */
const SUBJECT_KIND_ENUM_NAME = 'CatalogueSubjectKind';

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

/** A person in the catalogue history: the name and department for everyone, the user id only to their own department. */
export class PersonDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Only when the caller is of the same department' })
  actorId!: string | null;
  @ApiProperty() actorName!: string;
  @ApiProperty({ type: String, nullable: true }) departmentName!: string | null;
}

/** Phê duyệt: the second legal officer who approved a proposal. */
export class ApprovalDto extends PersonDto {
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

/** Who added or verified a version, when, against which source, and who approved it. */
export class ProvenanceDto extends PersonDto {
  @ApiProperty({ description: 'Position in the change history (of the approval, once approved)' }) seq!: number;
  @ApiProperty({ format: 'uuid', description: 'The proposal in the change history' }) changeId!: string;
  @ApiProperty({ type: String, format: 'date-time' }) at!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Official text checked (URL or citation)' }) source!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ description: "Still awaiting a second legal officer's approval (shown to the proposing department only)" })
  pendingApproval!: boolean;
  @ApiProperty({ type: ApprovalDto, nullable: true, description: 'Null for a pending proposal and for changes made before review' })
  approvedBy!: ApprovalDto | null;
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
  @ApiProperty({ description: 'Dòng nháp: the citation is incomplete; no record or decision may cite it' }) draft!: boolean;
  @ApiProperty({ enum: MISSING_PARTS, isArray: true, description: 'What a draft row has not read in a text' }) missing!: MissingPart[];
  @ApiProperty({ type: [String], description: 'Words inspectors use for the act' }) keywords!: string[];
  @ApiProperty({ enum: SubjectKindEnum, enumName: SUBJECT_KIND_ENUM_NAME, isArray: true }) subjects!: SubjectKind[];
  @ApiProperty({ enum: GAP_PARTS, isArray: true, description: 'What keeps it from being cited: clause, point, text, range, source' })
  gaps!: GapPart[];
  @ApiProperty({ example: 'NĐ 119/2020 Đ8 k4 điểm e, sửa đổi bởi NĐ 14/2022 Đ2 k10 điểm c' }) citationShort!: string;
  @ApiProperty({ description: 'The "Quy định tại" wording for a decision' }) citationVi!: string;
  @ApiProperty({ enum: ['shipped', 'added'], description: 'Shipped with the code, or added through the API' }) origin!: 'shipped' | 'added';
  @ApiProperty({ type: ProvenanceDto, nullable: true }) addedBy!: ProvenanceDto | null;
  @ApiProperty({ type: ProvenanceDto, nullable: true, description: 'The verification or completion made through the API, if any' })
  verification!: ProvenanceDto | null;
  @ApiProperty({ description: 'How many changes shaped this version; send it as expectedRevision when changing it (409 if stale)' })
  revision!: number;
  @ApiProperty({ description: 'Shows a change of the caller\'s department that awaits approval' }) pendingApproval!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'A draft row completed under another code: cite that one' })
  completedAs!: string | null;
}

/** A version a later catalogue revision replaced: kept so stored worksheets and decisions citing it resolve. */
export class ReplacedVersionDto {
  @ApiProperty() code!: string;
  @ApiProperty({ type: String, format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveTo!: string | null;
  @ApiProperty({ description: 'The catalogue revision that replaced it' }) revision!: number;
  @ApiProperty({ type: [String] }) replacedBy!: string[];
  @ApiProperty({ description: 'Where stored, not yet decided cases citing it were moved (by meaning)' }) migratedTo!: string;
  @ApiProperty() why!: string;
  @ApiProperty() descriptionVi!: string;
  @ApiProperty() descriptionEn!: string;
}

export class CatalogueListDto {
  @ApiProperty() count!: number;
  @ApiProperty({ type: [CatalogueRowDto] }) items!: CatalogueRowDto[];
}

export class CatalogueVersionsDto {
  @ApiProperty() code!: string;
  @ApiProperty() count!: number;
  @ApiProperty({ type: [CatalogueRowDto], description: 'Every version, oldest first' }) versions!: CatalogueRowDto[];
  @ApiProperty({ type: [ReplacedVersionDto], description: 'Versions of this code a later revision replaced (history)' })
  replaced!: ReplacedVersionDto[];
}

export class CatalogueQueryDto {
  @ValidateText({
    optional: true,
    max: 200,
    description: 'Words as inspectors say them, in any order, diacritics optional ("bao hoa", "tin giả"), or a code; ranked by relevance, versions in force first',
  })
  text?: string;

  @ValidateEnum(SubjectKindEnum, SUBJECT_KIND_ENUM_NAME, { optional: true, description: 'Đối tượng: only rows about this kind of subject' })
  subject?: SubjectKind;

  @QueryBoolean({ description: 'Leave out draft rows (dòng nháp)' })
  excludeDrafts?: boolean;

  @ValidateText({ optional: true, max: 40, description: 'Văn bản, e.g. 119/2020/NĐ-CP', example: '119/2020/NĐ-CP' })
  instrument?: string;

  @ValidateEnum(FieldEnum, 'LegalField', { optional: true, description: 'Lĩnh vực' })
  field?: Field;

  @ValidateDate({ optional: true, description: 'Only versions in force on this date' })
  inForceOn?: string;

  @QueryInt({ min: 1, max: 1000, description: 'Điều: only rows of this article (with an instrument, of that decree)' })
  article?: number;

  @ValidateEnum(VerificationStateEnum, 'CatalogueVerificationState', {
    optional: true,
    description: "Tình trạng xác minh: verified, unverified (complete, not yet checked), draft (dòng nháp), pending (a change of the caller's department awaits approval)",
  })
  verification?: VerificationState;
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
