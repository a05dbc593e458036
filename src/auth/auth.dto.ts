import { ApiProperty } from '@nestjs/swagger';
import { ValidateText } from '@app/common/dto.decorators';
import { Role } from '@app/common/role';

export class LoginDto {
  @ValidateText({ max: 64, example: 'inspector' })
  username!: string;

  @ValidateText({ max: 256, example: 'correct-horse-battery' })
  password!: string;
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
