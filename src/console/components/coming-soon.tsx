import { Result } from 'antd';
import { vi } from '../i18n/vi';

/** A screen of the menu that is not built yet. */
export const ComingSoon = () => <Result status="info" title={vi.common.comingSoon} />;
