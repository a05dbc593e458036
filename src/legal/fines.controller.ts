import { Body, Controller, HttpCode, HttpStatus, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { Worksheet } from '@libs/legal';
import type { AuthenticatedRequest } from '@app/common/access.decorators';
import { loadConfig } from '@app/config/config.module';
import { CatalogueService } from '@app/legal/catalogue.service';
import { FinePreviewDto } from '@app/legal/fine-preview.dto';
import { WorksheetDto } from '@app/legal/worksheet.dto';

/**
 * FINE_PREVIEW_RATE_PER_MINUTE (default 60) previews a minute per user: ample for an officer editing a worksheet, while
 * one account cannot keep the API busy computing worksheets (issue 12 finding 13). Counted per user, not per address:
 * the officers of a department often share one address behind the office's gateway.
 */
const previewsPerMinute = (): number => loadConfig().FINE_PREVIEW_RATE_PER_MINUTE;

const previewTracker = (req: Record<string, unknown>): string => {
  const { actor, ip } = req as unknown as AuthenticatedRequest;
  return actor ? `user:${actor.userId}` : `ip:${ip}`;
};

@ApiTags('legal')
@ApiBearerAuth()
@Controller('fines')
export class FinesController {
  constructor(private readonly catalogue: CatalogueService) {}

  /** A computation, not a creation: 200, and nothing is written. */
  @Post('preview')
  @HttpCode(HttpStatus.OK)
  // Guards run after the global AuthGuard has set the actor and before the body is validated, so a refused call costs
  // nothing. The API has one named throttler ("login"); this route gives it its own limit and key.
  @UseGuards(ThrottlerGuard)
  @Throttle({ login: { limit: previewsPerMinute, ttl: 60_000, getTracker: previewTracker } })
  @ApiOperation({ summary: 'Tính tiền phạt (xem trước): the fine worksheet for acts, circumstances and signer; writes nothing' })
  @ApiOkResponse({ type: WorksheetDto })
  @ApiTooManyRequestsResponse({ description: 'More than FINE_PREVIEW_RATE_PER_MINUTE previews a minute by one user (default 60)' })
  preview(@Body() dto: FinePreviewDto): Promise<Worksheet> {
    return this.catalogue.preview(dto);
  }
}
