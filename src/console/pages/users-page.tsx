import { KeyOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Drawer, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { userQueries } from '../api/queries';
import { useSession } from '../app/auth';
import { ErrorAlert } from '../components/api-error';
import { showFieldErrors } from '../components/form-errors';
import { vi } from '../i18n/vi';

type User = Schemas['UserDto'];
type NewUser = Schemas['UserCreateDto'];
const DEPARTMENT_ROLES = ['inspector', 'legal_officer', 'leader', 'department_admin'] as const satisfies readonly Schemas['DepartmentRole'][];

/** Người dùng của Sở (department admin): create, deactivate, reset a password; a new password is shown once. */
export function UsersPage() {
  const users = useQuery(userQueries.all());
  const me = useSession()?.user.id;
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const [shown, setShown] = useState<{ username: string; password: string } | null>(null);
  const [form] = Form.useForm<NewUser>();
  const done = async (answer: Schemas['UserCreatedDto']) => {
    await queryClient.invalidateQueries({ queryKey: ['users'] });
    setShown({ username: answer.user.username, password: answer.initialPassword });
  };
  const create = useMutation({
    mutationFn: (body: NewUser) => unwrap(api.POST('/api/users', { body })),
    onSuccess: async (answer) => {
      setCreating(false);
      form.resetFields();
      await done(answer);
    },
    onError: (e) => showFieldErrors(form, e, ['username', 'fullName', 'title', 'role']),
  });
  const reset = useMutation({ mutationFn: (u: User) => unwrap(api.POST('/api/users/{id}/reset-password', { params: { path: { id: u.id } } })), onSuccess: done });
  const deactivate = useMutation({
    mutationFn: (u: User) => unwrap(api.PATCH('/api/users/{id}', { params: { path: { id: u.id } }, body: { version: u.version, active: false } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      void message.success(vi.users.deactivated);
    },
  });

  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.users.title}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {vi.users.add}
        </Button>
      </div>
      <ErrorAlert error={users.error ?? reset.error ?? deactivate.error} />
      <Table<User>
        rowKey="id"
        size="middle"
        loading={users.isPending}
        dataSource={users.data}
        pagination={false}
        columns={[
          { title: vi.users.fullName, dataIndex: 'fullName' },
          { title: vi.users.username, dataIndex: 'username', render: (u: string) => <span className="mono">{u}</span> },
          { title: vi.users.titleField, dataIndex: 'title' },
          { title: vi.users.role, dataIndex: 'role', render: (r: Schemas['Role']) => vi.labels.roles[r] },
          { title: vi.users.state, dataIndex: 'active', render: (a: boolean) => <Tag color={a ? 'green' : 'default'}>{a ? vi.users.active : vi.users.inactive}</Tag> },
          {
            title: vi.users.actions,
            key: 'actions',
            render: (_: unknown, u) => (
              <Space>
                <Popconfirm title={vi.users.resetConfirm(u.fullName)} okText={vi.common.yes} cancelText={vi.common.no} onConfirm={() => reset.mutate(u)}>
                  <Button size="small" icon={<KeyOutlined />} aria-label={`${vi.users.reset} ${u.username}`}>
                    {vi.users.reset}
                  </Button>
                </Popconfirm>
                {u.active && u.id !== me && (
                  <Popconfirm title={vi.users.deactivateConfirm(u.fullName)} okText={vi.common.yes} cancelText={vi.common.no} onConfirm={() => deactivate.mutate(u)}>
                    <Button size="small" danger icon={<StopOutlined />} aria-label={`${vi.users.deactivate} ${u.username}`}>
                      {vi.users.deactivate}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Drawer title={vi.users.add} open={creating} onClose={() => setCreating(false)} destroyOnHidden>
        <ErrorAlert error={create.error} />
        <Form<NewUser> form={form} layout="vertical" initialValues={{ role: 'inspector' }} onFinish={(v) => create.mutate({ ...v, title: v.title || undefined })}>
          <Form.Item label={vi.users.fullName} name="fullName" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <Input autoFocus maxLength={200} />
          </Form.Item>
          <Form.Item label={vi.users.username} name="username" extra={vi.users.usernameHint} rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <Input maxLength={64} />
          </Form.Item>
          <Form.Item label={vi.users.titleField} name="title">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={vi.users.role} name="role" rules={[{ required: true }]}>
            <Select options={DEPARTMENT_ROLES.map((r) => ({ value: r, label: vi.labels.roles[r] }))} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {vi.users.create}
            </Button>
            <Button onClick={() => setCreating(false)}>{vi.common.cancel}</Button>
          </Space>
        </Form>
      </Drawer>
      <Modal title={vi.users.passwordTitle} open={shown !== null} onOk={() => setShown(null)} onCancel={() => setShown(null)} okText={vi.users.passwordNoted} cancelButtonProps={{ style: { display: 'none' } }}>
        <Alert type="warning" showIcon title={vi.users.passwordOnce} style={{ marginBottom: 16 }} />
        <p>
          {vi.users.username}: <span className="mono">{shown?.username}</span>
        </p>
        <p>
          {vi.users.initialPassword}: <Typography.Text code copyable aria-label={vi.users.initialPassword}>{shown?.password}</Typography.Text>
        </p>
      </Modal>
    </>
  );
}
