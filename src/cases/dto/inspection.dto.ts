import { ApiProperty, IntersectionType, PartialType } from '@nestjs/swagger';
import { QueryInt, ValidateDate, ValidateEnum, ValidateInt, ValidateText, ValidateTextList } from '@app/common/dto.decorators';
import { InspectionKind, InspectionPlanning } from '@app/cases/cases.enums';
import { RecordMetaDto, VersionDto } from '@app/registry/record.dto';

export class InspectionCreateDto {
  @ValidateEnum(InspectionKind, 'InspectionKind', { description: 'Thanh tra (inspection) or kiểm tra (check)' })
  kind!: InspectionKind;

  @ValidateEnum(InspectionPlanning, 'InspectionPlanning', { description: 'Theo kế hoạch năm (planned) or đột xuất (ad hoc)' })
  planning!: InspectionPlanning;

  @ValidateInt({ optional: true, min: 2000, max: 2100, description: 'Year of the annual plan; required for a planned inspection' })
  planYear?: number;

  @ValidateText({ optional: true, max: 64, description: 'Số quyết định thanh tra / kiểm tra', example: '25/QĐ-SVHTT' })
  decisionNumber?: string;

  @ValidateDate({ optional: true, description: 'Ngày quyết định' })
  decisionDate?: string;

  @ValidateTextList({ optional: true, max: 300, maxItems: 30, description: 'Đoàn thanh tra, kiểm tra: "name – role" per member' })
  team?: string[];

  @ValidateDate({ optional: true, description: 'First day of the inspection period' })
  periodFrom?: string;

  @ValidateDate({ optional: true, description: 'Last day of the inspection period' })
  periodTo?: string;

  @ValidateText({ optional: true, max: 500, description: 'Địa điểm' })
  place?: string;

  @ValidateText({ optional: true, max: 20000, description: 'Nội dung phát hiện' })
  findings?: string;

  @ValidateText({ optional: true, max: 20000, description: 'Kết luận thanh tra / kết quả kiểm tra' })
  conclusion?: string;

  @ValidateDate({ optional: true, description: 'Date of the conclusion' })
  concludedOn?: string;
}

export class InspectionUpdateDto extends IntersectionType(PartialType(InspectionCreateDto), VersionDto) {}

export class InspectionDto extends RecordMetaDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ enum: InspectionKind, enumName: 'InspectionKind' }) kind!: InspectionKind;
  @ApiProperty({ enum: InspectionPlanning, enumName: 'InspectionPlanning' }) planning!: InspectionPlanning;
  @ApiProperty({ type: Number, nullable: true }) planYear!: number | null;
  @ApiProperty() decisionNumber!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) decisionDate!: string | null;
  @ApiProperty({ type: [String] }) team!: string[];
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodFrom!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) periodTo!: string | null;
  @ApiProperty() place!: string;
  @ApiProperty() findings!: string;
  @ApiProperty() conclusion!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) concludedOn!: string | null;
  @ApiProperty({ type: [String], description: 'e.g. the subject already has a planned inspection this year' }) warnings!: string[];
}

export class PlannedInspectionDto extends InspectionDto {
  @ApiProperty({ example: '15/2026/HS' }) caseNumber!: string;
  @ApiProperty() subjectType!: string;
  @ApiProperty({ format: 'uuid' }) subjectId!: string;
  @ApiProperty() subjectName!: string;
}

/** Kế hoạch thanh tra, kiểm tra năm: the planned inspections of one year, duplicates flagged. */
export class InspectionPlanDto {
  @ApiProperty() year!: number;
  @ApiProperty({ type: [PlannedInspectionDto] }) items!: PlannedInspectionDto[];
}

export class InspectionPlanQueryDto {
  @QueryInt({ min: 2000, max: 2100, description: 'Year (default: this year in Vietnam)' })
  year?: number;
}
