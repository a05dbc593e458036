import { IntersectionType, PartialType } from '@nestjs/swagger';
import { PrintableText, QueryBoolean, ValidateDate, ValidateText, ValidateUuid } from '@app/common/dto.decorators';
import { pageDtoOf } from '@app/common/paging.dto';
import { foldForSearch } from '@app/common/search-text';
import { AppError } from '@app/common/errors';
import { RepresentativeOffice } from '@app/registry/entities/representative-office.entity';
import { ResidentReporter } from '@app/registry/entities/resident-reporter.entity';
import { withRecordMeta, RecordMetaDto, RegistryQueryDto, VersionDto } from '@app/registry/record.dto';
import { registryController } from '@app/registry/registry.controller-factory';
import { RegistryResource } from '@app/registry/registry.spec-types';
import { todayInVietnam } from '@libs/vn';

export class ResidentReporterCreateDto {
  @PrintableText()
  @ValidateText({ max: 300, description: 'Cơ quan báo chí cử phóng viên thường trú' })
  agencyName!: string;

  @ValidateUuid({ nullable: true, description: 'Văn phòng đại diện the reporter works from, if registered' })
  representativeOfficeId?: string | null;

  @PrintableText()
  @ValidateText({ max: 200, example: 'Trần Thị B' })
  fullName!: string;

  @ValidateText({ optional: true, max: 64, description: 'Số thẻ nhà báo' })
  pressCardNumber?: string;

  @ValidateDate({ nullable: true, description: 'Thẻ nhà báo hết hạn' })
  pressCardExpiresOn?: string | null;

  @ValidateText({ optional: true, max: 300, description: 'Địa bàn thường trú' })
  area?: string;

  @ValidateDate({ nullable: true, description: 'Ngày bổ nhiệm' })
  appointedOn?: string | null;

  @ValidateDate({ nullable: true, description: 'Ngày kết thúc' })
  endedOn?: string | null;
}

export class ResidentReporterUpdateDto extends IntersectionType(PartialType(ResidentReporterCreateDto), VersionDto) {}

export class ResidentReporterDto extends IntersectionType(RecordMetaDto, ResidentReporterCreateDto) {}

export class ResidentReporterQueryDto extends RegistryQueryDto {
  @QueryBoolean({ description: 'true: appointed and not ended today' })
  active?: boolean;
}

export const residentReporters: RegistryResource<ResidentReporter, ResidentReporterDto, ResidentReporterQueryDto> = {
  entity: ResidentReporter,
  path: 'resident-reporters',
  auditType: 'resident_reporter',
  label: 'Resident reporter',
  sortable: { fullName: 'fullName', agencyName: 'agencyName', pressCardExpiresOn: 'pressCardExpiresOn', createdAt: 'createdAt' },
  defaultSort: 'fullName',
  searchText: (e) => foldForSearch(e.fullName, e.agencyName, e.pressCardNumber, e.area),
  toDto: (e) => withRecordMeta(e, {
    agencyName: e.agencyName,
    representativeOfficeId: e.representativeOfficeId,
    fullName: e.fullName,
    pressCardNumber: e.pressCardNumber,
    pressCardExpiresOn: e.pressCardExpiresOn,
    area: e.area,
    appointedOn: e.appointedOn,
    endedOn: e.endedOn,
  }),
  beforeSave: async (manager, e) => {
    if (!e.representativeOfficeId) return;
    const office = await manager.findOneBy(RepresentativeOffice, { id: e.representativeOfficeId, departmentId: e.departmentId });
    if (!office) throw AppError.field('representativeOfficeId', 'no representative office with this id in your department');
  },
  applyFilters: (qb, q) => {
    if (q.active === undefined) return;
    const active = '(e.appointedOn is null or e.appointedOn <= :today) and (e.endedOn is null or e.endedOn >= :today)';
    qb.andWhere(q.active ? active : `not (${active})`, { today: todayInVietnam() });
  },
};

export const ResidentReportersController = registryController({
  resource: residentReporters as never,
  termVi: 'phóng viên thường trú (resident reporters)',
  createDto: ResidentReporterCreateDto,
  updateDto: ResidentReporterUpdateDto,
  queryDto: ResidentReporterQueryDto,
  responseDto: ResidentReporterDto,
  pageDto: pageDtoOf(ResidentReporterDto),
});
