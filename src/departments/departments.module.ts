import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit/audit.module';
import { DepartmentsController } from '@app/departments/departments.controller';
import { DepartmentsService } from '@app/departments/departments.service';

/** The tenant: a provincial department's details, as printed on its documents. */
@Module({ imports: [AuditModule], controllers: [DepartmentsController], providers: [DepartmentsService], exports: [DepartmentsService] })
export class DepartmentsModule {}
