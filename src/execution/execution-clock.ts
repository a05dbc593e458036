import { Injectable } from '@nestjs/common';
import { todayInVietnam } from '@libs/vn';

/**
 * Today in Vietnam, as the execution module counts deadlines, late charges and reminders. A provider of its own so the
 * end-to-end tests can move the day forward (months of instalments in one run) without faking the process clock.
 */
@Injectable()
export class ExecutionClock {
  today(): string {
    return todayInVietnam();
  }
}
