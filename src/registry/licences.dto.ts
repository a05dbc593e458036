import { ApiProperty, IntersectionType, PickType } from '@nestjs/swagger';
import { PrintableText, ValidateDate, ValidateEnum, ValidateText, ValidateTextList, ValidateUuid } from '@app/common/dto.decorators';
import { pageDtoOf } from '@app/common/paging.dto';
import { ValidateDomainList } from '@app/registry/domains';
import { RecordMetaDto, RegistryQueryDto, VersionDto } from '@app/registry/record.dto';
import { LicenceEventKind, LicenceHolderType, LicenceKind, LicenceStatus } from '@app/registry/registry.enums';

/** The particulars a licence fixes; an amendment (cấp sửa đổi, bổ sung) changes these. */
export class LicenceParticularsDto {
  @ValidateDate({ nullable: true, description: 'Ngày hết hạn (null: no term)' })
  expiresOn?: string | null;

  @ValidateText({ optional: true, max: 5000, description: 'Tôn chỉ, mục đích' })
  purpose?: string;

  @ValidateDomainList({ optional: true, description: 'Tên miền được cấp phép, stored in ASCII (IDNA) form' })
  licensedDomains?: string[];

  @ValidateTextList({ optional: true, max: 64, description: 'Ngôn ngữ thể hiện' })
  languages?: string[];

  @ValidateText({ optional: true, max: 300, description: 'Kỳ hạn xuất bản / thời lượng' })
  periodicity?: string;

  @ValidateText({ optional: true, max: 5000, description: 'Other particulars: format, pages, broadcast hours' })
  otherParticulars?: string;
}

export class LicenceCreateDto extends LicenceParticularsDto {
  @ValidateEnum(LicenceKind, 'LicenceKind')
  kind!: LicenceKind;

  @ValidateEnum(LicenceHolderType, 'LicenceHolderType')
  holderType!: LicenceHolderType;

  @ValidateUuid({ description: 'The press agency, site or office holding the licence' })
  holderId!: string;

  @PrintableText()
  @ValidateText({ max: 64, description: 'Số giấy phép', example: '123/GP-BVHTTDL' })
  number!: string;

  @PrintableText()
  @ValidateText({ max: 300, description: 'Cơ quan cấp', example: 'Bộ Văn hóa, Thể thao và Du lịch' })
  issuer!: string;

  @ValidateDate({ description: 'Ngày cấp' })
  issuedOn!: string;
}

export class LicenceAmendDto extends IntersectionType(LicenceParticularsDto, VersionDto) {
  @ValidateText({ max: 2000, description: 'Why the particulars changed' })
  reason!: string;

  @ValidateText({ optional: true, max: 300, description: 'The amending licence or document' })
  reference?: string;
}

/** Đình chỉ / tạm đình chỉ hoạt động, tước quyền sử dụng giấy phép có thời hạn. */
export class LicenceSuspendDto extends VersionDto {
  @ValidateDate({ description: 'First day of the suspension' })
  from!: string;

  @ValidateDate({ description: 'Last day of the suspension' })
  until!: string;

  @ValidateText({ max: 2000 })
  reason!: string;

  @ValidateText({ optional: true, max: 300, description: 'e.g. the sanction decision number' })
  reference?: string;
}

export class LicenceReinstateDto extends VersionDto {
  @ValidateDate({ description: 'Date activity may resume' })
  on!: string;

  @ValidateText({ max: 2000 })
  reason!: string;
}

/** Thu hồi giấy phép: final. */
export class LicenceRevokeDto extends VersionDto {
  @ValidateDate()
  on!: string;

  @ValidateText({ max: 2000 })
  reason!: string;

  @ValidateText({ optional: true, max: 300 })
  reference?: string;
}

export class LicenceDto extends IntersectionType(RecordMetaDto, PickType(LicenceCreateDto, ['kind', 'holderType', 'holderId', 'number', 'issuer', 'issuedOn'] as const)) {
  @ApiProperty({ type: String, format: 'date', nullable: true }) expiresOn!: string | null;
  @ApiProperty() purpose!: string;
  @ApiProperty({ type: [String] }) licensedDomains!: string[];
  @ApiProperty({ type: [String] }) languages!: string[];
  @ApiProperty() periodicity!: string;
  @ApiProperty() otherParticulars!: string;
  @ApiProperty({ enum: LicenceStatus, enumName: 'LicenceStatus', description: 'Stored status' }) status!: LicenceStatus;
  @ApiProperty({ enum: LicenceStatus, enumName: 'LicenceStatus', description: 'Status today (a lapsed suspension or a passed expiry date counted)' })
  effectiveStatus!: LicenceStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) suspendedFrom!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) suspendedUntil!: string | null;
}

export class LicenceEventDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: LicenceEventKind, enumName: 'LicenceEventKind' }) kind!: LicenceEventKind;
  @ApiProperty({ type: String, format: 'date' }) effectiveOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) until!: string | null;
  @ApiProperty() reason!: string;
  @ApiProperty() reference!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'The sanction decision behind the change (imposing or annulling a suspension)' }) decisionId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: Object, nullable: true }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: Object, nullable: true }) after!: Record<string, unknown> | null;
}

export class LicenceQueryDto extends RegistryQueryDto {
  @ValidateEnum(LicenceKind, 'LicenceKind', { optional: true })
  kind?: LicenceKind;

  @ValidateEnum(LicenceStatus, 'LicenceStatus', { optional: true, description: 'Filters on the status today' })
  status?: LicenceStatus;

  @ValidateEnum(LicenceHolderType, 'LicenceHolderType', { optional: true })
  holderType?: LicenceHolderType;

  @ValidateUuid({ optional: true })
  holderId?: string;
}

export const LicencePageDto = pageDtoOf(LicenceDto);
