import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit/audit.module';
import { UsersController } from '@app/users/users.controller';
import { UsersService } from '@app/users/users.service';

/** A department's users: created, changed and reset by its administrator. */
@Module({ imports: [AuditModule], controllers: [UsersController], providers: [UsersService], exports: [UsersService] })
export class UsersModule {}
