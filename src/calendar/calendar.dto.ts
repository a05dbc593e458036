import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { QueryInt, ValidateDate, ValidateText } from '@app/common/dto.decorators';
import { HOLIDAY_KINDS, type HolidayKind } from '@libs/vn';

export class CalendarEntryCreateDto {
  @ValidateDate({ description: 'The day', example: '2027-02-05' })
  date!: string;

  @IsIn(HOLIDAY_KINDS)
  @ApiProperty({
    enum: HOLIDAY_KINDS,
    enumName: 'HolidayKind',
    description: 'public-holiday (nghỉ lễ, tết), substitute-day-off (nghỉ bù), bridging-day-off (nghỉ hoán đổi), make-up-working-day (làm bù)',
  })
  kind!: HolidayKind;

  @ValidateText({ max: 300, description: 'Tên ngày, e.g. "Tết Nguyên đán (mùng 1 tháng Giêng)"' })
  nameVi!: string;

  @ValidateText({ optional: true, max: 300 })
  nameEn?: string;

  @ValidateText({ max: 1000, description: 'Legal basis or announcement (e.g. the Government Office letter)' })
  source!: string;
}

export class CalendarEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'date' }) date!: string;
  @ApiProperty({ enum: HOLIDAY_KINDS, enumName: 'HolidayKind' }) kind!: HolidayKind;
  @ApiProperty() nameVi!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty() source!: string;
}

export class CalendarYearDto {
  @ApiProperty() year!: number;
  @ApiProperty({ description: 'False when no entry exists for the year: deadlines over it cannot be counted' }) covered!: boolean;
  @ApiProperty({ type: [CalendarEntryDto] }) entries!: CalendarEntryDto[];
}

export class CalendarQueryDto {
  @QueryInt({ min: 2000, max: 2100, description: 'Year (default: this year in Vietnam)' })
  year?: number;
}
