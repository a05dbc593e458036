import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ComplaintKind, ComplaintOutcome, DeliveryMethod, EnforcementMeasureKind, ExecutionFilePurpose, ExecutionRequestKind, ExecutionRequestStatus, PaymentChannel } from '@app/execution/execution.enums';

const STEP = ['pending', 'overdue', 'met', 'late', 'not_applicable'];

/** A day a time limit skipped (named apart from the cases' SkippedDayDto: OpenAPI schemas are keyed by class name). */
export class LimitSkippedDayDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() kind!: string;
}

/** A time limit with how it was counted. */
export class TimeLimitDto {
  @ApiProperty({ enum: ['delivery', 'payment', 'execution'] }) key!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) countedFrom!: string | null;
  @ApiProperty() rule!: string;
  @ApiProperty() citation!: string;
  @ApiProperty() how!: string;
  @ApiProperty({ type: [LimitSkippedDayDto] }) skipped!: LimitSkippedDayDto[];
}

export class DeliveryStateDto {
  @ApiProperty({ type: TimeLimitDto }) deadline!: TimeLimitDto;
  @ApiProperty({ type: String, format: 'date', nullable: true }) deliveredOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) receivedOn!: string | null;
  @ApiProperty({ enum: STEP, description: 'late: sent after the 3 working days of LXLVPHC Đ70 k1' }) status!: string;
}

export class AmountDueDto {
  @ApiProperty() label!: string;
  @ApiProperty() amountVnd!: number;
  @ApiProperty({ format: 'date' }) dueOn!: string;
}

export class PauseDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty() reason!: string;
}

export class LateChargeStepDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty() days!: number;
  @ApiProperty() unpaidVnd!: number;
  @ApiProperty() chargeVnd!: number;
  @ApiProperty({ description: 'days × 0,05% × unpaid = charge' }) explanation!: string;
}

export class ExcludedDaysDto extends PauseDto {
  @ApiProperty() days!: number;
}

/** Tiền chậm nộp (LXLVPHC Đ78 k1; NĐ 118/2021 Đ20 k3, k4), each step shown. */
export class LateChargeDto {
  @ApiProperty() fineVnd!: number;
  @ApiProperty() finePaidVnd!: number;
  @ApiProperty() fineOutstandingVnd!: number;
  @ApiProperty({ type: [LateChargeStepDto] }) steps!: LateChargeStepDto[];
  @ApiProperty({ type: [ExcludedDaysDto] }) excluded!: ExcludedDaysDto[];
  @ApiProperty() chargeVnd!: number;
  @ApiProperty() chargePaidVnd!: number;
  @ApiProperty() chargeOutstandingVnd!: number;
  @ApiProperty({ description: 'Fine and late charge still owed today' }) balanceVnd!: number;
  @ApiProperty() overpaidVnd!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) settledOn!: string | null;
  @ApiProperty() citation!: string;
  @ApiProperty({ type: [String] }) explanation!: string[];
}

export class PaymentStateDto {
  @ApiProperty({ type: TimeLimitDto }) deadline!: TimeLimitDto;
  @ApiProperty({ type: [AmountDueDto], description: 'The fine, the postponed fine, or the instalments, each with its last day' }) dues!: AmountDueDto[];
  @ApiProperty({ type: [PauseDto] }) pauses!: PauseDto[];
  @ApiProperty({ type: LateChargeDto }) lateCharge!: LateChargeDto;
  @ApiProperty({ enum: STEP }) status!: string;
}

export class ExecutionLimitDto {
  @ApiProperty({ type: TimeLimitDto }) limit!: TimeLimitDto;
  @ApiProperty({ type: Number, nullable: true }) daysLeft!: number | null;
  @ApiProperty({ enum: ['running', 'expiring', 'passed', 'done'], description: 'expiring: within 30 days of the 1 year of LXLVPHC Đ74 k1' }) status!: string;
}

export class RemedialStateDto {
  @ApiProperty() index!: number;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) dueOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) doneOn!: string | null;
  @ApiProperty({ enum: STEP }) status!: string;
}

export class SuspensionStateDto {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) until!: string | null;
  @ApiProperty() reference!: string;
}

export class ExecutionFactsDto {
  @ApiProperty() paidInFull!: boolean;
  @ApiProperty({ type: String, format: 'date', nullable: true }) settledOn!: string | null;
  @ApiProperty() enforced!: boolean;
  @ApiProperty() balanceVnd!: number;
  @ApiProperty() remedialOutstanding!: number;
  @ApiProperty() suspensionOutstanding!: number;
  @ApiProperty() annulled!: boolean;
}

export class DecisionRefDto {
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
}

export class EffectiveDecisionDto extends DecisionRefDto {
  @ApiProperty() totalFineVnd!: number;
}

export class ExecutionFileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ExecutionFilePurpose, enumName: 'ExecutionFilePurpose' }) purpose!: ExecutionFilePurpose;
  @ApiProperty() fileName!: string;
  @ApiProperty() contentType!: string;
  @ApiProperty() size!: number;
  @ApiProperty() sha256!: string;
  @ApiProperty({ format: 'uuid' }) uploadedById!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

export class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DeliveryMethod, enumName: 'DeliveryMethod' }) method!: DeliveryMethod;
  @ApiProperty({ format: 'date' }) sentOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) receivedOn!: string | null;
  @ApiProperty() recipient!: string;
  @ApiProperty() refused!: boolean;
  @ApiProperty({ type: String, nullable: true }) refusalRecordNumber!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proofFileId!: string | null;
  @ApiProperty() note!: string;
  @ApiProperty({ description: 'Sent after the 3 working days of LXLVPHC Đ70 k1' }) late!: boolean;
}

/** One payment recorded (named apart from the decision's payment place, PaymentDto of src/decisions, which OpenAPI would merge with it). */
export class FinePaymentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() amountVnd!: number;
  @ApiProperty({ format: 'date' }) paidOn!: string;
  @ApiProperty({ enum: PaymentChannel, enumName: 'PaymentChannel' }) channel!: PaymentChannel;
  @ApiProperty() receiptNumber!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) receiptFileId!: string | null;
  @ApiProperty() note!: string;
}

export class InstalmentDto {
  @ApiProperty() amountVnd!: number;
  @ApiProperty({ format: 'date' }) dueOn!: string;
}

export class WarningDto {
  @ApiProperty() rule!: string;
  @ApiProperty() message!: string;
}

export class DocumentStateDto {
  @ApiProperty({ format: 'uuid' }) subjectId!: string;
  @ApiProperty({ enum: ['pending', 'ready', 'failed'] }) status!: string;
  @ApiProperty({ type: String, nullable: true }) sha256!: string | null;
}

export class ExecutionRequestDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ExecutionRequestKind, enumName: 'ExecutionRequestKind' }) kind!: ExecutionRequestKind;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ format: 'date' }) requestDate!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() hardshipConfirmedBy!: string;
  @ApiProperty({ enum: ExecutionRequestStatus, enumName: 'ExecutionRequestStatus' }) status!: ExecutionRequestStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionNumber!: string | null;
  @ApiProperty({ type: String, nullable: true }) refusalReason!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) postponedUntil!: string | null;
  @ApiProperty({ type: [InstalmentDto], nullable: true }) instalments!: InstalmentDto[] | null;
  @ApiProperty({ type: [WarningDto] }) warnings!: WarningDto[];
  @ApiProperty({ type: DocumentStateDto, nullable: true }) document!: DocumentStateDto | null;
}

export class EnforcementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'date' }) decidedOn!: string;
  @ApiProperty({ enum: EnforcementMeasureKind, enumName: 'EnforcementMeasureKind' }) measure!: EnforcementMeasureKind;
  @ApiProperty({ description: 'The form printed: MQĐ07, MQĐ08, MQĐ09 or MQĐ11' }) form!: string;
  @ApiProperty({ type: Number, nullable: true }) amountVnd!: number | null;
  @ApiProperty() signer!: string;
  @ApiProperty({ format: 'date' }) effectiveDate!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) carriedOutOn!: string | null;
  @ApiProperty({ type: DocumentStateDto, nullable: true }) document!: DocumentStateDto | null;
}

export class ComplaintDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ComplaintKind, enumName: 'ComplaintKind' }) kind!: ComplaintKind;
  @ApiProperty({ format: 'date' }) filedOn!: string;
  @ApiProperty() body!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: ComplaintOutcome, enumName: 'ComplaintOutcome' }) outcome!: ComplaintOutcome;
  @ApiProperty({ type: String, format: 'date', nullable: true }) outcomeOn!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) correctionDecisionId!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) suspendedFrom!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) suspendedUntil!: string | null;
  @ApiProperty({ type: String, nullable: true }) suspensionReference!: string | null;
}

/** Thi hành quyết định xử phạt: the records, what they add up to today, and what is still missing. */
export class ExecutionDto {
  @ApiProperty({ format: 'uuid' }) decisionId!: string;
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'date' }) issuedOn!: string;
  @ApiProperty({ format: 'date', description: 'The day the answers are computed for' }) today!: string;
  @ApiProperty({ type: EffectiveDecisionDto, description: 'The figures that apply: the decision or its latest amendment (MQĐ38)' }) effective!: EffectiveDecisionDto;
  @ApiProperty({ type: DecisionRefDto, nullable: true }) annulledBy!: DecisionRefDto | null;
  @ApiProperty({ format: 'date' }) effectiveDate!: string;
  @ApiProperty({ type: DeliveryStateDto }) delivery!: DeliveryStateDto;
  @ApiProperty({ type: PaymentStateDto }) payment!: PaymentStateDto;
  @ApiProperty({ description: 'Not carried out by its deadline and no enforcement decision recorded (LXLVPHC Đ85 k1)' }) enforcementDue!: boolean;
  @ApiProperty({ type: String, nullable: true }) enforcementReason!: string | null;
  @ApiProperty({ type: ExecutionLimitDto }) executionLimit!: ExecutionLimitDto;
  @ApiProperty({ type: [RemedialStateDto] }) remedial!: RemedialStateDto[];
  @ApiProperty({ type: SuspensionStateDto, nullable: true, description: 'Tạm đình chỉ thi hành in force today' }) executionSuspended!: SuspensionStateDto | null;
  @ApiProperty({ type: ExecutionFactsDto }) facts!: ExecutionFactsDto;
  @ApiProperty({ type: [String], description: 'What still stands between the decision and "executed"' }) outstanding!: string[];
  @ApiProperty({ type: [DeliveryDto] }) deliveries!: DeliveryDto[];
  @ApiProperty({ type: [FinePaymentDto] }) payments!: FinePaymentDto[];
  @ApiProperty({ type: [ExecutionRequestDto] }) requests!: ExecutionRequestDto[];
  @ApiProperty({ type: [EnforcementDto] }) enforcements!: EnforcementDto[];
  @ApiProperty({ type: [ComplaintDto] }) complaints!: ComplaintDto[];
  @ApiProperty({ type: [ExecutionFileDto] }) files!: ExecutionFileDto[];
  @ApiPropertyOptional({ type: [WarningDto], description: 'Conditions legal staff must confirm by hand' }) warnings?: WarningDto[];
}
