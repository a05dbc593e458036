import { Typography } from 'antd';
import { vi } from '../i18n/vi';

/** Placeholder until this page is built (scaffolding of the routes). */
export function DepartmentPage() {
  return <Typography.Title level={2}>{vi.admin.departmentTitle}</Typography.Title>;
}
