import { ApiProperty } from '@nestjs/swagger';
import { ValidateText } from '@app/common/dto.decorators';
import { Role } from '@app/common/role';

export class LoginDto {
  @ValidateText({ max: 64, example: 'inspector' })
  username!: string;

  @ValidateText({ max: 256, example: 'correct-horse-battery' })
  password!: string;
}

/** The shortest password a user may choose (OWASP ASVS 4.0 §2.1.1: at least 12 characters). */
export const PASSWORD_MIN_LENGTH = 12;

/** Đổi mật khẩu: the current password proves it is the user, not someone holding their token. */
export class PasswordChangeDto {
  @ValidateText({ max: 256, example: 'correct-horse-battery' })
  currentPassword!: string;

  @ValidateText({ min: PASSWORD_MIN_LENGTH, max: 256, example: 'a-longer-passphrase-of-my-own', description: `At least ${PASSWORD_MIN_LENGTH} characters; not the username` })
  newPassword!: string;
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: Role, enumName: 'Role' }) role!: Role;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) departmentId!: string | null;
}

export class LoginResponseDto {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
  @ApiProperty({ description: 'Seconds until the token expires' }) expiresIn!: number;
  @ApiProperty({ type: SessionUserDto }) user!: SessionUserDto;
}
