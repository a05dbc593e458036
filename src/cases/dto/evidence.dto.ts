import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUrl, MaxLength } from 'class-validator';
import { ValidateText, ValidateUuid } from '@app/common/dto.decorators';

/** The text fields sent with an evidence file (multipart form fields arrive as strings). */
export class EvidenceFieldsDto {
  @ValidateUuid({ optional: true, description: 'The violation of this case the file supports' })
  violationId?: string;

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'sourceUrl must be an http(s) URL' })
  @MaxLength(2000)
  @ApiPropertyOptional({ description: 'Where the content was captured', example: 'https://tintuc-example.vn/bai-viet-1' })
  sourceUrl?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'capturedAt must be an ISO 8601 date-time' })
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'When the screenshot was taken or the page saved (default: now)' })
  capturedAt?: string;

  @ValidateText({ optional: true, max: 2000, description: 'Mô tả chứng cứ' })
  description?: string;
}

/** Multipart body of an evidence upload: one file plus the fields above. */
export class EvidenceUploadDto extends EvidenceFieldsDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'PNG, JPEG, WebP, PDF, saved page (HTML/MHTML) or plain text; recognised from its bytes' })
  file!: unknown;
}

/** Chứng cứ: stored bytes are never modified; the SHA-256 proves it. */
export class EvidenceDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) violationId!: string | null;
  @ApiProperty() fileName!: string;
  @ApiProperty({ description: 'Recognised from the bytes' }) contentType!: string;
  @ApiProperty({ description: 'What the client declared' }) declaredContentType!: string;
  @ApiProperty() size!: number;
  @ApiProperty({ description: 'Lower-case hex SHA-256 of the bytes' }) sha256!: string;
  @ApiProperty({ type: String, format: 'date-time' }) capturedAt!: string;
  @ApiProperty({ format: 'uuid' }) capturedById!: string;
  @ApiProperty() sourceUrl!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, format: 'date-time' }) uploadedAt!: string;
}
