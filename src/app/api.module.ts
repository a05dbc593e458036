import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { CoreModule } from '@app/app/core.module';
import { AppExceptionFilter } from '@app/app/exception.filter';
import { RequestContextInterceptor } from '@app/app/request-context.interceptor';
import { createValidationPipe } from '@app/app/validation';
import { AuthController } from '@app/auth/auth.controller';
import { AuthGuard } from '@app/auth/auth.guard';
import { AuthService } from '@app/auth/auth.service';
import { AuditController } from '@app/audit/audit.controller';
import { AuditModule } from '@app/audit/audit.module';
import { AuditQueryService } from '@app/audit/audit-query.service';
import { CalendarModule } from '@app/calendar/calendar.module';
import { CasesModule } from '@app/cases/cases.module';
import { APP_CONFIG } from '@app/config/config.module';
import type { AppConfig } from '@app/config/env.schema';
import { DecisionsModule } from '@app/decisions/decisions.module';
import { DepartmentsController } from '@app/departments/departments.controller';
import { DepartmentsService } from '@app/departments/departments.service';
import { DocumentsModule } from '@app/documents/documents.module';
import { HealthModule } from '@app/health/health.module';
import { QueueDashboardModule } from '@app/jobs/queue-dashboard.module';
import { LegalModule } from '@app/legal/legal.module';
import { RegistryModule } from '@app/registry/registry.module';
import { ReportsModule } from '@app/reports/reports.module';
import { StorageModule } from '@app/storage/storage.module';
import { UsersController } from '@app/users/users.controller';
import { UsersService } from '@app/users/users.service';

/** The HTTP API process: controllers and queue producers, no job processors. */
@Module({
  imports: [
    CoreModule,
    AuditModule,
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
    JwtModule.registerAsync({
      global: true,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => {
        // A KeyObject made once: given a string, jsonwebtoken first tries (and fails) to parse it as a public
        // key on every verify, which cost ~6% of the CPU of an authenticated request.
        const key = createSecretKey(Buffer.from(config.JWT_SECRET));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256', issuer: 'press-inspect' },
          verifyOptions: { algorithms: ['HS256'], issuer: 'press-inspect' },
        };
      },
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ throttlers: [{ name: 'login', ttl: 60_000, limit: config.LOGIN_RATE_PER_MINUTE }] }),
    }),
  ],
  controllers: [AuthController, UsersController, DepartmentsController, AuditController],
  providers: [
    AuthService,
    UsersService,
    DepartmentsService,
    AuditQueryService,
    { provide: APP_PIPE, useFactory: createValidationPipe },
    { provide: APP_FILTER, useClass: AppExceptionFilter },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_INTERCEPTOR, useClass: RequestContextInterceptor },
  ],
})
export class ApiModule {}
