import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { api, ApiError, unwrap } from '../api/client';
import { auth } from '../app/auth';
import { ErrorAlert } from '../components/api-error';
import { showFieldErrors } from '../components/form-errors';
import { vi } from '../i18n/vi';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/** Đổi mật khẩu: with the current one; the API ends the user's other sessions and answers a fresh token for this one. */
export function PasswordPage() {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const change = useMutation({
    mutationFn: (v: Values) => unwrap(api.POST('/api/auth/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } })),
    onSuccess: (answer) => {
      auth.signIn(answer);
      form.resetFields();
      void message.success(vi.password.done);
    },
    onError: (e) => {
      if (e instanceof ApiError && e.status === 401) form.setFields([{ name: 'currentPassword', errors: [vi.password.wrongCurrent] }]);
      else showFieldErrors(form, e, ['currentPassword', 'newPassword']);
    },
  });
  const shown = change.error instanceof ApiError && (change.error.status === 401 || change.error.fields.length > 0) ? null : change.error;
  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.password.title}</Typography.Title>
      </div>
      <Card style={{ maxWidth: 520 }}>
        <Typography.Paragraph type="secondary">{vi.password.hint}</Typography.Paragraph>
        <ErrorAlert error={shown} />
        <Form<Values> form={form} layout="vertical" onFinish={(v) => change.mutate(v)}>
          <Form.Item label={vi.password.current} name="currentPassword" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item label={vi.password.next} name="newPassword" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={vi.password.repeat}
            name="repeat"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: vi.errors.fieldRequired },
              ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(vi.password.mismatch))) }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {vi.password.submit}
          </Button>
        </Form>
      </Card>
    </>
  );
}
