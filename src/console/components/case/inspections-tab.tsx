import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Drawer, Form, Input, InputNumber, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { caseQueries } from '../../api/queries';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { showFieldErrors } from '../form-errors';
import { DATE_FORMAT, isoDate, lines, options } from './form-bits';
import { useCaseMutation } from './use-case-mutation';

interface Values {
  kind: Schemas['InspectionKind'];
  planning: Schemas['InspectionPlanning'];
  planYear?: number;
  decisionNumber?: string;
  decisionDate?: Dayjs;
  team?: string;
  periodFrom?: Dayjs;
  periodTo?: Dayjs;
  place?: string;
  findings?: string;
  conclusion?: string;
}
const FIELDS = ['kind', 'planning', 'planYear', 'decisionNumber', 'decisionDate', 'team', 'periodFrom', 'periodTo', 'place', 'findings', 'conclusion'];

/** Các cuộc thanh tra, kiểm tra of the case, and the form to log one. */
export function InspectionsTab({ caseId, canEdit }: { caseId: string; canEdit: boolean }) {
  const list = useQuery(caseQueries.inspections(caseId));
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const planning = Form.useWatch('planning', form);
  const add = useCaseMutation(
    (v: Values) =>
      unwrap(
        api.POST('/api/cases/{id}/inspections', {
          params: { path: { id: caseId } },
          body: {
            kind: v.kind,
            planning: v.planning,
            planYear: v.planning === 'planned' ? v.planYear : undefined,
            decisionNumber: v.decisionNumber || undefined,
            decisionDate: isoDate(v.decisionDate),
            team: lines(v.team),
            periodFrom: isoDate(v.periodFrom),
            periodTo: isoDate(v.periodTo),
            place: v.place || undefined,
            findings: v.findings || undefined,
            conclusion: v.conclusion || undefined,
          },
        }),
      ),
    vi.inspection.saved,
  );
  const submit = (v: Values) =>
    add.mutate(v, {
      onSuccess: () => {
        setOpen(false);
        form.resetFields();
      },
      onError: (e) => showFieldErrors(form, e, FIELDS),
    });
  const warnings = (list.data ?? []).flatMap((i) => i.warnings);

  return (
    <>
      {canEdit && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} style={{ marginBottom: 16 }}>
          {vi.inspection.add}
        </Button>
      )}
      {warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} />
      ))}
      <Table<Schemas['InspectionDto']>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data}
        locale={{ emptyText: vi.inspection.empty }}
        columns={[
          { title: vi.inspection.kind, dataIndex: 'kind', render: (k: Schemas['InspectionKind']) => vi.labels.inspectionKind[k] },
          { title: vi.inspection.planning, dataIndex: 'planning', render: (p: Schemas['InspectionPlanning']) => vi.labels.inspectionPlanning[p] },
          { title: vi.inspection.decisionNumber, dataIndex: 'decisionNumber', render: (n: string) => n || vi.common.none },
          { title: vi.inspection.decisionDate, dataIndex: 'decisionDate', render: formatDate },
          { title: vi.inspection.period, key: 'period', render: (_: unknown, i) => (i.periodFrom || i.periodTo ? `${formatDate(i.periodFrom)} – ${formatDate(i.periodTo)}` : vi.common.none) },
          { title: vi.inspection.findings, dataIndex: 'findings', ellipsis: true },
        ]}
      />
      <Drawer title={vi.inspection.add} open={open} onClose={() => setOpen(false)} size="large" destroyOnHidden>
        <ErrorAlert error={add.error} />
        <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'check', planning: 'ad_hoc' }} onFinish={submit}>
          <Space size="large" wrap>
            <Form.Item label={vi.inspection.kind} name="kind" rules={[{ required: true }]}>
              <Select options={options(vi.labels.inspectionKind)} style={{ width: 200 }} />
            </Form.Item>
            <Form.Item label={vi.inspection.planning} name="planning" rules={[{ required: true }]}>
              <Select options={options(vi.labels.inspectionPlanning)} style={{ width: 200 }} />
            </Form.Item>
            {planning === 'planned' && (
              <Form.Item label={vi.inspection.planYear} name="planYear" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                <InputNumber min={2000} max={2100} />
              </Form.Item>
            )}
          </Space>
          <Space size="large" wrap>
            <Form.Item label={vi.inspection.decisionNumber} name="decisionNumber">
              <Input maxLength={64} style={{ width: 260 }} />
            </Form.Item>
            <Form.Item label={vi.inspection.decisionDate} name="decisionDate">
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          </Space>
          <Space size="large" wrap>
            <Form.Item label={vi.inspection.periodFrom} name="periodFrom">
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item label={vi.inspection.periodTo} name="periodTo">
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          </Space>
          <Form.Item label={vi.inspection.team} name="team">
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item label={vi.inspection.place} name="place">
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item label={vi.inspection.findings} name="findings">
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
          <Form.Item label={vi.inspection.conclusion} name="conclusion">
            <Input.TextArea rows={3} maxLength={20000} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={add.isPending}>
              {vi.common.save}
            </Button>
            <Button onClick={() => setOpen(false)}>{vi.common.cancel}</Button>
          </Space>
        </Form>
      </Drawer>
    </>
  );
}
