/** Loại hình cơ quan báo chí (Luật Báo chí 2016 Đ4; 2025 Law keeps the same kinds). */
export enum PressAgencyKind {
  PrintNewspaper = 'print_newspaper',
  ElectronicNewspaper = 'e_newspaper',
  PrintMagazine = 'print_magazine',
  ElectronicMagazine = 'e_magazine',
  Radio = 'radio',
  Television = 'television',
}

/** Whether the agency is governed locally (địa phương) or a central agency (trung ương). */
export enum PressAgencyScope {
  Local = 'local',
  Central = 'central',
}

export enum RepresentativeOfficeStatus {
  Active = 'active',
  Suspended = 'suspended',
  Closed = 'closed',
}

/** What a licence allows; the holder is a press agency, a general e-information site or an office. */
export enum LicenceKind {
  /** Giấy phép hoạt động báo chí. */
  PressActivity = 'press_activity',
  /** Giấy phép xuất bản thêm ấn phẩm, phụ trương, chuyên trang, kênh. */
  Supplement = 'supplement',
  /** Giấy phép thiết lập trang thông tin điện tử tổng hợp. */
  GeneralSite = 'general_site',
  /** Văn bản chấp thuận văn phòng đại diện. */
  RepresentativeOffice = 'representative_office',
}

export enum LicenceHolderType {
  PressAgency = 'press_agency',
  GeneralSite = 'e_information_site',
  RepresentativeOffice = 'representative_office',
}

/** Stored status; "expired" is also derived on read from the expiry date. */
export enum LicenceStatus {
  Active = 'active',
  Suspended = 'suspended',
  Revoked = 'revoked',
  Expired = 'expired',
}

export enum LicenceEventKind {
  Issued = 'issued',
  Amended = 'amended',
  Suspended = 'suspended',
  Reinstated = 'reinstated',
  Revoked = 'revoked',
  /** Written by the nightly sweep when the term has ended. */
  Expired = 'expired',
  /** The nightly sweep: the first day of a suspension a sanction decision imposed has come (LXLVPHC Đ25 k2). */
  SuspensionStarted = 'suspension_started',
  /** The decision that imposed the suspension was annulled: the suspension no longer applies. */
  SuspensionLifted = 'suspension_lifted',
}

/** A licence suspension imposed by a sanction decision, as the registry carries it out. */
export enum LicenceSuspensionStatus {
  /** Imposed; its first day has not come (or the nightly sweep has not reached it yet). */
  Imposed = 'imposed',
  Running = 'running',
  Served = 'served',
  /** The decision was annulled. */
  Lifted = 'lifted',
}

export enum SubjectKind {
  Organisation = 'organisation',
  Individual = 'individual',
}
