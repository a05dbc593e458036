import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@app/common/actor';
import { CurrentActor, Roles } from '@app/common/access.decorators';
import { IdParam } from '@app/common/params.dto';
import { AddVersionDto, CatalogueChangeDto, CompletionDto, ReviewDecisionDto, VerificationDto } from '@app/legal/catalogue-change.dto';
import { CatalogueChangesService } from '@app/legal/catalogue-changes.service';
import { ReviewQueueDto } from '@app/legal/catalogue-review.dto';
import { CatalogueReviewService } from '@app/legal/catalogue-review.service';
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

/** Curating the catalogue is a legal act: legal officers and department admins propose. */
const CURATORS = [Role.LegalOfficer, Role.DepartmentAdmin];
/** Who reads the verification queue. */
const REVIEWERS = [Role.LegalOfficer, Role.DepartmentAdmin, Role.Leader];

@ApiTags('legal')
@ApiBearerAuth()
@Controller('legal')
export class CatalogueController {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly changes: CatalogueChangesService,
    private readonly review: CatalogueReviewService,
  ) {}

  @Get('catalogue')
  @ApiOperation({
    summary:
      'Danh mục hành vi vi phạm: search as inspectors say it (any order, diacritics optional), ranked, versions in force first; filter by instrument, field, subject and date',
  })
  @ApiOkResponse({ type: CatalogueListDto })
  list(@CurrentActor() actor: Actor, @Query() query: CatalogueQueryDto): Promise<CatalogueListDto> {
    return this.catalogue.list(query, actor);
  }

  @Get('catalogue/versions')
  @ApiOperation({ summary: 'Các phiên bản của một hành vi: every version of a code (code in the query string)' })
  @ApiOkResponse({ type: CatalogueVersionsDto })
  versionsByQuery(@CurrentActor() actor: Actor, @Query() { code }: CodeQueryDto): Promise<CatalogueVersionsDto> {
    return this.catalogue.versions(code, actor);
  }

  @Get('catalogue/history')
  @ApiOperation({ summary: 'Lịch sử thay đổi danh mục: the append-only history of proposals, approvals and rejections' })
  @ApiOkResponse({ type: [CatalogueChangeDto] })
  history(@CurrentActor() actor: Actor, @Query() { code }: HistoryQueryDto): Promise<CatalogueChangeDto[]> {
    return this.changes.history(actor, code);
  }

  @Get('catalogue/review')
  @Roles(...REVIEWERS)
  @ApiOperation({
    summary:
      "Hàng đợi xác minh: rows blocking the department's open cases first, then draft rows, then unverified rows, each with what is missing; and the proposals awaiting approval",
  })
  @ApiOkResponse({ type: ReviewQueueDto })
  reviewQueue(@CurrentActor() actor: Actor): Promise<ReviewQueueDto> {
    return this.review.queue(actor);
  }

  @Get('catalogue/:code')
  @ApiOperation({ summary: 'Các phiên bản của một hành vi: every version of a code, oldest first, and the versions it replaced (URL-encode the code)' })
  @ApiParam({ name: 'code', example: '119%2F2020%3A%C4%908.k4.e', description: 'URL-encoded catalogue code, e.g. 119/2020:Đ8.k4.e' })
  @ApiOkResponse({ type: CatalogueVersionsDto })
  versions(@CurrentActor() actor: Actor, @Param() { code }: CodeQueryDto): Promise<CatalogueVersionsDto> {
    return this.catalogue.versions(code, actor);
  }

  @Post('catalogue/versions')
  @Roles(...CURATORS)
  @ApiOperation({ summary: 'Đề xuất thêm phiên bản: propose a dated version (unverified; in force nationally once another legal officer approves)' })
  @ApiCreatedResponse({ type: CatalogueRowDto, description: 'The row as the proposing department now sees it' })
  addVersion(@CurrentActor() actor: Actor, @Body() dto: AddVersionDto): Promise<CatalogueRowDto> {
    return this.changes.addVersion(actor, dto);
  }

  @Post('catalogue/verifications')
  @Roles(...CURATORS)
  @ApiOperation({ summary: 'Đề xuất xác minh: propose a version verified against the official text (instrument, gazette or URL, page)' })
  @ApiCreatedResponse({ type: CatalogueRowDto, description: 'The row as the proposing department now sees it' })
  verify(@CurrentActor() actor: Actor, @Body() dto: VerificationDto): Promise<CatalogueRowDto> {
    return this.changes.verify(actor, dto);
  }

  @Post('catalogue/completions')
  @Roles(...CURATORS)
  @ApiOperation({ summary: 'Đề xuất hoàn thiện dòng nháp: the clause, point, wording and range as the official text reads them' })
  @ApiCreatedResponse({ type: CatalogueRowDto, description: 'The completed row as the proposing department now sees it' })
  complete(@CurrentActor() actor: Actor, @Body() dto: CompletionDto): Promise<CatalogueRowDto> {
    return this.changes.complete(actor, dto);
  }

  @Post('catalogue/changes/:id/approve')
  @Roles(Role.LegalOfficer)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Phê duyệt: a legal officer other than the proposer makes the change national (409 if the row moved since)' })
  @ApiOkResponse({ type: CatalogueRowDto })
  approve(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ReviewDecisionDto): Promise<CatalogueRowDto> {
    return this.changes.approve(actor, id, dto);
  }

  @Post('catalogue/changes/:id/reject')
  @Roles(...CURATORS)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Không phê duyệt: a legal officer rejects a proposal, or its proposer withdraws it (note required)' })
  @ApiOkResponse({ type: CatalogueChangeDto })
  reject(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() dto: ReviewDecisionDto): Promise<CatalogueChangeDto> {
    return this.changes.reject(actor, id, dto);
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
