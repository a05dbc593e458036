import { IntersectionType, PartialType } from '@nestjs/swagger';
import { PrintableText, ValidateEnum, ValidateText } from '@app/common/dto.decorators';
import { pageDtoOf } from '@app/common/paging.dto';
import { foldForSearch } from '@app/common/search-text';
import { domainSearchText } from '@app/registry/domain-names';
import { ValidateDomainList } from '@app/registry/domains';
import { PressAgency } from '@app/registry/entities/press-agency.entity';
import { withRecordMeta, RecordMetaDto, RegistryQueryDto, VersionDto } from '@app/registry/record.dto';
import { registryController } from '@app/registry/registry.controller-factory';
import { LicenceHolderType, PressAgencyKind, PressAgencyScope } from '@app/registry/registry.enums';
import { RegistryResource } from '@app/registry/registry.spec-types';

export class PressAgencyCreateDto {
  @ValidateEnum(PressAgencyKind, 'PressAgencyKind', { description: 'Loại hình báo chí' })
  kind!: PressAgencyKind;

  @PrintableText()
  @ValidateText({ max: 300, example: 'Tạp chí Văn hóa Sài Gòn' })
  name!: string;

  @ValidateText({ max: 300, description: 'Cơ quan chủ quản' })
  governingBody!: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Tổng biên tập / người đứng đầu' })
  headName?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 500 })
  address?: string;

  @ValidateEnum(PressAgencyScope, 'PressAgencyScope', { description: 'Địa phương hay trung ương' })
  scope!: PressAgencyScope;

  @ValidateDomainList({ optional: true, description: 'Tên miền (e-newspapers and e-magazines), stored in ASCII (IDNA) form' })
  domains?: string[];
}

export class PressAgencyUpdateDto extends IntersectionType(PartialType(PressAgencyCreateDto), VersionDto) {}

export class PressAgencyDto extends IntersectionType(RecordMetaDto, PressAgencyCreateDto) {}

export class PressAgencyQueryDto extends RegistryQueryDto {
  @ValidateEnum(PressAgencyKind, 'PressAgencyKind', { optional: true })
  kind?: PressAgencyKind;

  @ValidateEnum(PressAgencyScope, 'PressAgencyScope', { optional: true })
  scope?: PressAgencyScope;
}

export const pressAgencies: RegistryResource<PressAgency, PressAgencyDto, PressAgencyQueryDto> = {
  entity: PressAgency,
  path: 'press-agencies',
  auditType: 'press_agency',
  label: 'Press agency',
  sortable: { name: 'name', kind: 'kind', createdAt: 'createdAt', updatedAt: 'updatedAt' },
  defaultSort: 'name',
  holderType: LicenceHolderType.PressAgency,
  searchText: (e) => foldForSearch(e.name, e.governingBody, e.headName, domainSearchText(e.domains)),
  toDto: (e) => withRecordMeta(e, {
    kind: e.kind,
    name: e.name,
    governingBody: e.governingBody,
    headName: e.headName,
    address: e.address,
    scope: e.scope,
    domains: e.domains,
  }),
  applyFilters: (qb, q) => {
    if (q.kind) qb.andWhere('e.kind = :kind', { kind: q.kind });
    if (q.scope) qb.andWhere('e.scope = :scope', { scope: q.scope });
  },
};

export const PressAgenciesController = registryController({
  resource: pressAgencies as never,
  termVi: 'cơ quan báo chí (press agencies)',
  createDto: PressAgencyCreateDto,
  updateDto: PressAgencyUpdateDto,
  queryDto: PressAgencyQueryDto,
  responseDto: PressAgencyDto,
  pageDto: pageDtoOf(PressAgencyDto),
});
