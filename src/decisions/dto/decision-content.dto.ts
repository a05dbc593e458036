import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { NestedDto, PrintableText, ValidateDate, ValidateEnum, ValidateInt, ValidateText, ValidateTextList } from '@app/common/dto.decorators';
import { IssuingBodyCode } from '@app/decisions/decisions.enums';
import { SubjectIdentityDto } from '@app/cases/dto/subject-identity.dto';
import { SIGNER_TITLES, type SignerTitle } from '@libs/legal';

const TITLES = SIGNER_TITLES.map((t) => t.title);

/** Quyết định giao quyền xử phạt (MQĐ34), cited in the căn cứ when a deputy signs (NĐ 118/2021 Đ10 k1). */
export class DelegationDto {
  @PrintableText()
  @ValidateText({ max: 64, example: '215/QĐ-GQXP', description: 'Số quyết định giao quyền' })
  number!: string;

  @ValidateDate({ description: 'Ngày của quyết định giao quyền' })
  date!: string;
}

export class DeputyDto {
  @PrintableText()
  @ValidateText({ max: 200, example: 'Giám đốc', description: 'Chức vụ cấp trưởng, printed after "KT."' })
  headTitle!: string;

  @NestedDto(() => DelegationDto)
  delegationDecision!: DelegationDto;
}

/** Người ra quyết định. */
export class SignerDto {
  @PrintableText()
  @ValidateText({ max: 200, example: 'Trần Thị Minh Thư' })
  fullName!: string;

  @PrintableText()
  @ValidateText({ max: 200, example: 'Phó Giám đốc', description: 'Chức vụ as printed' })
  title!: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 300, description: 'Đơn vị (default: the issuing body)' })
  unit?: string;

  @IsIn(TITLES)
  @ApiProperty({ enum: TITLES, description: 'The authority the decision is issued under, for the cap check (LXLVPHC Đ52); a deputy gives the head\'s' })
  signerTitle!: SignerTitle;

  @NestedDto(() => DeputyDto, { nullable: true, description: 'Set when a deputy signs "KT." for the head' })
  deputy?: DeputyDto | null;
}

/** Cơ quan ban hành; names default to the department's (or its People's Committee's). */
export class IssuingBodyDto {
  @ValidateEnum(IssuingBodyCode, 'IssuingBodyCode', { optional: true, description: 'Whose number sequence the decision takes' })
  code?: IssuingBodyCode;

  @PrintableText()
  @ValidateText({ optional: true, max: 300, example: 'Sở Văn hóa và Thể thao' })
  name?: string;

  @PrintableText()
  @ValidateText({ nullable: true, max: 300, example: 'UBND Thành phố Hồ Chí Minh', description: 'Cơ quan chủ quản' })
  parentBody?: string | null;

  @PrintableText()
  @ValidateText({ optional: true, max: 100, example: 'Thành phố Hồ Chí Minh', description: 'Địa danh' })
  placeName?: string;
}

/**
 * Hình thức xử phạt bổ sung as free text (kept for older clients): issuing refuses any, since the sanctions are
 * pre-filled from the acts' clauses (`measures`); an officer adds one with `POST /decisions/{id}/measures`.
 */
export class DecisionAdditionalSanctionDto {
  @PrintableText()
  @ValidateText({ max: 2000, example: 'Tước quyền sử dụng Giấy phép hoạt động báo chí số 456/GP-BTTTT' })
  description!: string;

  @PrintableText()
  @ValidateText({ nullable: true, max: 300, example: '01 tháng, kể từ ngày Quyết định này có hiệu lực thi hành' })
  period?: string | null;
}

/**
 * Biện pháp khắc phục hậu quả as the draft words it, with days from receipt or a last day (not both): item i gives
 * the wording and deadline of the i-th remedial line pre-filled from the acts (`measures`); an item with no such
 * line is refused at issue.
 */
export class DecisionRemedialMeasureDto {
  @PrintableText()
  @ValidateText({ max: 2000, example: 'Buộc gỡ bỏ 37 tin, bài không đúng tôn chỉ, mục đích' })
  description!: string;

  @ValidateInt({ nullable: true, min: 1, max: 365, description: 'Days from receiving the decision' })
  deadlineDays?: number | null;

  @ValidateDate({ nullable: true, description: 'Last day to carry it out' })
  deadlineDate?: string | null;
}

/** A record of the case file, by number and date (the căn cứ cite it). */
export class RecordRefDto {
  @PrintableText()
  @ValidateText({ max: 64, example: '03/BB-GTTT', description: 'Số biên bản' })
  number!: string;

  @ValidateDate({ description: 'Ngày lập' })
  date!: string;
}

/** Kho bạc Nhà nước or the bank account where the fine is paid (LXLVPHC Đ78 k1). */
export class PaymentDto {
  @PrintableText()
  @ValidateText({ max: 300, example: 'Kho bạc Nhà nước Khu vực II' })
  treasuryOrBank!: string;

  @PrintableText()
  @ValidateText({ nullable: true, max: 64 })
  accountNumber?: string | null;

  @PrintableText()
  @ValidateText({ nullable: true, max: 300 })
  accountName?: string | null;
}

const UuidList = (description: string) =>
  applyDecorators(IsOptional(), IsArray(), ArrayMaxSize(50), IsUUID('all', { each: true }), ApiPropertyOptional({ type: [String], format: 'uuid', description }));

/** What a legal officer writes in a draft; the acts' amounts and citations come from the frozen worksheets. */
export class DecisionDraftDto {
  @NestedDto(() => SignerDto)
  signer!: SignerDto;

  @NestedDto(() => IssuingBodyDto, { optional: true })
  issuingBody?: IssuingBodyDto;

  @PrintableText({ each: true })
  @ValidateTextList({ optional: true, max: 2000, maxItems: 20, description: 'Căn cứ lines beyond those derived from the acts' })
  extraLegalBases?: string[];

  @UuidList('The case violations the decision sanctions, in order (default: all of them)')
  violationIds?: string[];

  @NestedDto(() => SubjectIdentityDto, { optional: true, description: 'Completes or overrides what the registry knows of the subject' })
  subject?: SubjectIdentityDto;

  @NestedDto(() => DecisionAdditionalSanctionDto, { each: true, optional: true, maxItems: 20, description: 'Deprecated free text: refused at issue (use measures)' })
  additionalSanctions?: DecisionAdditionalSanctionDto[];

  @NestedDto(() => DecisionRemedialMeasureDto, { each: true, optional: true, maxItems: 20, description: 'Wording and deadline of the pre-filled remedial lines, in order' })
  remedialMeasures?: DecisionRemedialMeasureDto[];

  @NestedDto(() => RecordRefDto, { nullable: true, description: 'Biên bản phiên giải trình trực tiếp (MBB03), cited when the explanation was heard (LXLVPHC Đ61 k2)' })
  hearingRecord?: RecordRefDto | null;

  @NestedDto(() => RecordRefDto, { each: true, optional: true, maxItems: 10, description: 'Biên bản xác minh tình tiết (MBB05), cited when the case was verified (LXLVPHC Đ59)' })
  verificationRecords?: RecordRefDto[];

  @NestedDto(() => PaymentDto, { nullable: true })
  payment?: PaymentDto | null;

  @PrintableText()
  @ValidateText({ nullable: true, max: 300, description: 'Body that collects the fine (Điều 3 k2)' })
  collectingBody?: string | null;

  @PrintableText()
  @ValidateText({ nullable: true, max: 300, description: 'Body that organises execution (Điều 3 k3)' })
  executingBody?: string | null;

  @PrintableText({ each: true })
  @ValidateTextList({ optional: true, max: 300, maxItems: 20, description: 'Bodies informed to cooperate (Điều 3 k4)' })
  cooperatingBodies?: string[];

  @PrintableText({ each: true })
  @ValidateTextList({ optional: true, max: 300, maxItems: 30, description: 'Nơi nhận (default: "Như Điều 3", "Lưu: VT, Hồ sơ")' })
  recipients?: string[];

  @ValidateDate({ nullable: true, description: 'Ngày có hiệu lực (default: the day it is signed)' })
  effectiveDate?: string | null;
}
