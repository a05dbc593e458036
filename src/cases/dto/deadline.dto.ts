import { ApiProperty } from '@nestjs/swagger';

export class SkippedDayDto {
  @ApiProperty({ type: String, format: 'date' }) date!: string;
  @ApiProperty({ description: 'Why it is not a working day, e.g. "Ngày Chiến thắng (30/4)"' }) reason!: string;
  @ApiProperty({ enum: ['weekend', 'public-holiday', 'substitute-day-off', 'bridging-day-off'] }) kind!: string;
}

/** Thời hạn: one legal deadline of the case with how its date was computed. */
export class DeadlineDto {
  @ApiProperty({ enum: ['record', 'explanation', 'decision', 'payment', 'limitation'] }) key!: string;
  @ApiProperty({ example: 'Thời hạn ra quyết định xử phạt' }) labelVi!: string;
  @ApiProperty({ enum: ['department', 'offender'] }) owner!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Null when it cannot be counted (no holiday data for the year)' })
  dueOn!: string | null;
  @ApiProperty({ type: String, format: 'date', description: 'The event the period runs from (not itself counted)' }) countedFrom!: string;
  @ApiProperty({ example: '7 ngày làm việc kể từ ngày lập biên bản vi phạm hành chính' }) rule!: string;
  @ApiProperty({ example: 'LXLVPHC Đ66 k1' }) citation!: string;
  @ApiProperty({ type: [SkippedDayDto] }) skipped!: SkippedDayDto[];
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The last day before moving it off a non-working day (BLDS 2015 Đ148 k5)' })
  movedFrom!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) doneOn!: string | null;
  @ApiProperty({ enum: ['pending', 'overdue', 'met', 'late', 'passed', 'moot', 'unavailable'] }) status!: string;
  @ApiProperty({ description: 'How the date was computed, in Vietnamese words (dates as dd/mm/yyyy)' }) how!: string;
}
