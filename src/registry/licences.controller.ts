import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdParam } from '@app/common/params.dto';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import {
  LicenceAmendDto,
  LicenceCreateDto,
  LicenceDto,
  LicenceEventDto,
  LicencePageDto,
  LicenceQueryDto,
  LicenceReinstateDto,
  LicenceRevokeDto,
  LicenceSuspendDto,
} from '@app/registry/licences.dto';
import { LicencesService } from '@app/registry/licences.service';
import { REGISTRY_WRITERS } from '@app/registry/registry.controller-factory';
import { Role } from '@app/common/role';
import type { Page } from '@app/common/paging.dto';

/** Suspending and revoking are legal acts: legal officers and admins only. */
const SANCTIONERS = [Role.LegalOfficer, Role.DepartmentAdmin];

@ApiTags('registry')
@ApiBearerAuth()
@Controller('registry/licences')
export class LicencesController {
  constructor(private readonly licences: LicencesService) {}

  @Get()
  @ApiOperation({ summary: 'Giấy phép: list with filters (kind, status today, holder, expiring within N days)' })
  @ApiOkResponse({ type: LicencePageDto })
  list(@CurrentActor() actor: Actor, @Query() query: LicenceQueryDto): Promise<Page<LicenceDto>> {
    return this.licences.list(actor, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One licence' })
  @ApiOkResponse({ type: LicenceDto })
  get(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<LicenceDto> {
    return this.licences.get(actor, id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Lịch sử giấy phép: every issue, amendment, suspension, reinstatement and revocation' })
  @ApiOkResponse({ type: [LicenceEventDto] })
  history(@CurrentActor() actor: Actor, @Param() { id }: IdParam): Promise<LicenceEventDto[]> {
    return this.licences.history(actor, id);
  }

  @Post()
  @Roles(...REGISTRY_WRITERS)
  @ApiOperation({ summary: 'Register a licence held by a press agency, general site or representative office' })
  @ApiCreatedResponse({ type: LicenceDto })
  create(@CurrentActor() actor: Actor, @Body() dto: LicenceCreateDto): Promise<LicenceDto> {
    return this.licences.create(actor, dto);
  }

  @Post(':id/amend')
  @Roles(...REGISTRY_WRITERS)
  @ApiOperation({ summary: 'Cấp sửa đổi, bổ sung: change the particulars; the old ones stay in the history' })
  @ApiCreatedResponse({ type: LicenceDto })
  amend(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: LicenceAmendDto): Promise<LicenceDto> {
    return this.licences.amend(actor, id, dto);
  }

  @Post(':id/suspend')
  @Roles(...SANCTIONERS)
  @ApiOperation({ summary: 'Đình chỉ / tước quyền sử dụng giấy phép có thời hạn: suspend for a period' })
  @ApiCreatedResponse({ type: LicenceDto })
  suspend(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: LicenceSuspendDto): Promise<LicenceDto> {
    return this.licences.suspend(actor, id, dto);
  }

  @Post(':id/reinstate')
  @Roles(...SANCTIONERS)
  @ApiOperation({ summary: 'End a suspension early' })
  @ApiCreatedResponse({ type: LicenceDto })
  reinstate(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: LicenceReinstateDto): Promise<LicenceDto> {
    return this.licences.reinstate(actor, id, dto);
  }

  @Post(':id/revoke')
  @Roles(...SANCTIONERS)
  @ApiOperation({ summary: 'Thu hồi giấy phép: final; the record is frozen afterwards' })
  @ApiCreatedResponse({ type: LicenceDto })
  revoke(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: LicenceRevokeDto): Promise<LicenceDto> {
    return this.licences.revoke(actor, id, dto);
  }
}
