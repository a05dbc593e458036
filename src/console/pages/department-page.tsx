import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Form, Input, Row, Skeleton, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../api/client';
import { can, useSession } from '../app/auth';
import { translated } from '../components/admin/api-messages';
import { showFieldErrors } from '../components/form-errors';
import { DocumentHeaderPreview } from '../components/admin/document-header-preview';
import { adminQueries } from '../components/admin/queries';
import { ErrorAlert, LoadError } from '../components/api-error';
import { vi } from '../i18n/vi';

type Department = Schemas['DepartmentDto'];
type Values = Pick<Department, 'name' | 'parentBody' | 'placeName' | 'abbreviation'>;
const FIELDS = ['name', 'parentBody', 'placeName', 'abbreviation'] as const;

/** Thông tin Sở: the names printed at the head of every document the department issues (department admin edits). */
export function DepartmentPage() {
  const t = vi.admin.department;
  const role = useSession()?.user.role;
  const editable = role !== undefined && can.administer(role);
  const department = useQuery(adminQueries.department());
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const live = Form.useWatch([], form) as Partial<Values> | undefined;
  const save = useMutation({
    mutationFn: (values: Values) => translated(unwrap(api.PATCH('/api/departments/current', { body: { ...values, version: department.data?.version ?? 1 } }))),
    onSuccess: async (saved) => {
      queryClient.setQueryData(adminQueries.department().queryKey, saved);
      await queryClient.invalidateQueries({ queryKey: ['departments'] });
      form.setFieldsValue(saved);
      void message.success(t.saved);
    },
    onError: async (e) => {
      showFieldErrors(form, e, FIELDS);
      // A stale version: read the department again so the next save can go through.
      await queryClient.invalidateQueries({ queryKey: ['departments', 'current'] });
    },
  });

  if (department.isPending) return <Skeleton active />;
  if (department.error) return <LoadError error={department.error} />;
  const d = department.data;
  const shown = { ...d, ...live };

  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.admin.departmentTitle}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
        {t.lead}
      </Typography.Paragraph>
      {!editable && <Alert type="info" showIcon title={t.readOnly} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} xl={11}>
          <Card title={t.details}>
            <ErrorAlert error={save.error} />
            <Form<Values> form={form} layout="vertical" initialValues={d} disabled={!editable} onFinish={(v) => save.mutate(v)}>
              <Form.Item label={t.name} name="name" extra={t.nameHint} rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
                <Input maxLength={300} autoFocus />
              </Form.Item>
              <Form.Item label={t.parentBody} name="parentBody" extra={t.parentBodyHint} rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
                <Input maxLength={300} />
              </Form.Item>
              <Form.Item label={t.placeName} name="placeName" extra={t.placeNameHint} rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
                <Input maxLength={100} style={{ maxWidth: 360 }} />
              </Form.Item>
              <Form.Item label={t.abbreviation} name="abbreviation" extra={t.abbreviationHint} rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
                <Input maxLength={32} style={{ maxWidth: 200 }} />
              </Form.Item>
              <Form.Item label={t.provinceCode} extra={t.provinceCodeHint}>
                <Input value={d.provinceCode} disabled style={{ maxWidth: 120 }} />
              </Form.Item>
              {editable && (
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  {vi.common.save}
                </Button>
              )}
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card title={t.preview}>
            <DocumentHeaderPreview parentBody={shown.parentBody} name={shown.name} placeName={shown.placeName} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
