import { ValidateDate, ValidateEnum, ValidateText } from '@app/common/dto.decorators';
import { VersionDto } from '@app/registry/record.dto';
import { ClosureReason, ExecutionMode, ExplanationOutcome } from '@libs/cases';

/** A transition with nothing to add but the version read. */
export class TransitionDto extends VersionDto {
  @ValidateText({ optional: true, max: 2000, description: 'Ghi chú' })
  note?: string;
}

export class ReadyForDecisionDto extends TransitionDto {
  @ValidateEnum(ExplanationOutcome, 'ExplanationOutcome', {
    optional: true,
    description: 'The explanation was received, or waived in writing; omit when the window simply passed (LXLVPHC Đ61)',
  })
  explanationOutcome?: ExplanationOutcome;

  @ValidateDate({ optional: true, description: 'When the explanation or waiver was received (default: today)' })
  explanationOutcomeOn?: string;
}

export class DecideDto extends TransitionDto {
  @ValidateText({ max: 64, description: 'Số quyết định xử phạt', example: '05/QĐ-XPHC' })
  decisionRef!: string;

  @ValidateDate({ description: 'Ngày ra quyết định' })
  decidedOn!: string;
}

export class ExecuteDto extends TransitionDto {
  @ValidateEnum(ExecutionMode, 'ExecutionMode', { description: 'Nộp phạt (paid) or cưỡng chế (enforced)' })
  mode!: ExecutionMode;

  @ValidateDate({ description: 'Ngày chấp hành xong' })
  executedOn!: string;
}

export class CloseWithoutSanctionDto extends VersionDto {
  @ValidateEnum(ClosureReason, 'ClosureReason', { description: 'Căn cứ không ra quyết định xử phạt (LXLVPHC Đ65 k1), or no violation found' })
  reason!: ClosureReason;

  @ValidateText({ max: 5000, description: 'The facts behind the reason' })
  note!: string;
}

export class ExtendDecisionDeadlineDto extends VersionDto {
  @ValidateText({ max: 2000, description: 'Lý do gia hạn (LXLVPHC Đ66 k1): why more time is needed to verify or gather evidence' })
  reason!: string;
}
