import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PrintableText, ValidateInt, ValidateText } from '@app/common/dto.decorators';

export class DepartmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh' }) name!: string;
  @ApiProperty({ description: 'Cơ quan chủ quản', example: 'Ủy ban nhân dân Thành phố Hồ Chí Minh' }) parentBody!: string;
  @ApiProperty({ description: 'Địa danh printed on documents', example: 'Thành phố Hồ Chí Minh' }) placeName!: string;
  @ApiProperty({ example: '79' }) provinceCode!: string;
  @ApiProperty({ description: 'Chữ viết tắt used in document symbols', example: 'SVHTT' }) abbreviation!: string;
  @ApiProperty() version!: number;
}

export class DepartmentUpdateDto {
  @ValidateInt({ min: 1, description: 'The version you read (optimistic locking)' })
  version!: number;

  @PrintableText()
  @ValidateText({ optional: true, max: 300 })
  name?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 300, description: 'Cơ quan chủ quản' })
  parentBody?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 100, description: 'Địa danh' })
  placeName?: string;

  @ValidateText({ optional: true, max: 32 })
  @Matches(/^[A-ZĐ0-9-]+$/, { message: 'abbreviation must be capital letters, digits or dashes' })
  abbreviation?: string;
}
