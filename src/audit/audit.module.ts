import { Module } from '@nestjs/common';
import { AuditService } from '@app/audit/audit.service';

@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
