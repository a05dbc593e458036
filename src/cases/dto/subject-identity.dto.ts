import { PrintableText, ValidateDate, ValidateEnum, ValidateText } from '@app/common/dto.decorators';

export enum SubjectKindDto {
  Organisation = 'organisation',
  Individual = 'individual',
}

export enum GenderDto {
  Male = 'male',
  Female = 'female',
}

/**
 * Nhân thân của đối tượng vi phạm (MQĐ02 / MBB01 Điều 1 item 1). Every field is optional: what is sent completes or
 * overrides what the registry knows, and issuing names whatever is still missing.
 */
export class SubjectIdentityDto {
  @ValidateEnum(SubjectKindDto, 'SubjectKind', { optional: true, description: 'Tổ chức or cá nhân (default: from the case subject)' })
  kind?: 'organisation' | 'individual';

  @PrintableText()
  @ValidateText({ optional: true, max: 300, description: 'Tên tổ chức / họ và tên' })
  name?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 500, description: 'Địa chỉ trụ sở chính / nơi ở hiện tại' })
  address?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 32, description: 'Mã số doanh nghiệp' })
  enterpriseCode?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Label of the registration, e.g. "Số giấy phép hoạt động báo chí"' })
  registrationLabel?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 64, description: 'Số GCN đăng ký / giấy phép' })
  registrationNumber?: string;

  @ValidateDate({ optional: true, description: 'Ngày cấp giấy phép / GCN' })
  registrationIssuedOn?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 300, description: 'Nơi cấp giấy phép / GCN' })
  registrationIssuedBy?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Người đại diện theo pháp luật (organisation)' })
  representativeName?: string;

  @ValidateEnum(GenderDto, 'Gender', { optional: true, description: 'Giới tính of the representative' })
  representativeGender?: 'male' | 'female';

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Chức danh of the representative, e.g. "Tổng Biên tập"' })
  representativeTitle?: string;

  @ValidateEnum(GenderDto, 'Gender', { optional: true, description: 'Giới tính (individual)' })
  gender?: 'male' | 'female';

  @ValidateDate({ optional: true, description: 'Ngày sinh (individual)' })
  dateOfBirth?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 100, description: 'Quốc tịch (individual)' })
  nationality?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Nghề nghiệp (individual)' })
  occupation?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 32, description: 'Số định danh cá nhân / CCCD / hộ chiếu (individual)' })
  identityNumber?: string;

  @ValidateDate({ optional: true })
  identityIssuedOn?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 300 })
  identityIssuedBy?: string;
}
