import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsNumber, IsOptional, Max, Min, registerDecorator } from 'class-validator';
import { AGGRAVATING_CODES, MITIGATING_CODES, SIGNER_TITLES } from '@libs/legal';
import type { AggravatingCode, MitigatingCode, OffenderType, SignerTitle } from '@libs/legal';
import { NestedDto, ValidateBoolean, ValidateDate, ValidateEnum, ValidateText, ValidateVnd } from '@app/common/dto.decorators';
import { enumOf, PrintedSideEnum } from '@app/legal/catalogue.dto';

export const MAX_ACTS_PER_PREVIEW = 50;

const MitigatingEnum = enumOf(MITIGATING_CODES);
const AggravatingEnum = enumOf(AGGRAVATING_CODES);
const SignerTitleEnum = enumOf(SIGNER_TITLES.map((t) => t.title));

/** Suspension terms may be whole or half months (a bracket's median can fall on a half month). */
const HalfMonths = () =>
  applyDecorators(
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(0.5),
    Max(240),
    (object: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isHalfMonths',
        target: object.constructor,
        propertyName: propertyName as string,
        options: { message: `${String(propertyName)} must be a whole or half number of months` },
        validator: { validate: (value: unknown) => typeof value === 'number' && Number.isInteger(value * 2) },
      }),
    ApiPropertyOptional({ type: Number, minimum: 0.5, maximum: 240, description: 'Officer-chosen suspension months (whole or half)' }),
  );

/** Tình tiết giảm nhẹ (LXLVPHC Đ9). */
export class MitigatingInputDto {
  @ValidateEnum(MitigatingEnum, 'MitigatingCode', { example: 'Đ9.k2' })
  code!: MitigatingCode;

  @ValidateText({ optional: true, max: 2000, description: 'The facts that show it' })
  facts?: string;
}

/** Tình tiết tăng nặng (LXLVPHC Đ10 k1). */
export class AggravatingInputDto {
  @ValidateEnum(AggravatingEnum, 'AggravatingCode', { example: 'Đ10.k1.b' })
  code!: AggravatingCode;

  @ValidateText({ optional: true, max: 2000, description: 'The facts that show it' })
  facts?: string;
}

/** Một hành vi vi phạm of one offender. */
export class ActInputDto {
  @ValidateText({ optional: true, max: 100, description: 'Your reference for the act' })
  ref?: string;

  @ValidateText({ max: 100, description: 'Catalogue code', example: '119/2020:Đ8.k4.e' })
  code!: string;

  @ValidateEnum(PrintedSideEnum, 'OffenderType', { description: 'Tổ chức or cá nhân' })
  offenderType!: OffenderType;

  @ValidateDate({ optional: true, description: 'Ngày thực hiện hành vi' })
  committedOn?: string;

  @ValidateDate({ nullable: true, description: 'Ngày chấm dứt: required for an ended act, empty for an ongoing one (NĐ 118/2021 Đ7 k2)' })
  endedOn?: string | null;

  @ValidateBoolean({ description: 'Hành vi đang thực hiện when detected (NĐ 118/2021 Đ8 k1 b)' })
  ongoingAtDetection!: boolean;

  @ValidateDate({ description: 'Ngày phát hiện' })
  detectedOn!: string;

  // Each circumstance at most once: no list is longer than the law's own (LXLVPHC Đ9, Đ10 k1).
  @NestedDto(() => MitigatingInputDto, { optional: true, each: true, maxItems: MITIGATING_CODES.length, description: 'Tình tiết giảm nhẹ (default none)' })
  mitigating?: MitigatingInputDto[];

  @NestedDto(() => AggravatingInputDto, { optional: true, each: true, maxItems: AGGRAVATING_CODES.length, description: 'Tình tiết tăng nặng (default none)' })
  aggravating?: AggravatingInputDto[];

  @ValidateVnd({ optional: true, description: "The officer's amount within the band (LXLVPHC Đ23 k4), whole VND" })
  chosenAmountVnd?: number;

  @ValidateText({ optional: true, max: 2000, description: 'Required with any officer choice' })
  chosenAmountReason?: string;

  @HalfMonths()
  chosenSuspensionMonths?: number;

  @ValidateText({ optional: true, max: 100, description: 'The licence a suspension applies to' })
  licenceRef?: string;

  @ValidateDate({ optional: true, description: 'Its expiry (caps the suspension, NĐ 118/2021 Đ9 k2 c)' })
  licenceExpiresOn?: string;
}

export class SignerInputDto {
  @ValidateEnum(SignerTitleEnum, 'SignerTitle', { description: 'Chức danh người ký (authority check, LXLVPHC Đ52)' })
  title!: SignerTitle;
}

/** Phiếu tính tiền phạt (preview): nothing is written. */
export class FinePreviewDto {
  @ValidateDate({
    optional: true,
    description: 'Ngày ra quyết định; defaults to today in Asia/Ho_Chi_Minh. Decides limitation, authority and the later-law check',
  })
  decisionDate?: string;

  @NestedDto(() => SignerInputDto, { optional: true })
  signer?: SignerInputDto;

  @NestedDto(() => ActInputDto, { each: true, maxItems: MAX_ACTS_PER_PREVIEW, description: `The acts, one line each (1 to ${MAX_ACTS_PER_PREVIEW})` })
  @ArrayMinSize(1)
  acts!: ActInputDto[];
}
