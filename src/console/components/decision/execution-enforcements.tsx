import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate, formatMoney } from '../../format/format';
import { vi } from '../../i18n/vi';
import { options } from '../case/form-bits';
import { DateInput, day, DocumentButton, ev, FormModal, isoDate, lines, SignerFields, toSigner, useExecutionForm, type ExecutionView, type SignerValues } from './execution-bits';

type Enforcement = Schemas['EnforcementDto'];

interface Values {
  measure: Schemas['EnforcementMeasureKind'];
  decidedOn: Dayjs;
  effectiveDate?: Dayjs;
  enforcementDecreeBasis: string;
  days: number;
  signer: SignerValues;
  holderName?: string;
  accountNumber?: string;
  seizurePlace?: string;
  executingBody?: string;
  recipients: string;
}
const FIELDS = ['measure', 'decidedOn', 'effectiveDate', 'enforcementDecreeBasis', 'days', 'signer', 'holderName', 'accountNumber', 'seizurePlace', 'executingBody', 'recipients'];

/** Ghi nhận đã thi hành: the day the enforcement was carried out. */
function CarriedOut({ v, e, onClose }: { v: ExecutionView; e: Enforcement; onClose: () => void }) {
  const { form, save, onFinish, alert } = useExecutionForm(
    (val: { carriedOutOn: Dayjs; note?: string }) =>
      unwrap(
        api.POST('/api/decisions/{id}/execution/enforcements/carried-out', {
          params: { path: { id: v.decisionId } },
          body: { enforcementId: e.id, carriedOutOn: isoDate(val.carriedOutOn) ?? '', note: val.note?.trim() || undefined },
        }),
      ),
    ev.enforcement.carriedOutSaved,
    ['carriedOutOn', 'note'],
    { onDone: onClose },
  );
  return (
    <FormModal title={`${ev.enforcement.markCarriedOut}: ${e.number}`} okText={ev.enforcement.markCarriedOut} loading={save.isPending} onClose={onClose} onOk={() => form.submit()}>
      {alert}
      <Form name="execution-carried-out" form={form} layout="vertical" initialValues={{ carriedOutOn: day(v.x.today) }} onFinish={onFinish}>
        <Form.Item label={ev.enforcement.carriedOutOn} name="carriedOutOn" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
          <DateInput today={v.x.today} />
        </Form.Item>
        <Form.Item label={ev.common.note} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Cưỡng chế (LXLVPHC Đ85–87): the enforcement decisions (numbered, rendered), and when each was carried out. */
export function ExecutionEnforcements({ v }: { v: ExecutionView }) {
  const { x, decisionId } = v;
  const [marking, setMarking] = useState<Enforcement | null>(null);
  const { form, save, onFinish, alert } = useExecutionForm(
    (val: Values) =>
      unwrap(
        api.POST('/api/decisions/{id}/execution/enforcements', {
          params: { path: { id: decisionId } },
          body: {
            measure: val.measure,
            decidedOn: isoDate(val.decidedOn) ?? '',
            effectiveDate: isoDate(val.effectiveDate),
            enforcementDecreeBasis: val.enforcementDecreeBasis.trim(),
            days: val.days,
            signer: toSigner(val.signer),
            holderName: val.holderName?.trim() || undefined,
            accountNumber: val.accountNumber?.trim() || undefined,
            seizurePlace: val.seizurePlace?.trim() || undefined,
            executingBody: val.executingBody?.trim() || undefined,
            recipients: lines(val.recipients),
          },
        }),
      ),
    (r) => ev.enforcement.saved(r.enforcements.at(-1)?.number ?? ''),
    FIELDS,
  );
  const required = [{ required: true, message: vi.errors.fieldRequired }];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      {x.enforcementDue ? <Alert type="warning" showIcon title={ev.enforcement.due} /> : <Typography.Text type="secondary">{ev.enforcement.notDue}</Typography.Text>}
      <Table<Enforcement>
        aria-label={ev.tabs.enforcements}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={x.enforcements}
        locale={{ emptyText: ev.enforcement.empty }}
        columns={[
          { title: ev.enforcement.number, dataIndex: 'number', render: (n: string, e) => <><strong>{n}</strong><div>{formatDate(e.decidedOn)}</div></> },
          { title: ev.enforcement.measure, dataIndex: 'measure', render: (m: Schemas['EnforcementMeasureKind']) => ev.labels.enforcementMeasure[m] },
          { title: ev.enforcement.amount, dataIndex: 'amountVnd', align: 'right', render: formatMoney },
          { title: ev.common.signer, dataIndex: 'signer' },
          { title: ev.enforcement.effectiveDate, dataIndex: 'effectiveDate', render: formatDate },
          {
            title: ev.enforcement.carriedOut,
            dataIndex: 'carriedOutOn',
            render: (d: string | null, e) =>
              d ? (
                <Tag color="green">{formatDate(d)}</Tag>
              ) : v.officer ? (
                <Button size="small" onClick={() => setMarking(e)}>
                  {ev.enforcement.markCarriedOut}
                </Button>
              ) : (
                vi.common.none
              ),
          },
          { title: ev.common.pdf, key: 'pdf', render: (_: unknown, e) => <DocumentButton v={v} doc={e.document} number={e.number} /> },
        ]}
      />
      {marking && <CarriedOut v={v} e={marking} onClose={() => setMarking(null)} />}
      {v.officer && (
        <Card title={ev.enforcement.title} size="small" role="region" aria-label={ev.enforcement.title}>
          {alert}
          <Form<Values>
            name="execution-enforcement"
            form={form}
            layout="vertical"
            initialValues={{ measure: 'account_deduction', decidedOn: day(x.today), days: 10, recipients: ev.common.recipientsDefault, signer: { deputy: false } }}
            onFinish={onFinish}
          >
            <Space size="large" wrap align="start">
              <Form.Item label={ev.enforcement.measure} name="measure" rules={required}>
                <Select options={options(ev.labels.enforcementMeasure)} style={{ width: 400 }} />
              </Form.Item>
              <Form.Item label={ev.enforcement.decidedOn} name="decidedOn" rules={required}>
                <DateInput today={x.today} />
              </Form.Item>
              <Form.Item label={ev.enforcement.effectiveDate} name="effectiveDate">
                <DateInput today="9999-12-31" />
              </Form.Item>
              <Form.Item label={ev.enforcement.days} name="days" rules={required}>
                <InputNumber min={1} max={30} precision={0} />
              </Form.Item>
            </Space>
            <Form.Item label={ev.enforcement.decreeBasis} name="enforcementDecreeBasis" rules={required} extra={ev.enforcement.decreeBasisHint}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <SignerFields today={x.today} />
            <Space size="large" wrap align="start">
              <Form.Item label={ev.enforcement.holderName} name="holderName">
                <Input maxLength={300} style={{ width: 380 }} />
              </Form.Item>
              <Form.Item label={ev.enforcement.accountNumber} name="accountNumber">
                <Input maxLength={64} style={{ width: 240 }} />
              </Form.Item>
              <Form.Item label={ev.enforcement.seizurePlace} name="seizurePlace">
                <Input maxLength={500} style={{ width: 300 }} />
              </Form.Item>
            </Space>
            <Form.Item label={ev.common.executingBody} name="executingBody">
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item label={ev.common.recipients} name="recipients" rules={required}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {ev.enforcement.submit}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
