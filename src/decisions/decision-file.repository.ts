import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CaseSubjectType } from '@app/cases/cases.enums';
import type { InspectionCase } from '@app/cases/entities/inspection-case.entity';
import { LicenceHolderType, LicenceKind } from '@app/registry/registry.enums';
import type { LicenceRef } from '@libs/legal/sanctions';

/** The printed names of the licences a suspension can concern (Luật Báo chí 2016 Đ18; NĐ 72/2013 Đ23). */
const LICENCE_LABEL: Readonly<Record<LicenceKind, string>> = {
  [LicenceKind.PressActivity]: 'Giấy phép hoạt động báo chí',
  [LicenceKind.Supplement]: 'Giấy phép xuất bản thêm ấn phẩm, phụ trương, chuyên trang, kênh',
  [LicenceKind.GeneralSite]: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp',
  [LicenceKind.RepresentativeOffice]: 'Văn bản chấp thuận thành lập văn phòng đại diện',
};

/** The registry holders a case subject can be (a resident reporter or an unregistered subject holds no licence). */
const HOLDER: Partial<Record<CaseSubjectType, string>> = {
  [CaseSubjectType.PressAgency]: 'press_agency',
  [CaseSubjectType.GeneralSite]: 'e_information_site',
  [CaseSubjectType.RepresentativeOffice]: 'representative_office',
};

/** The registry holder the case subject is, if any (its licences are the ones a suspension concerns). */
export function subjectHolder(c: Pick<InspectionCase, 'subjectType' | 'subjectId'>): { type: LicenceHolderType; id: string } | null {
  const holder = HOLDER[c.subjectType];
  return holder ? { type: holder as LicenceHolderType, id: c.subjectId } : null;
}

/** What a decision reads from the case file beyond the case and the record. */
@Injectable()
export class DecisionFileRepository {
  /**
   * The licence a suspension of the subject would concern: its operating licence (press activity, general site,
   * representative office) in force in the department's registry, when there is exactly one; otherwise the officer
   * names it on the line.
   */
  async subjectLicence(manager: EntityManager, c: InspectionCase): Promise<LicenceRef | null> {
    const holder = HOLDER[c.subjectType];
    if (!holder) return null;
    const rows: { number: string; kind: LicenceKind }[] = await manager.query(
      `select number, kind from licences
        where department_id = $1 and holder_type = $2 and holder_id = $3 and status in ('active', 'suspended')
          and kind in ('press_activity', 'general_site', 'representative_office')`,
      [c.departmentId, holder, c.subjectId],
    );
    return rows.length === 1 ? { number: rows[0].number, label: LICENCE_LABEL[rows[0].kind] } : null;
  }
}
