/** The OpenAPI description of the worksheet `computeWorksheet` returns (libs/legal/engine/types.ts). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MISSING_PARTS } from '@libs/legal';
import { AdditionalSanctionDto, FieldEnum, MainSanctionEnum, PrintedSideEnum, RemedialMeasureDto } from '@app/legal/catalogue.dto';

const ANY_JSON = {
  oneOf: [{ type: 'object' }, { type: 'array', items: {} }, { type: 'string' }, { type: 'number' }, { type: 'boolean' }],
  nullable: true,
};
const OBJECT = { type: 'object', additionalProperties: true } as const;
const STATUS = ['complete', 'needs-officer-choice', 'incomplete'];
const AMOUNT_SOURCES = ['median', 'minimum', 'maximum', 'officer-choice'];
const FLAG_KINDS = [
  'unverified-row',
  'draft-row',
  'unconfirmed-authority-figure',
  'authority-basis',
  'time-barred',
  'warning-possible',
  'more-lenient-later-law',
  'no-longer-listed',
  'half-month-suspension',
  'licence-without-ref',
];

/** One rule applied, with its inputs, result and citation. */
export class WorksheetStepDto {
  @ApiProperty({ example: 'median' }) key!: string;
  @ApiProperty({ example: 'Xác định mức trung bình của khung tiền phạt' }) labelVi!: string;
  @ApiPropertyOptional({ description: 'Index of the act; absent for worksheet-level steps' }) act?: number;
  @ApiProperty(OBJECT) inputs!: Record<string, unknown>;
  @ApiProperty({ ...ANY_JSON, description: 'Any JSON value' }) result!: unknown;
  @ApiProperty({ example: 'LXLVPHC Đ23 k4; NĐ 118/2021 Đ9 k1' }) citation!: string;
}

/** Something the officer must look at before issuing (e.g. an unverified catalogue row, a time-barred act). */
export class WorksheetFlagDto {
  @ApiProperty({ enum: FLAG_KINDS, enumName: 'WorksheetFlagKind' }) kind!: string;
  @ApiPropertyOptional() act?: number;
  @ApiPropertyOptional() code?: string;
  @ApiProperty() note!: string;
}

export class VersionSummaryDto {
  @ApiProperty() code!: string;
  @ApiProperty() instrument!: string;
  @ApiProperty({ type: String, nullable: true }) amendedBy!: string | null;
  @ApiProperty() article!: number;
  @ApiProperty({ type: Number, nullable: true }) clause!: number | null;
  @ApiProperty({ type: String, nullable: true }) point!: string | null;
  @ApiProperty({ enum: FieldEnum, enumName: 'LegalField' }) field!: string;
  @ApiProperty({ type: String, format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveTo!: string | null;
  @ApiProperty() verified!: boolean;
  @ApiProperty({ type: String, nullable: true }) verificationNote!: string | null;
  @ApiProperty({ description: 'Dòng nháp: the citation is incomplete; a record or decision may not cite it' }) draft!: boolean;
  @ApiProperty({ enum: MISSING_PARTS, isArray: true, description: 'What a draft row has not read in a text' }) missing!: string[];
  @ApiProperty() descriptionVi!: string;
  @ApiProperty() descriptionEn!: string;
  @ApiProperty({ enum: MainSanctionEnum, enumName: 'MainSanction' }) mainSanction!: string;
  @ApiProperty() citationShort!: string;
  @ApiProperty({ description: 'Quy định tại …' }) citationVi!: string;
}

export class VndRangeDto {
  @ApiProperty() minVnd!: number;
  @ApiProperty() maxVnd!: number;
}

export class PrintedRangeDto extends VndRangeDto {
  @ApiProperty({ enum: PrintedSideEnum, enumName: 'PrintedSide' }) printedFor!: string;
}

export class AppliedRangeDto extends VndRangeDto {
  @ApiProperty({ enum: PrintedSideEnum, enumName: 'OffenderType' }) offenderType!: string;
  @ApiProperty({ description: 'Mức trung bình (LXLVPHC Đ23 k4)' }) medianVnd!: number;
}

export class CountedCircumstanceDto {
  @ApiProperty() code!: string;
  @ApiProperty() labelVi!: string;
  @ApiProperty() citation!: string;
  @ApiProperty({ type: String, nullable: true }) facts!: string | null;
}

export class IgnoredCircumstanceDto {
  @ApiProperty() code!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() citation!: string;
}

/** Mức phạt tiền of one act. */
export class FineLineDto {
  @ApiProperty({ enum: MainSanctionEnum, enumName: 'MainSanction' }) mainSanction!: string;
  @ApiProperty() warningPossible!: boolean;
  @ApiProperty({ type: PrintedRangeDto, nullable: true }) printed!: PrintedRangeDto | null;
  @ApiProperty({ type: AppliedRangeDto, nullable: true }) applied!: AppliedRangeDto | null;
  @ApiProperty({ description: 'Aggravating minus mitigating (NĐ 118/2021 Đ9 k1 a)' }) net!: number;
  @ApiProperty({ type: VndRangeDto, nullable: true, description: 'Where the amount may fall given the circumstances' })
  band!: VndRangeDto | null;
  @ApiProperty({ type: Number, nullable: true }) suggestedVnd!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Null while waiting for the officer, or warning-only, or range unknown' })
  amountVnd!: number | null;
  @ApiProperty({ type: String, enum: AMOUNT_SOURCES, nullable: true }) amountSource!: string | null;
  @ApiProperty({ type: String, nullable: true }) chosenAmountReason!: string | null;
  @ApiProperty({ enum: ['computed', 'needs-officer-choice', 'warning-only', 'range-unknown'] }) status!: string;
}

/** Tước quyền sử dụng giấy phép / đình chỉ hoạt động có thời hạn. */
export class SuspensionLineDto {
  @ApiProperty() kind!: string;
  @ApiProperty() minMonths!: number;
  @ApiProperty() maxMonths!: number;
  @ApiProperty(OBJECT) band!: { minMonths: number; maxMonths: number };
  @ApiProperty({ type: Number, nullable: true }) suggestedMonths!: number | null;
  @ApiProperty({ type: Number, nullable: true }) months!: number | null;
  @ApiProperty({ type: String, enum: AMOUNT_SOURCES, nullable: true }) source!: string | null;
  @ApiProperty({ enum: ['computed', 'needs-officer-choice'] }) status!: string;
  @ApiProperty() descriptionVi!: string;
  @ApiProperty() descriptionEn!: string;
}

/** Thời hiệu xử phạt (LXLVPHC Đ6). */
export class LimitationCheckDto {
  @ApiProperty({ enum: FieldEnum, enumName: 'LegalField' }) field!: string;
  @ApiProperty({ enum: [1, 2] }) years!: number;
  @ApiProperty({ type: String, format: 'date' }) countedFrom!: string;
  @ApiProperty({ type: String, format: 'date' }) lastDecisionDate!: string;
  @ApiProperty() checked!: boolean;
  @ApiProperty() timeBarred!: boolean;
  @ApiProperty() citation!: string;
}

/** Quyền giải trình (LXLVPHC Đ61). */
export class ExplanationRightDto {
  @ApiProperty() applies!: boolean;
  @ApiProperty() reason!: string;
  @ApiProperty() citation!: string;
}

/** One line of the worksheet. */
export class ActWorksheetDto {
  @ApiProperty() index!: number;
  @ApiProperty({ type: String, nullable: true }) ref!: string | null;
  @ApiProperty() code!: string;
  @ApiProperty({ enum: PrintedSideEnum, enumName: 'OffenderType' }) offenderType!: string;
  @ApiProperty({ type: String, format: 'date', description: 'The date that chose the version (NĐ 118/2021 Đ7 k2)' }) resolvedOn!: string;
  @ApiProperty({ enum: ['end-date', 'detection-date'] }) resolvedBy!: string;
  @ApiProperty({ type: VersionSummaryDto }) version!: VersionSummaryDto;
  @ApiProperty({ type: [CountedCircumstanceDto] }) mitigating!: CountedCircumstanceDto[];
  @ApiProperty({ type: [CountedCircumstanceDto] }) aggravating!: CountedCircumstanceDto[];
  @ApiProperty({ type: [IgnoredCircumstanceDto] }) ignoredCircumstances!: IgnoredCircumstanceDto[];
  @ApiProperty({ type: FineLineDto }) fine!: FineLineDto;
  @ApiProperty({ type: Number, nullable: true, description: '0 when warning-only or time-barred (LXLVPHC Đ65 k1)' }) imposedFineVnd!:
    number | null;
  @ApiProperty({ type: [SuspensionLineDto] }) suspensions!: SuspensionLineDto[];
  @ApiProperty({ type: [AdditionalSanctionDto] }) otherAdditionalSanctions!: AdditionalSanctionDto[];
  @ApiProperty({ type: [RemedialMeasureDto] }) remedialMeasures!: RemedialMeasureDto[];
  @ApiProperty({ type: String, nullable: true }) licenceRef!: string | null;
  @ApiProperty({ type: LimitationCheckDto }) limitation!: LimitationCheckDto;
  @ApiProperty({ type: ExplanationRightDto }) explanationRight!: ExplanationRightDto;
  @ApiProperty({ ...OBJECT, nullable: true, description: 'Thẩm quyền xử phạt check (needs signer and decision date)' })
  authority!: Record<string, unknown> | null;
  @ApiProperty({ ...OBJECT, nullable: true, description: 'Áp dụng quy định có lợi: a lighter later version' }) lenientLaw!: Record<
    string,
    unknown
  > | null;
  @ApiProperty({ enum: STATUS }) status!: string;
}

export class MergedSuspensionDto {
  @ApiProperty() kind!: string;
  @ApiProperty({ type: String, nullable: true }) licenceRef!: string | null;
  @ApiProperty({ type: [Number] }) acts!: number[];
  @ApiProperty({ type: Number, nullable: true }) months!: number | null;
  @ApiProperty({ enum: ['single-act', 'maximum-of-longest-bracket'] }) basis!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) cappedUntil!: string | null;
  @ApiProperty() remainingTermChecked!: boolean;
  @ApiProperty() citation!: string;
}

/** Phiếu tính tiền phạt: one line per act, then the total (LXLVPHC Đ67 k1). */
export class WorksheetDto {
  @ApiProperty() engineVersion!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decisionDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) signerTitle!: string | null;
  @ApiProperty({ type: [ActWorksheetDto] }) acts!: ActWorksheetDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Null while any act is incomplete or waiting for a choice' }) totalFineVnd!:
    number | null;
  @ApiProperty() knownFineSubtotalVnd!: number;
  @ApiProperty({ type: [MergedSuspensionDto] }) mergedSuspensions!: MergedSuspensionDto[];
  @ApiProperty({ type: [WorksheetFlagDto] }) flags!: WorksheetFlagDto[];
  @ApiProperty({ enum: STATUS }) status!: string;
  @ApiProperty({ type: [WorksheetStepDto] }) steps!: WorksheetStepDto[];
}
