import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { AddVersionDto, CatalogueChangeDto, VerificationDto } from '@app/legal/catalogue-change.dto';
import { CatalogueChangesService } from '@app/legal/catalogue-changes.service';
import {
  CatalogueListDto,
  CatalogueQueryDto,
  CatalogueRowDto,
  CatalogueVersionsDto,
  CircumstancesDto,
  CodeQueryDto,
  HistoryQueryDto,
  SignerTitleDto,
} from '@app/legal/catalogue.dto';
import { CatalogueService } from '@app/legal/catalogue.service';
import { Role } from '@app/common/role';

/** Curating the catalogue is a legal act: legal officers and department admins only. */
const CURATORS = [Role.LegalOfficer, Role.DepartmentAdmin];

@ApiTags('legal')
@ApiBearerAuth()
@Controller('legal')
export class CatalogueController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly changes: CatalogueChangesService,
  ) {}

  @Get('catalogue')
  @ApiOperation({ summary: 'Danh mục hành vi vi phạm: every version, filtered by text, instrument, field and date in force' })
  @ApiOkResponse({ type: CatalogueListDto })
  list(@Query() query: CatalogueQueryDto): Promise<CatalogueListDto> {
    return this.catalogue.list(query);
  }

  @Get('catalogue/versions')
  @ApiOperation({ summary: 'Các phiên bản của một hành vi: every version of a code (code in the query string)' })
  @ApiOkResponse({ type: CatalogueVersionsDto })
  versionsByQuery(@Query() { code }: CodeQueryDto): Promise<CatalogueVersionsDto> {
    return this.catalogue.versions(code);
  }

  @Get('catalogue/history')
  @ApiOperation({ summary: 'Lịch sử thay đổi danh mục: the append-only history of added versions and verifications' })
  @ApiOkResponse({ type: [CatalogueChangeDto] })
  history(@Query() { code }: HistoryQueryDto): Promise<CatalogueChangeDto[]> {
    return this.changes.history(code);
  }

  @Get('catalogue/:code')
  @ApiOperation({ summary: 'Các phiên bản của một hành vi: every version of a code, oldest first (URL-encode the code)' })
  @ApiParam({ name: 'code', example: '119%2F2020%3A%C4%908.k4.e', description: 'URL-encoded catalogue code, e.g. 119/2020:Đ8.k4.e' })
  @ApiOkResponse({ type: CatalogueVersionsDto })
  versions(@Param() { code }: CodeQueryDto): Promise<CatalogueVersionsDto> {
    return this.catalogue.versions(code);
  }

  @Post('catalogue/versions')
  @Roles(...CURATORS)
  @ApiOperation({ summary: 'Thêm phiên bản của một hành vi: add a dated version (enters unverified)' })
  @ApiCreatedResponse({ type: CatalogueRowDto })
  addVersion(@CurrentActor() actor: Actor, @Body() dto: AddVersionDto): Promise<CatalogueRowDto> {
    return this.changes.addVersion(actor, dto);
  }

  @Post('catalogue/verifications')
  @Roles(...CURATORS)
  @ApiOperation({ summary: 'Xác minh phiên bản: mark a version verified against an official source' })
  @ApiCreatedResponse({ type: CatalogueRowDto })
  verify(@CurrentActor() actor: Actor, @Body() dto: VerificationDto): Promise<CatalogueRowDto> {
    return this.changes.verify(actor, dto);
  }

  @Get('circumstances')
  @ApiOperation({ summary: 'Tình tiết giảm nhẹ, tăng nặng: the enumerations with citations (LXLVPHC Đ9, Đ10)' })
  @ApiOkResponse({ type: CircumstancesDto })
  circumstances(): CircumstancesDto {
    return this.catalogue.circumstances();
  }

  @Get('signer-titles')
  @ApiOperation({ summary: 'Chức danh có thẩm quyền xử phạt: the signer titles the authority check knows' })
  @ApiOkResponse({ type: [SignerTitleDto] })
  signerTitles(): SignerTitleDto[] {
    return this.catalogue.signerTitles();
  }
}
