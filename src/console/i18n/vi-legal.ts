// Strings of the legal catalogue and its verification queue (vi.legal).
export const legalVi = {
  catalogueTitle: 'Danh mục hành vi vi phạm',
  actTitle: 'Hành vi vi phạm',
  reviewTitle: 'Xác minh danh mục',
};
