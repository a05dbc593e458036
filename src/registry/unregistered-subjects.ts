import { IntersectionType, PartialType } from '@nestjs/swagger';
import { PrintableText, ValidateDate, ValidateEnum, ValidateText } from '@app/common/dto.decorators';
import { pageDtoOf } from '@app/common/paging.dto';
import { foldForSearch } from '@app/common/search-text';
import { domainSearchText } from '@app/registry/domain-names';
import { ValidateSiteAddressList } from '@app/registry/domains';
import { UnregisteredSubject } from '@app/registry/entities/unregistered-subject.entity';
import { withRecordMeta, RecordMetaDto, RegistryQueryDto, VersionDto } from '@app/registry/record.dto';
import { registryController } from '@app/registry/registry.controller-factory';
import { SubjectKind } from '@app/registry/registry.enums';
import { RegistryResource } from '@app/registry/registry.spec-types';

/** Identity fields a sanction decision prints for a subject outside the registry (MQĐ02 Điều 1 item 1). */
export class UnregisteredSubjectCreateDto {
  @ValidateEnum(SubjectKind, 'SubjectKind', { description: 'Cá nhân hay tổ chức' })
  kind!: SubjectKind;

  @PrintableText()
  @ValidateText({ max: 300, description: 'Họ tên / tên tổ chức' })
  name!: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 500, description: 'Nơi ở / địa chỉ trụ sở chính' })
  address?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 32, description: 'Số định danh cá nhân / CCCD / hộ chiếu' })
  personalId?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 32, description: 'Mã số thuế / mã số doanh nghiệp' })
  taxCode?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Người đại diện theo pháp luật' })
  representative?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Chức danh người đại diện' })
  representativeTitle?: string;

  @ValidateDate({ nullable: true, description: 'Ngày sinh' })
  dateOfBirth?: string | null;

  @ValidateText({ optional: true, max: 16, description: 'Giới tính' })
  gender?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 100, description: 'Quốc tịch' })
  nationality?: string;

  @PrintableText()
  @ValidateText({ optional: true, max: 200, description: 'Nghề nghiệp' })
  occupation?: string;

  @ValidateSiteAddressList({ optional: true, description: 'Websites or channels used: domains, or a domain and a path (facebook.com/trang-tin); the domain stored in ASCII (IDNA) form' })
  domains?: string[];

  @ValidateText({ optional: true, max: 2000 })
  note?: string;
}

export class UnregisteredSubjectUpdateDto extends IntersectionType(PartialType(UnregisteredSubjectCreateDto), VersionDto) {}

export class UnregisteredSubjectDto extends IntersectionType(RecordMetaDto, UnregisteredSubjectCreateDto) {}

export class UnregisteredSubjectQueryDto extends RegistryQueryDto {
  @ValidateEnum(SubjectKind, 'SubjectKind', { optional: true })
  kind?: SubjectKind;
}

export const unregisteredSubjects: RegistryResource<UnregisteredSubject, UnregisteredSubjectDto, UnregisteredSubjectQueryDto> = {
  entity: UnregisteredSubject,
  path: 'unregistered-subjects',
  auditType: 'unregistered_subject',
  label: 'Unregistered subject',
  sortable: { name: 'name', createdAt: 'createdAt' },
  defaultSort: 'name',
  searchText: (e) => foldForSearch(e.name, e.taxCode, e.personalId, e.representative, domainSearchText(e.domains)),
  toDto: (e) => withRecordMeta(e, {
    kind: e.kind,
    name: e.name,
    address: e.address,
    personalId: e.personalId,
    taxCode: e.taxCode,
    representative: e.representative,
    representativeTitle: e.representativeTitle,
    dateOfBirth: e.dateOfBirth,
    gender: e.gender,
    nationality: e.nationality,
    occupation: e.occupation,
    domains: e.domains,
    note: e.note,
  }),
  applyFilters: (qb, q) => {
    if (q.kind) qb.andWhere('e.kind = :kind', { kind: q.kind });
  },
};

export const UnregisteredSubjectsController = registryController({
  resource: unregisteredSubjects as never,
  termVi: 'đối tượng chưa đăng ký (unregistered subjects)',
  createDto: UnregisteredSubjectCreateDto,
  updateDto: UnregisteredSubjectUpdateDto,
  queryDto: UnregisteredSubjectQueryDto,
  responseDto: UnregisteredSubjectDto,
  pageDto: pageDtoOf(UnregisteredSubjectDto),
});
