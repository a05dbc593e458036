import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, MaxLength } from 'class-validator';

export const TASK_KINDS = ['record', 'explanation', 'decision', 'delivery', 'payment', 'enforcement', 'execution_limit', 'remedial', 'licence_expiry', 'catalogue_verification'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** One due or overdue step for the caller. */
export class TaskDto {
  @ApiProperty({ enum: TASK_KINDS }) kind!: TaskKind;
  @ApiProperty({ enum: ['due', 'overdue'] }) status!: 'due' | 'overdue';
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'How the date was counted, or what is owed' }) detail!: string;
  @ApiProperty() citation!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) caseId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) decisionId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) licenceId!: string | null;
}

export class TaskListDto {
  @ApiProperty({ format: 'date' }) today!: string;
  @ApiProperty({ type: [TaskDto], description: 'Overdue first, then by due date' }) items!: TaskDto[];
}

export class ReminderAddressDto {
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  @ApiProperty({ example: 'phapche@svhtt.example.gov.vn', description: 'Where the daily digest of reminders is sent' })
  email!: string;
}
