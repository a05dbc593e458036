import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { PrintableText, ValidateBoolean, ValidateEnum, ValidateInt, ValidateText } from '@app/common/dto.decorators';
import { SessionUserDto } from '@app/auth/auth.dto';
import { Role } from '@app/common/role';

/**
 * Roles a department admin may grant inside the department (not the ministry viewer). A const object, not an
 * enum: enum members set from another enum are "computed", and TypeScript then adds reverse mappings, so
 * `IsEnum` and the OpenAPI document also accepted the key names ("Inspector", "DepartmentAdmin").
 */
export const DepartmentRole = {
  Inspector: Role.Inspector,
  LegalOfficer: Role.LegalOfficer,
  Leader: Role.Leader,
  DepartmentAdmin: Role.DepartmentAdmin,
} as const;
export type DepartmentRole = (typeof DepartmentRole)[keyof typeof DepartmentRole];

export class UserCreateDto {
  @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'username must be 3–64 characters: lower-case letters, digits, dot, dash or underscore' })
  @ApiProperty({ example: 'nguyen.van.a' })
  username!: string;

  @PrintableText()
  @ValidateText({ max: 200, example: 'Nguyễn Văn A' })
  fullName!: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, example: 'Thanh tra viên' })
  title?: string;

  @ValidateEnum(DepartmentRole, 'DepartmentRole')
  role!: DepartmentRole;
}

export class UserUpdateDto {
  @ValidateInt({ min: 1, description: 'The version you read (optimistic locking)' })
  version!: number;

  @PrintableText()
  @ValidateText({ optional: true, max: 200 })
  fullName?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200 })
  title?: string;

  @ValidateEnum(DepartmentRole, 'DepartmentRole', { optional: true })
  role?: DepartmentRole;

  @ValidateBoolean({ optional: true })
  active?: boolean;
}

export class UserDto extends SessionUserDto {
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
}

export class UserCreatedDto {
  @ApiProperty({ type: UserDto }) user!: UserDto;
  @ApiProperty({ description: 'Shown once; the user should change it' }) initialPassword!: string;
}
