import { Link } from '@tanstack/react-router';
import { Button, Result } from 'antd';
import { vi } from '../i18n/vi';

/** Unknown address, or a record of another department (the API answers 404 for both). */
export function NotFound() {
  return (
    <Result
      status="404"
      title={vi.common.notFound}
      subTitle={vi.common.notFoundText}
      extra={
        <Link to="/">
          <Button type="primary">{vi.common.toHome}</Button>
        </Link>
      }
    />
  );
}
