import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit/audit.module';
import { CasesModule } from '@app/cases/cases.module';
import { DecisionChoicesService } from '@app/decisions/decision-choices.service';
import { DecisionFileRepository } from '@app/decisions/decision-file.repository';
import { DecisionPdfsController } from '@app/decisions/decision-pdfs.controller';
import { DecisionPdfsService } from '@app/decisions/decision-pdfs.service';
import { DecisionRepository } from '@app/decisions/decision.repository';
import { DecisionsController } from '@app/decisions/decisions.controller';
import { DecisionsService } from '@app/decisions/decisions.service';
import { DecisionIssueService } from '@app/decisions/issue.service';
import { VerificationController } from '@app/decisions/verification.controller';
import { VerificationService } from '@app/decisions/verification.service';
import { DocumentsModule } from '@app/documents/documents.module';
import { LegalModule } from '@app/legal/legal.module';
import { RegistryModule } from '@app/registry/registry.module';

/**
 * Quyết định xử phạt: drafts, issuing (numbering, checks, frozen snapshot), corrections, the PDFs of decisions and
 * violation records through the document pipeline, and the public verification of a printed decision.
 */
@Module({
  imports: [AuditModule, CasesModule, LegalModule, DocumentsModule, RegistryModule],
  controllers: [DecisionsController, DecisionPdfsController, VerificationController],
  providers: [DecisionRepository, DecisionFileRepository, DecisionsService, DecisionChoicesService, DecisionIssueService, DecisionPdfsService, VerificationService],
})
export class DecisionsModule {}
