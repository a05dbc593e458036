import { Column, Entity } from 'typeorm';
import { BaseRecord } from '@app/database/base.entity';

/**
 * A provincial department (Sở) that licenses and inspects the press: the tenant. Its parent body
 * (cơ quan chủ quản) and place name (địa danh) are printed on every document it issues (NĐ 30/2020 Đ8 k2).
 */
@Entity('departments')
export class Department extends BaseRecord {
  /** Tên cơ quan, e.g. "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh". */
  @Column({ type: 'text' })
  name!: string;

  /** Tên cơ quan chủ quản, e.g. "Ủy ban nhân dân Thành phố Hồ Chí Minh". */
  @Column({ type: 'text' })
  parentBody!: string;

  /** Địa danh on the place-and-date line, e.g. "Thành phố Hồ Chí Minh". */
  @Column({ type: 'text' })
  placeName!: string;

  /** Mã tỉnh (two digits, e.g. "79"). */
  @Column({ type: 'varchar', length: 8 })
  provinceCode!: string;

  /** Chữ viết tắt tên cơ quan used in document symbols, e.g. "SVHTT". */
  @Column({ type: 'varchar', length: 32 })
  abbreviation!: string;
}
