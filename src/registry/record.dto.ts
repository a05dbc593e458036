import { ApiProperty } from '@nestjs/swagger';
import { ListQueryDto } from '@app/app/paging.dto';
import { QueryInt, ValidateInt, ValidateUuid } from '@app/app/dto.decorators';
import { DepartmentRecord } from '@app/database/department-record.entity';

/** Fields every registry record shows. */
export class RecordMetaDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) departmentId!: string;
  @ApiProperty({ description: 'Send it back when updating (optimistic locking)' }) version!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: string;
}

export const recordMeta = (e: DepartmentRecord): RecordMetaDto => ({
  id: e.id,
  departmentId: e.departmentId,
  version: e.version,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

export class VersionDto {
  @ValidateInt({ min: 1, description: 'The version you read; a stale one answers 409' })
  version!: number;
}

export class RegistryQueryDto extends ListQueryDto {
  @ValidateUuid({ optional: true, description: 'Ministry viewer only: one department' })
  departmentId?: string;

  @QueryInt({ min: 0, max: 3650, description: 'Only those holding an active licence that expires within N days' })
  licenceExpiringWithinDays?: number;
}
