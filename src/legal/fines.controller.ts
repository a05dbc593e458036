import { Body, Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Worksheet } from '@libs/legal';
import { CatalogueService } from '@app/legal/catalogue.service';
import { FinePreviewDto } from '@app/legal/fine-preview.dto';
import { WorksheetDto } from '@app/legal/worksheet.dto';

@ApiTags('legal')
@ApiBearerAuth()
@Controller('fines')
export class FinesController {
  constructor(private readonly catalogue: CatalogueService) {}

  /** A computation, not a creation: 200, and nothing is written. */
  @Post('preview')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Tính tiền phạt (xem trước): the fine worksheet for acts, circumstances and signer; writes nothing' })
  @ApiOkResponse({ type: WorksheetDto })
  preview(@Body() dto: FinePreviewDto): Promise<Worksheet> {
    return this.catalogue.preview(dto);
  }
}
