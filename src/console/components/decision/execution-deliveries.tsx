import { Button, Card, Checkbox, Form, Input, Select, Space, Table, Tag, Typography, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { options } from '../case/form-bits';
import { DateInput, day, ev, FileInput, isoDate, ProofLink, uploadProof, useExecutionForm, type ExecutionView } from './execution-bits';
import { StepTag } from './execution-summary';

interface Values {
  method: Schemas['DeliveryMethod'];
  sentOn: Dayjs;
  receivedOn?: Dayjs | null;
  recipient?: string;
  refused?: boolean;
  refusalRecordNumber?: string;
  proof?: UploadFile[];
  note?: string;
}
const FIELDS = ['method', 'sentOn', 'receivedOn', 'recipient', 'refused', 'refusalRecordNumber', 'note'];

/** Giao quyết định (LXLVPHC Đ70): each delivery, late after the 3 working days, the proof and a refusal's record. */
export function ExecutionDeliveries({ v }: { v: ExecutionView }) {
  const { x, decisionId } = v;
  const { form, save, onFinish, alert } = useExecutionForm(async (val: Values) => {
    const proofFileId = await uploadProof(decisionId, val.refused ? 'refusal_record' : 'delivery_proof', val.proof);
    return unwrap(
      api.POST('/api/decisions/{id}/execution/deliveries', {
        params: { path: { id: decisionId } },
        body: {
          method: val.method,
          sentOn: isoDate(val.sentOn) ?? '',
          receivedOn: isoDate(val.receivedOn) ?? null,
          recipient: val.recipient?.trim() || undefined,
          refused: val.refused ?? false,
          refusalRecordNumber: val.refused ? val.refusalRecordNumber?.trim() : undefined,
          proofFileId,
          note: val.note?.trim() || undefined,
        },
      }),
    );
  }, ev.delivery.saved, FIELDS);
  const d = x.delivery;

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{ev.delivery.deadline(d.deadline.dueOn)}</Typography.Text>
        {d.deliveredOn ? <StepTag status={d.status} /> : <Tag color={d.status === 'overdue' ? 'red' : 'default'}>{d.status === 'overdue' ? ev.labels.step.overdue : ev.delivery.notSent}</Tag>}
      </Space>
      <Table<Schemas['DeliveryDto']>
        aria-label={ev.tabs.deliveries}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={x.deliveries}
        locale={{ emptyText: ev.delivery.empty }}
        columns={[
          { title: ev.delivery.method, dataIndex: 'method', render: (m: Schemas['DeliveryMethod']) => ev.labels.deliveryMethod[m] },
          {
            title: ev.delivery.sentOn,
            dataIndex: 'sentOn',
            render: (s: string, r) => (
              <Space>
                {formatDate(s)}
                {r.late ? <Tag color="orange">{ev.delivery.late}</Tag> : <Tag color="green">{ev.delivery.onTime}</Tag>}
              </Space>
            ),
          },
          { title: ev.delivery.receivedOn, dataIndex: 'receivedOn', render: formatDate },
          {
            title: ev.delivery.recipient,
            dataIndex: 'recipient',
            render: (rcp: string, r) => (
              <>
                <div>{rcp || vi.common.none}</div>
                {r.refused && <Tag color="red">{ev.delivery.refusal(r.refusalRecordNumber)}</Tag>}
                {r.note && <Typography.Text type="secondary">{r.note}</Typography.Text>}
              </>
            ),
          },
          { title: ev.delivery.proof, dataIndex: 'proofFileId', render: (id: string | null) => <ProofLink v={v} fileId={id} /> },
        ]}
      />
      {v.staff && (
        <Card title={ev.delivery.title} size="small" role="region" aria-label={ev.delivery.title}>
          {alert}
          <Form<Values>
            name="execution-delivery"
            form={form}
            layout="vertical"
            initialValues={{ method: 'in_person', sentOn: day(x.today), refused: false }}
            onFinish={onFinish}
          >
            <Space size="large" wrap align="start">
              <Form.Item label={ev.delivery.method} name="method" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                <Select options={options(ev.labels.deliveryMethod)} style={{ width: 280 }} />
              </Form.Item>
              <Form.Item label={ev.delivery.sentOn} name="sentOn" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                <DateInput today={x.today} />
              </Form.Item>
              <Form.Item label={ev.delivery.receivedOn} name="receivedOn" extra={ev.delivery.receivedHint} style={{ maxWidth: 300 }}>
                <DateInput today={x.today} />
              </Form.Item>
            </Space>
            <Form.Item label={ev.delivery.recipient} name="recipient">
              <Input maxLength={300} style={{ maxWidth: 560 }} />
            </Form.Item>
            <Form.Item name="refused" valuePropName="checked">
              <Checkbox>{ev.delivery.refused}</Checkbox>
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.refused !== b.refused}>
              {({ getFieldValue }) =>
                getFieldValue('refused') ? (
                  <Form.Item label={ev.delivery.refusalRecordNumber} name="refusalRecordNumber" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                    <Input maxLength={64} style={{ width: 260 }} />
                  </Form.Item>
                ) : null
              }
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.refused !== b.refused}>
              {({ getFieldValue }) => (
                <Form.Item label={getFieldValue('refused') ? ev.delivery.refusalFile : ev.delivery.proof} name="proof" valuePropName="value" extra={ev.common.fileHint}>
                  <FileInput />
                </Form.Item>
              )}
            </Form.Item>
            <Form.Item label={ev.common.note} name="note">
              <Input.TextArea rows={2} maxLength={2000} style={{ maxWidth: 560 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {ev.delivery.submit}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
