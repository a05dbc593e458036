import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit/audit.module';
import { CalendarController } from '@app/calendar/calendar.controller';
import { CalendarService } from '@app/calendar/calendar.service';

/** The national working-day calendar (holidays, substitute, bridging and make-up days) that deadlines count on. */
@Module({
  imports: [AuditModule],
  controllers: [CalendarController],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
