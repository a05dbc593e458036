import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, Matches } from 'class-validator';
import { ValidateBoolean, ValidateDate, ValidateEnum, ValidateText, ValidateUuid } from '@app/common/dto.decorators';
import { ListQueryDto, pageDtoOf } from '@app/common/paging.dto';
import { CaseOrigin, CaseSubjectType, ViolationRecordStatus } from '@app/cases/cases.enums';
import { DeadlineDto } from '@app/cases/dto/deadline.dto';
import { RecordMetaDto, VersionDto } from '@app/registry/record.dto';
import { CaseAction, CaseStatus, ClosureReason, ExecutionMode, ExplanationOutcome } from '@libs/cases';

const InspectorIds = () =>
  applyDecorators(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    IsUUID('all', { each: true }),
    ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Thanh tra viên được phân công: active inspectors of the department' }),
  );

export class CaseCreateDto {
  @ValidateText({ max: 300, description: 'Tên vụ việc', example: 'Trang tin tintuc-example.vn hoạt động như báo điện tử' })
  title!: string;

  @ValidateText({ optional: true, max: 5000, description: 'Tóm tắt nội dung' })
  summary?: string;

  @ValidateEnum(CaseSubjectType, 'CaseSubjectType', { description: 'Đối tượng: a registry record or an unregistered subject' })
  subjectType!: CaseSubjectType;

  @ValidateUuid({ description: 'The registry record (or unregistered subject) of the department' })
  subjectId!: string;

  @ValidateEnum(CaseOrigin, 'CaseOrigin', { description: 'Nguồn phát hiện' })
  origin!: CaseOrigin;

  @ValidateText({ optional: true, max: 1000, description: 'e.g. the complaint reference or the referring body' })
  originNote?: string;

  @ValidateDate({ optional: true, description: 'Ngày mở hồ sơ (default: today); not in the future' })
  openedOn?: string;

  @InspectorIds()
  assignedInspectorIds?: string[];

  @ValidateBoolean({ optional: true, description: 'Vụ việc phức tạp: 5 working days for the record (NĐ 118/2021 Đ12 k2)' })
  complex?: boolean;

  @ValidateBoolean({ optional: true, description: 'Cần xác minh: 1 month for the decision (LXLVPHC Đ66 k1)' })
  verificationNeeded?: boolean;
}

export class CaseUpdateDto extends VersionDto {
  @ValidateText({ optional: true, max: 300 })
  title?: string;

  @ValidateText({ optional: true, max: 5000 })
  summary?: string;

  @ValidateText({ optional: true, max: 1000 })
  originNote?: string;

  @InspectorIds()
  assignedInspectorIds?: string[];

  @ValidateBoolean({ optional: true })
  complex?: boolean;

  @ValidateBoolean({ optional: true })
  verificationNeeded?: boolean;

  @ValidateDate({ optional: true, description: 'Ngày đối tượng nhận quyết định (decided cases): starts the 10-day payment period' })
  decisionReceivedOn?: string;
}

export class CaseQueryDto extends ListQueryDto {
  @ValidateEnum(CaseStatus, 'CaseStatus', { optional: true })
  status?: CaseStatus;

  @ValidateEnum(CaseOrigin, 'CaseOrigin', { optional: true })
  origin?: CaseOrigin;

  @ValidateEnum(CaseSubjectType, 'CaseSubjectType', { optional: true })
  subjectType?: CaseSubjectType;

  @ValidateUuid({ optional: true })
  subjectId?: string;

  @ValidateText({ optional: true, max: 20, description: '"overdue", or "within:N" for a step due in the next N days (calendar days)', example: 'within:7' })
  @Matches(/^(overdue|within:\d{1,4})$/, { message: 'due must be "overdue" or "within:N" with N a whole number of days' })
  due?: string;

  @ValidateText({ optional: true, max: 36, description: 'Giao cho: "me" for the caller\'s cases, or an inspector\'s id (cases they are assigned to)', example: 'me' })
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, { message: 'assignee must be "me" or a user id' })
  assignee?: string;

  @ValidateUuid({ optional: true, description: 'Ministry viewer only: one department' })
  departmentId?: string;
}

export class RecordSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ViolationRecordStatus, enumName: 'ViolationRecordStatus' }) status!: ViolationRecordStatus;
  @ApiProperty({ type: String, nullable: true, example: '12/BB-VPHC' }) number!: string | null;
  @ApiProperty({ type: String, format: 'date' }) drawnOn!: string;
}

export class CaseCountsDto {
  @ApiProperty() inspections!: number;
  @ApiProperty() violations!: number;
  @ApiProperty() evidence!: number;
}

/** Hồ sơ vụ việc with its deadlines and the transitions possible now. */
export class CaseDto extends RecordMetaDto {
  @ApiProperty({ example: '15/2026/HS' }) number!: string;
  @ApiProperty() year!: number;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: CaseSubjectType, enumName: 'CaseSubjectType' }) subjectType!: CaseSubjectType;
  @ApiProperty({ format: 'uuid' }) subjectId!: string;
  @ApiProperty() subjectName!: string;
  @ApiProperty({ enum: CaseOrigin, enumName: 'CaseOrigin' }) origin!: CaseOrigin;
  @ApiProperty() originNote!: string;
  @ApiProperty({ type: String, format: 'date' }) openedOn!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) assignedInspectorIds!: string[];
  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' }) status!: CaseStatus;
  @ApiProperty() complex!: boolean;
  @ApiProperty() verificationNeeded!: boolean;
  @ApiProperty({ enum: ExplanationOutcome, enumName: 'ExplanationOutcome', nullable: true }) explanationOutcome!: ExplanationOutcome | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) explanationOutcomeOn!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionExtensionReason!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionRef!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decidedOn!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decisionReceivedOn!: string | null;
  @ApiProperty({ enum: ExecutionMode, enumName: 'ExecutionMode', nullable: true }) executionMode!: ExecutionMode | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) executedOn!: string | null;
  @ApiProperty({ enum: ClosureReason, enumName: 'ClosureReason', nullable: true }) closureReason!: ClosureReason | null;
  @ApiProperty({ type: String, nullable: true }) closureNote!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) closedOn!: string | null;
  @ApiProperty({ type: CaseCountsDto }) counts!: CaseCountsDto;
  @ApiProperty({ type: RecordSummaryDto, nullable: true }) violationRecord!: RecordSummaryDto | null;
  @ApiProperty({ type: [DeadlineDto] }) deadlines!: DeadlineDto[];
  @ApiProperty({ enum: CaseAction, enumName: 'CaseAction', isArray: true, description: 'Transitions whose guards pass now' }) availableActions!: CaseAction[];
}

export const CasePageDto = pageDtoOf(CaseDto);
