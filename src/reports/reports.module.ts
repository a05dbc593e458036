import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit/audit.module';
import { DocumentsModule } from '@app/documents/documents.module';
import { LegalModule } from '@app/legal/legal.module';
import { ReportDocumentsService } from '@app/reports/report-documents.service';
import { ReportsController } from '@app/reports/reports.controller';
import { ReportsService } from '@app/reports/reports.service';

/** Báo cáo tổng kết năm: the figures, their drill-downs, and the XLSX, CSV and PDF exports. */
@Module({
  imports: [AuditModule, LegalModule, DocumentsModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportDocumentsService],
})
export class ReportsModule {}
