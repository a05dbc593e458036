import { IntersectionType, PartialType } from '@nestjs/swagger';
import { PrintableText, ValidateDate, ValidateEnum, ValidateText } from '@app/common/dto.decorators';
import { pageDtoOf } from '@app/common/paging.dto';
import { foldForSearch } from '@app/common/search-text';
import { RepresentativeOffice } from '@app/registry/entities/representative-office.entity';
import { withRecordMeta, RecordMetaDto, RegistryQueryDto, VersionDto } from '@app/registry/record.dto';
import { registryController } from '@app/registry/registry.controller-factory';
import { LicenceHolderType, RepresentativeOfficeStatus } from '@app/registry/registry.enums';
import { RegistryResource } from '@app/registry/registry.spec-types';

export class RepresentativeOfficeCreateDto {
  @PrintableText()
  @ValidateText({ max: 300, description: 'Cơ quan báo chí có văn phòng đại diện', example: 'Báo Nhân Dân' })
  agencyName!: string;

  @PrintableText()
  @ValidateText({ max: 500 })
  address!: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Trưởng văn phòng đại diện' })
  headName?: string;

  @ValidateDate({ nullable: true, description: 'Ngày thông báo / chấp thuận' })
  notifiedOn?: string | null;

  @ValidateEnum(RepresentativeOfficeStatus, 'RepresentativeOfficeStatus', { optional: true })
  status?: RepresentativeOfficeStatus;
}

export class RepresentativeOfficeUpdateDto extends IntersectionType(PartialType(RepresentativeOfficeCreateDto), VersionDto) {}

export class RepresentativeOfficeDto extends IntersectionType(RecordMetaDto, RepresentativeOfficeCreateDto) {}

export class RepresentativeOfficeQueryDto extends RegistryQueryDto {
  @ValidateEnum(RepresentativeOfficeStatus, 'RepresentativeOfficeStatus', { optional: true })
  status?: RepresentativeOfficeStatus;
}

export const representativeOffices: RegistryResource<RepresentativeOffice, RepresentativeOfficeDto, RepresentativeOfficeQueryDto> = {
  entity: RepresentativeOffice,
  path: 'representative-offices',
  auditType: 'representative_office',
  label: 'Representative office',
  sortable: { agencyName: 'agencyName', notifiedOn: 'notifiedOn', createdAt: 'createdAt' },
  defaultSort: 'agencyName',
  holderType: LicenceHolderType.RepresentativeOffice,
  searchText: (e) => foldForSearch(e.agencyName, e.headName, e.address),
  toDto: (e) => withRecordMeta(e, {
    agencyName: e.agencyName,
    address: e.address,
    headName: e.headName,
    notifiedOn: e.notifiedOn,
    status: e.status,
  }),
  applyFilters: (qb, q) => {
    if (q.status) qb.andWhere('e.status = :status', { status: q.status });
  },
};

export const RepresentativeOfficesController = registryController({
  resource: representativeOffices as never,
  termVi: 'văn phòng đại diện (representative offices)',
  createDto: RepresentativeOfficeCreateDto,
  updateDto: RepresentativeOfficeUpdateDto,
  queryDto: RepresentativeOfficeQueryDto,
  responseDto: RepresentativeOfficeDto,
  pageDto: pageDtoOf(RepresentativeOfficeDto),
});
