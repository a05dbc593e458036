import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit/audit.module';
import { CalendarModule } from '@app/calendar/calendar.module';
import { DocumentsModule } from '@app/documents/documents.module';
import { CaseTransitionsController } from '@app/cases/case-transitions.controller';
import { CaseFileRepository } from '@app/cases/case-file.repository';
import { CaseViewsService } from '@app/cases/case-views.service';
import { NumberingRepository } from '@app/cases/numbering.repository';
import { CasesController } from '@app/cases/cases.controller';
import { CasesService } from '@app/cases/cases.service';
import { EvidenceController } from '@app/cases/evidence.controller';
import { EvidenceService } from '@app/cases/evidence.service';
import { InspectionsController } from '@app/cases/inspections.controller';
import { InspectionsService } from '@app/cases/inspections.service';
import { CaseTransitionsService } from '@app/cases/transitions.service';
import { ViolationRecordController } from '@app/cases/violation-record.controller';
import { ViolationRecordsService } from '@app/cases/violation-records.service';
import { ViolationsController } from '@app/cases/violations.controller';
import { ViolationsService } from '@app/cases/violations.service';
import { ViolationWorksheetsService } from '@app/cases/violation-worksheets.service';
import { LegalModule } from '@app/legal/legal.module';

/**
 * Hồ sơ vụ việc: cases, inspections, violations with their worksheets, evidence, the violation record, the
 * procedure's transitions and deadlines. Exports the transitions so the decisions module can call `markDecided`.
 */
@Module({
  imports: [AuditModule, CalendarModule, LegalModule, DocumentsModule],
  controllers: [CasesController, CaseTransitionsController, InspectionsController, ViolationsController, ViolationRecordController, EvidenceController],
  providers: [CasesService, CaseViewsService, CaseTransitionsService, InspectionsService, ViolationsService, ViolationWorksheetsService, ViolationRecordsService, EvidenceService, CaseFileRepository, NumberingRepository],
  exports: [CaseTransitionsService, CasesService, CaseFileRepository, NumberingRepository],
})
export class CasesModule {}
