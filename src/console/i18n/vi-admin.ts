// Strings of administration (department, holiday calendar, operations) and the licence expiry list (vi.admin).
export const adminVi = {
  departmentTitle: 'Thông tin Sở',
  calendarTitle: 'Lịch nghỉ lễ, ngày làm việc bù',
  operationsTitle: 'Vận hành hệ thống',
  licenceExpiryTitle: 'Giấy phép sắp hết hạn',
};
