import { ApiProperty } from '@nestjs/swagger';
import { isEmail, MaxLength, ValidateBy } from 'class-validator';

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

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export class ReminderAddressDto {
  // validator's isEmail throws on a lone surrogate (decodeURI: "URI malformed"), which answered 500 (found by the fuzz
  // suite); PostgreSQL text cannot hold NUL. Both are refused first, as a 422 naming the field.
  @ValidateBy({
    name: 'isEmailAddress',
    validator: { validate: (v: unknown) => typeof v === 'string' && !LONE_SURROGATE.test(v) && !v.includes('\u0000') && isEmail(v), defaultMessage: () => 'email must be an e-mail address' },
  })
  @MaxLength(254)
  @ApiProperty({ example: 'phapche@svhtt.example.gov.vn', description: 'Where the daily digest of reminders is sent' })
  email!: string;
}
