import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Card, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { registryQueries } from '../api/queries';
import { KIND_OF_SUBJECT_TYPE } from '../app/search';
import { ErrorAlert } from '../components/api-error';
import { showFieldErrors } from '../components/form-errors';
import { entityName } from '../components/registry-fields';
import { vi } from '../i18n/vi';

type Values = Schemas['CaseCreateDto'];
const FIELDS = ['title', 'summary', 'subjectType', 'subjectId', 'origin', 'originNote', 'complex', 'verificationNeeded'] as const;
const subjectLabel = (s: object): string => {
  const domains = (s as { domains?: string[] }).domains ?? [];
  return domains.length > 0 ? `${entityName(s)} (${domains.join(', ')})` : entityName(s);
};
const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** Mở hồ sơ vụ việc: the subject is picked from the registry by name or domain. */
export function NewCasePage() {
  const preset = useSearch({ from: '/_app/cases/new' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const subjectType = Form.useWatch('subjectType', form) ?? preset.subjectType ?? 'e_information_site';
  const [q, setQ] = useState('');
  const subjects = useQuery(registryQueries.list(KIND_OF_SUBJECT_TYPE[subjectType], q || undefined, 1, 20));
  const preselected = useQuery({ ...registryQueries.one(KIND_OF_SUBJECT_TYPE[subjectType], preset.subjectId ?? ''), enabled: Boolean(preset.subjectId) });
  const candidates = [...(subjects.data?.items ?? []), ...(preselected.data ? [preselected.data] : [])].filter((s, i, all) => all.findIndex((x) => x.id === s.id) === i);
  const [unplaced, setUnplaced] = useState<string[]>([]);

  const create = useMutation({
    mutationFn: (body: Values) => unwrap(api.POST('/api/cases', { body })),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      await navigate({ to: '/cases/$caseId', params: { caseId: created.id }, search: {} });
    },
    onError: (e) => setUnplaced(showFieldErrors(form, e, FIELDS)),
  });

  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.newCase.title}</Typography.Title>
      </div>
      <Card style={{ maxWidth: 820 }}>
        {unplaced.length > 0 && <ErrorAlert error={create.error} />}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ subjectType: preset.subjectType ?? 'e_information_site', subjectId: preset.subjectId, origin: 'press_monitoring', complex: false, verificationNeeded: false }}
          onFinish={(values) => create.mutate({ ...values, summary: values.summary || undefined, originNote: values.originNote || undefined })}
        >
          <Form.Item label={vi.newCase.name} name="title" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <Input autoFocus maxLength={300} />
          </Form.Item>
          <Space size="large" wrap style={{ width: '100%' }} styles={{ item: { flex: 1, minWidth: 280 } }}>
            <Form.Item label={vi.newCase.subjectType} name="subjectType" rules={[{ required: true }]}>
              <Select options={options(vi.labels.subjectType)} onChange={() => form.setFieldValue('subjectId', undefined)} />
            </Form.Item>
            <Form.Item label={vi.newCase.subject} name="subjectId" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setQ }}
                placeholder={vi.newCase.subjectSearch}
                loading={subjects.isFetching}
                options={candidates.map((s) => ({ value: s.id, label: subjectLabel(s) }))}
                notFoundContent={vi.registry.empty}
              />
            </Form.Item>
          </Space>
          <Space size="large" wrap style={{ width: '100%' }} styles={{ item: { flex: 1, minWidth: 280 } }}>
            <Form.Item label={vi.newCase.origin} name="origin" rules={[{ required: true }]}>
              <Select options={options(vi.labels.caseOrigin)} />
            </Form.Item>
            <Form.Item label={vi.newCase.originNote} name="originNote">
              <Input maxLength={1000} />
            </Form.Item>
          </Space>
          <Form.Item label={vi.newCase.summary} name="summary">
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
          <Form.Item name="complex" valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox>{vi.newCase.complex}</Checkbox>
          </Form.Item>
          <Form.Item name="verificationNeeded" valuePropName="checked">
            <Checkbox>{vi.newCase.verificationNeeded}</Checkbox>
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {vi.newCase.submit}
            </Button>
            <Button onClick={() => window.history.back()}>{vi.common.cancel}</Button>
          </Space>
        </Form>
      </Card>
    </>
  );
}
