import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { CoreModule } from '@app/core.module';
import { AppExceptionFilter } from '@app/common/exception.filter';
import { RequestContextInterceptor } from '@app/common/request-context.interceptor';
import { createValidationPipe } from '@app/common/validation';
import { AuditModule } from '@app/audit/audit.module';
import { AuthModule } from '@app/auth/auth.module';
import { CalendarModule } from '@app/calendar/calendar.module';
import { CasesModule } from '@app/cases/cases.module';
import { DecisionsModule } from '@app/decisions/decisions.module';
import { DepartmentsModule } from '@app/departments/departments.module';
import { DocumentsModule } from '@app/documents/documents.module';
import { ExecutionModule } from '@app/execution/execution.module';
import { HealthModule } from '@app/health/health.module';
import { QueueDashboardModule } from '@app/queue-dashboard/queue-dashboard.module';
import { LegalModule } from '@app/legal/legal.module';
import { RegistryModule } from '@app/registry/registry.module';
import { ReportsModule } from '@app/reports/reports.module';
import { StorageModule } from '@app/storage/storage.module';
import { UsersModule } from '@app/users/users.module';

/** The HTTP API process: controllers and queue producers, no job processors. */
@Module({
  imports: [
    CoreModule,
    AuthModule,
    AuditModule,
    UsersModule,
    DepartmentsModule,
    HealthModule,
    DocumentsModule,
    RegistryModule,
    LegalModule,
    StorageModule,
    QueueDashboardModule,
    CalendarModule,
    CasesModule,
    DecisionsModule,
    ReportsModule,
    ExecutionModule,
  ],
  providers: [
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AppExceptionFilter },
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
  ],
})
export class ApiModule {}
