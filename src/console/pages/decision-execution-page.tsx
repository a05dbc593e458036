import { Typography } from 'antd';
import { vi } from '../i18n/vi';

/** Placeholder until this page is built (scaffolding of the routes). */
export function DecisionExecutionPage() {
  return <Typography.Title level={2}>{vi.execution.title}</Typography.Title>;
}
