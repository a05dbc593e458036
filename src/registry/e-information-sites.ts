import { IntersectionType, PartialType } from '@nestjs/swagger';
import { PrintableText, ValidateText } from '@app/common/dto.decorators';
import { pageDtoOf } from '@app/common/paging.dto';
import { foldForSearch } from '@app/common/search-text';
import { domainSearchText } from '@app/registry/domain-names';
import { ValidateDomainList } from '@app/registry/domains';
import { EInformationSite } from '@app/registry/entities/e-information-site.entity';
import { withRecordMeta, RecordMetaDto, RegistryQueryDto, VersionDto } from '@app/registry/record.dto';
import { registryController } from '@app/registry/registry.controller-factory';
import { LicenceHolderType } from '@app/registry/registry.enums';
import { RegistryResource } from '@app/registry/registry.spec-types';

export class EInformationSiteCreateDto {
  @ValidateText({ max: 300, description: 'Tên trang thông tin điện tử tổng hợp' })
  name!: string;

  @ValidateDomainList({ description: 'Tên miền, stored in ASCII (IDNA) form', example: ['tintuc-example.vn'] })
  domains!: string[];

  @PrintableText()
  @ValidateText({ max: 300, description: 'Tổ chức chủ quản (owner organisation)' })
  ownerName!: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 32, description: 'Mã số thuế / mã số doanh nghiệp' })
  ownerTaxCode?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 500, description: 'Địa chỉ trụ sở' })
  ownerAddress?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Người đại diện theo pháp luật' })
  legalRepresentative?: string;
}

export class EInformationSiteUpdateDto extends IntersectionType(PartialType(EInformationSiteCreateDto), VersionDto) {}

export class EInformationSiteDto extends IntersectionType(RecordMetaDto, EInformationSiteCreateDto) {}

export const eInformationSites: RegistryResource<EInformationSite, EInformationSiteDto> = {
  entity: EInformationSite,
  path: 'e-information-sites',
  auditType: 'e_information_site',
  label: 'General e-information site',
  sortable: { name: 'name', ownerName: 'ownerName', createdAt: 'createdAt' },
  defaultSort: 'name',
  holderType: LicenceHolderType.GeneralSite,
  searchText: (e) => foldForSearch(e.name, e.ownerName, e.ownerTaxCode, domainSearchText(e.domains)),
  toDto: (e) => withRecordMeta(e, {
    name: e.name,
    domains: e.domains,
    ownerName: e.ownerName,
    ownerTaxCode: e.ownerTaxCode,
    ownerAddress: e.ownerAddress,
    legalRepresentative: e.legalRepresentative,
  }),
};

export const EInformationSitesController = registryController({
  resource: eInformationSites as never,
  termVi: 'trang thông tin điện tử tổng hợp (general e-information sites)',
  createDto: EInformationSiteCreateDto,
  updateDto: EInformationSiteUpdateDto,
  queryDto: RegistryQueryDto,
  responseDto: EInformationSiteDto,
  pageDto: pageDtoOf(EInformationSiteDto),
});
