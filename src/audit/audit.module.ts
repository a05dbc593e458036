import { Module } from '@nestjs/common';
import { AuditController } from '@app/audit/audit.controller';
import { AuditQueryService } from '@app/audit/audit-query.service';
import { AuditService } from '@app/audit/audit.service';

/** The append-only audit trail: every module writes to it through AuditService; leaders read it. */
@Module({ controllers: [AuditController], providers: [AuditService, AuditQueryService], exports: [AuditService] })
export class AuditModule {}
