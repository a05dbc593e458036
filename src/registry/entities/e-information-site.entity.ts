import { Column, Entity, Index } from 'typeorm';
import { DepartmentRecord } from '@app/database/department-record.entity';

/** Trang thông tin điện tử tổng hợp and the organisation that owns it. */
@Entity('e_information_sites')
@Index('ix_e_information_sites_department', ['departmentId', 'name'])
export class EInformationSite extends DepartmentRecord {
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  domains!: string[];

  @Column({ type: 'text' })
  ownerName!: string;

  /** Mã số thuế / mã số doanh nghiệp of the owner. */
  @Column({ type: 'varchar', length: 32, default: '' })
  ownerTaxCode!: string;

  @Column({ type: 'text', default: '' })
  ownerAddress!: string;

  /** Người đại diện theo pháp luật. */
  @Column({ type: 'text', default: '' })
  legalRepresentative!: string;

  @Column({ type: 'text', select: false, default: '' })
  searchText!: string;
}
