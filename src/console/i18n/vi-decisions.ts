// Strings of the decision workspace and the decision's execution (vi.decisions).
export const decisionsVi = {
  listTitle: 'Quyết định xử phạt',
  title: 'Quyết định xử phạt',
};
