import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit/audit.module';
import { CatalogueController } from '@app/legal/catalogue.controller';
import { CatalogueChangesService } from '@app/legal/catalogue-changes.service';
import { CatalogueReviewService } from '@app/legal/catalogue-review.service';
import { CatalogueService } from '@app/legal/catalogue.service';
import { FinesController } from '@app/legal/fines.controller';

/**
 * Danh mục hành vi vi phạm and the fine preview. Exports `CatalogueService`: other modules call `current()` for the
 * effective catalogue, `compute()`/`preview()` for worksheets and `requireVerified()` before issuing a decision.
 */
@Module({
  imports: [AuditModule],
  controllers: [CatalogueController, FinesController],
  providers: [CatalogueService, CatalogueChangesService, CatalogueReviewService],
  exports: [CatalogueService],
})
export class LegalModule {}
