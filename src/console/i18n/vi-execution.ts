// Strings of a decision's execution: delivery, payments, late charge, instalments, enforcement, complaints (vi.execution).
export const executionVi = {
  title: 'Thi hành quyết định',
};
