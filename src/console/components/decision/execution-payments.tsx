import { Button, Card, Form, Input, InputNumber, Select, Space, Table, Typography, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate, formatMoney } from '../../format/format';
import { vi } from '../../i18n/vi';
import { options } from '../case/form-bits';
import { DateInput, day, ev, FileInput, isoDate, ProofLink, uploadProof, useExecutionForm, type ExecutionView } from './execution-bits';

interface Values {
  amountVnd: number;
  paidOn: Dayjs;
  channel: Schemas['PaymentChannel'];
  receiptNumber: string;
  receipt?: UploadFile[];
  note?: string;
}
const FIELDS = ['amountVnd', 'paidOn', 'channel', 'receiptNumber', 'note'];

/** Whole đồng, grouped with dots as Vietnamese amounts are written. */
const groupDots = (value: string | number | undefined): string => (value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.'));
const ungroup = (text: string | undefined): number => Number((text ?? '').replace(/\D/g, '') || 0);

/** The amount field of the forms: integer VND, shown grouped. */
export function MoneyInput(props: { id?: string; value?: number; onChange?: (n: number | null) => void; style?: React.CSSProperties }) {
  return <InputNumber<number> min={1} step={1000} precision={0} formatter={groupDots} parser={ungroup} suffix="₫" style={{ width: 240, ...props.style }} {...props} />;
}

/** Nộp phạt (NĐ 118/2021 Đ20, Đ21): each payment with its receipt; the balance and the late charge are the API's. */
export function ExecutionPayments({ v }: { v: ExecutionView }) {
  const { x, decisionId } = v;
  const { form, save, onFinish, alert } = useExecutionForm(
    async (val: Values) => {
      const receiptFileId = await uploadProof(decisionId, 'payment_receipt', val.receipt);
      await unwrap(
        api.POST('/api/decisions/{id}/execution/payments', {
          params: { path: { id: decisionId } },
          body: { amountVnd: val.amountVnd, paidOn: isoDate(val.paidOn) ?? '', channel: val.channel, receiptNumber: val.receiptNumber.trim(), receiptFileId, note: val.note?.trim() || undefined },
        }),
      );
      return val.amountVnd;
    },
    (amount) => ev.payment.saved(amount),
    FIELDS,
  );
  const total = x.payments.reduce((s, p) => s + p.amountVnd, 0);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Table<Schemas['FinePaymentDto']>
        aria-label={ev.tabs.payments}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={x.payments}
        locale={{ emptyText: ev.payment.empty }}
        columns={[
          { title: ev.payment.paidOn, dataIndex: 'paidOn', render: formatDate, width: 120 },
          { title: ev.payment.amount, dataIndex: 'amountVnd', align: 'right', render: formatMoney, width: 160 },
          { title: ev.payment.channel, dataIndex: 'channel', render: (c: Schemas['PaymentChannel']) => ev.labels.paymentChannel[c] },
          { title: ev.payment.receiptNumber, dataIndex: 'receiptNumber', render: (n: string, p) => <>{n}{p.note && <div><Typography.Text type="secondary">{p.note}</Typography.Text></div>}</> },
          { title: ev.payment.receiptFile, dataIndex: 'receiptFileId', render: (id: string | null) => <ProofLink v={v} fileId={id} /> },
        ]}
        summary={() =>
          x.payments.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{ev.payment.total}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <strong>{formatMoney(total)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} colSpan={3} />
            </Table.Summary.Row>
          ) : null
        }
      />
      {v.officer && (
        <Card title={ev.payment.title} size="small" role="region" aria-label={ev.payment.title}>
          <Typography.Paragraph type="secondary">{ev.payment.hint}</Typography.Paragraph>
          {alert}
          <Form<Values>
            name="execution-payment"
            form={form}
            layout="vertical"
            initialValues={{ paidOn: day(x.today), channel: 'state_treasury' }}
            onFinish={onFinish}
          >
            <Space size="large" wrap align="start">
              <Form.Item label={ev.payment.amount} name="amountVnd" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                <MoneyInput />
              </Form.Item>
              <Form.Item label={ev.payment.paidOn} name="paidOn" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                <DateInput today={x.today} />
              </Form.Item>
              <Form.Item label={ev.payment.channel} name="channel" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                <Select options={options(ev.labels.paymentChannel)} style={{ width: 300 }} />
              </Form.Item>
            </Space>
            <Space size="large" wrap align="start">
              <Form.Item label={ev.payment.receiptNumber} name="receiptNumber" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                <Input maxLength={64} style={{ width: 240 }} />
              </Form.Item>
              <Form.Item label={ev.payment.receiptFile} name="receipt" extra={ev.common.fileHint}>
                <FileInput />
              </Form.Item>
            </Space>
            <Form.Item label={ev.common.note} name="note">
              <Input.TextArea rows={2} maxLength={2000} style={{ maxWidth: 560 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {ev.payment.submit}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
