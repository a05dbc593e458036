import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit/audit.module';
import { CalendarModule } from '@app/calendar/calendar.module';
import { CasesModule } from '@app/cases/cases.module';
import { DocumentsModule } from '@app/documents/documents.module';
import { ExecutionClock } from '@app/execution/execution-clock';
import { ExecutionController } from '@app/execution/execution.controller';
import { ExecutionDecisionsService } from '@app/execution/execution-decisions.service';
import { ExecutionFilesService } from '@app/execution/execution-files.service';
import { ExecutionRecordsService } from '@app/execution/execution-records.service';
import { ExecutionRepository } from '@app/execution/execution.repository';
import { ExecutionService } from '@app/execution/execution.service';
import { DigestMailer } from '@app/execution/digest-mailer';
import { RemindersService } from '@app/execution/reminders.service';
import { TasksController } from '@app/execution/tasks.controller';
import { LegalModule } from '@app/legal/legal.module';

/**
 * Thi hành quyết định xử phạt (LXLVPHC Part Two, Chapter III): delivery, payments and the late charge, postponement and
 * instalments, enforcement, complaints, remedial measures; and the reminders of due and overdue steps (GET /me/tasks, daily digest).
 */
@Module({
  imports: [AuditModule, CalendarModule, CasesModule, DocumentsModule, LegalModule],
  controllers: [ExecutionController, TasksController],
  providers: [ExecutionClock, ExecutionRepository, ExecutionService, ExecutionRecordsService, ExecutionDecisionsService, ExecutionFilesService, RemindersService, DigestMailer],
  exports: [ExecutionService, RemindersService],
})
export class ExecutionModule {}
