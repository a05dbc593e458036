import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { api, ApiError, toApiError } from '../api/client';
import { auth } from '../app/auth';
import { describeError } from '../components/api-error';
import { vi } from '../i18n/vi';

interface Credentials {
  username: string;
  password: string;
}

/** Sign in: wrong password and too many attempts each say what to do; the user lands where they were going. */
export function LoginPage() {
  const navigate = useNavigate();
  const { redirect } = useSearch({ from: '/login' });
  const [failures, setFailures] = useState(0);
  const login = useMutation({
    mutationFn: async (body: Credentials) => {
      const { data, error, response } = await api.POST('/api/auth/login', { body });
      if (!data) throw Object.assign(toApiError(error, response), { retryAfter: Number(response.headers.get('retry-after')) || null });
      return data;
    },
    onSuccess: async (answer) => {
      auth.signIn(answer);
      await navigate({ to: redirect ?? '/', replace: true });
    },
    onError: () => setFailures((n) => n + 1),
  });

  const error = login.error;
  let message: string | null = null;
  if (error instanceof ApiError && error.status === 401) message = failures >= 3 ? `${vi.login.wrong} ${vi.login.slowedDown}` : vi.login.wrong;
  else if (error instanceof ApiError && error.status === 429) message = vi.login.tooMany((error as ApiError & { retryAfter: number | null }).retryAfter);
  else if (error) message = describeError(error).title;

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: 'linear-gradient(160deg, #1f4e79 0%, #14324f 100%)', padding: 16 }}>
      <Card style={{ width: 400, maxWidth: '100%' }}>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {vi.appName}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{vi.appSubtitle}</Typography.Paragraph>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {vi.login.title}
        </Typography.Title>
        {message && <Alert type="error" showIcon role="alert" title={message} style={{ marginBottom: 16 }} />}
        <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(values) => login.mutate(values)} disabled={login.isPending}>
          <Form.Item label={vi.login.username} name="username" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label={vi.login.password} name="password" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
            {vi.login.submit}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
