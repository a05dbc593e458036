import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { QueryInt, ValidateDate, ValidateText, ValidateUuid } from '@app/common/dto.decorators';
import { Page, pageDtoOf } from '@app/common/paging.dto';
import { AuditEventView, AuditQueryService } from '@app/audit/audit-query.service';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { Role } from '@app/common/role';

export class AuditQueryDto {
  @ValidateText({ optional: true, max: 64, description: 'Entity type, e.g. inspection_case, case_violation, case_evidence, violation_record, licence' })
  entity?: string;

  @ValidateUuid({ optional: true })
  entityId?: string;

  @ValidateUuid({ optional: true, description: 'Every row about a case and what is on its file' })
  caseId?: string;

  @ValidateText({ optional: true, max: 64, description: 'e.g. create, update, transition:decide, evidence:download' })
  action?: string;

  @ValidateUuid({ optional: true })
  actorId?: string;

  @ValidateDate({ optional: true, description: 'From this day (Asia/Ho_Chi_Minh)' })
  from?: string;

  @ValidateDate({ optional: true, description: 'Up to and including this day' })
  to?: string;

  @QueryInt({ min: 1, max: 100000 })
  page?: number;

  @QueryInt({ min: 1, max: 200, description: 'Rows per page (at most 200)' })
  pageSize?: number;
}

export class AuditEventDto implements AuditEventView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) departmentId!: string | null;
  @ApiProperty() action!: string;
  @ApiProperty() entityType!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) entityId!: string | null;
  @ApiProperty({ type: Object, nullable: true }) before!: Record<string, unknown> | null;
  @ApiProperty({ type: Object, nullable: true }) after!: Record<string, unknown> | null;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Họ và tên of the actor (null for the system)' }) actorName!: string | null;
}

const AuditEventPageDto = pageDtoOf(AuditEventDto);

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueryService) {}

  @Get()
  @Roles(Role.DepartmentAdmin, Role.Leader, Role.Inspector, Role.LegalOfficer)
  @ApiOperation({
    summary:
      'Nhật ký thay đổi: the append-only audit trail of your department (who, what, before and after, request id). Inspectors and legal officers read the trail of one case of their department (caseId required)',
  })
  @ApiOkResponse({ type: AuditEventPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<Page<AuditEventView>> {
    return this.audit.list(actor, query);
  }
}
