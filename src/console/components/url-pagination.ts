import type { TablePaginationConfig } from 'antd';
import { PAGE_SIZES, vi } from '../i18n/vi';

/** A list's pager whose page and size live in the URL (`onPage` navigates); antd's own texts come from vi_VN. */
export const urlPagination = (
  s: { page?: number; pageSize?: number },
  total: number | undefined,
  onPage: (page: number, pageSize: number) => void,
  totalText: (from: number, to: number, n: number) => string = vi.common.total,
): TablePaginationConfig => ({
  current: s.page ?? 1,
  pageSize: s.pageSize ?? 20,
  total: total ?? 0,
  pageSizeOptions: PAGE_SIZES.map(String),
  showSizeChanger: true,
  showTotal: (n, [from, to]) => totalText(from, to, n),
  onChange: onPage,
});
