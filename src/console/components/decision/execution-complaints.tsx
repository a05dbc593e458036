import { Button, Card, Form, Input, Select, Space, Table, Tag, Typography, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { options } from '../case/form-bits';
import { DateInput, day, ev, FileInput, FormModal, isoDate, uploadProof, useExecutionForm, type ExecutionView } from './execution-bits';

type Complaint = Schemas['ComplaintDto'];

interface Values {
  kind: Schemas['ComplaintKind'];
  filedOn: Dayjs;
  body: string;
  summary: string;
  suspendedFrom?: Dayjs;
  suspendedUntil?: Dayjs;
  suspensionReference?: string;
  file?: UploadFile[];
}
const FIELDS = ['kind', 'filedOn', 'body', 'summary', 'suspendedFrom', 'suspendedUntil', 'suspensionReference'];

interface OutcomeValues {
  outcome: Exclude<Schemas['ComplaintOutcome'], 'pending'>;
  outcomeOn: Dayjs;
  correctionDecisionId?: string;
  suspensionEndedOn?: Dayjs;
}

/** Kết quả giải quyết; "sửa đổi" and "hủy bỏ" name the issued MQĐ38 / MQĐ40 that carried them out. */
function OutcomeModal({ v, c, corrections, onClose }: { v: ExecutionView; c: Complaint; corrections: Schemas['CorrectionRefDto'][]; onClose: () => void }) {
  const { form, save, onFinish, alert } = useExecutionForm(
    (val: OutcomeValues) =>
      unwrap(
        api.POST('/api/decisions/{id}/execution/complaints/outcome', {
          params: { path: { id: v.decisionId } },
          body: { complaintId: c.id, outcome: val.outcome, outcomeOn: isoDate(val.outcomeOn) ?? '', correctionDecisionId: val.correctionDecisionId, suspensionEndedOn: isoDate(val.suspensionEndedOn) },
        }),
      ),
    ev.complaint.outcomeSaved,
    ['outcome', 'outcomeOn', 'correctionDecisionId', 'suspensionEndedOn'],
    { onDone: onClose },
  );
  const outcomes = options(ev.labels.complaintOutcome).filter((o) => o.value !== 'pending');
  return (
    <FormModal title={`${ev.complaint.recordOutcome}: ${ev.labels.complaintKind[c.kind]}`} okText={ev.complaint.recordOutcome} loading={save.isPending} onClose={onClose} onOk={() => form.submit()}>
      {alert}
      <Form<OutcomeValues>
        name="execution-outcome"
        form={form}
        layout="vertical"
        initialValues={{ outcome: 'upheld', outcomeOn: day(v.x.today) }}
        onFinish={onFinish}
      >
        <Form.Item label={ev.complaint.outcome} name="outcome" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
          <Select options={outcomes} />
        </Form.Item>
        <Form.Item label={ev.complaint.outcomeOn} name="outcomeOn" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
          <DateInput today={v.x.today} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a: OutcomeValues, b: OutcomeValues) => a.outcome !== b.outcome}>
          {({ getFieldValue }) =>
            getFieldValue('outcome') === 'amended' || getFieldValue('outcome') === 'annulled' ? (
              <Form.Item label={ev.complaint.correction} name="correctionDecisionId" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                <Select
                  options={corrections
                    .filter((k) => k.status === 'issued' && k.kind === (getFieldValue('outcome') === 'amended' ? 'amend' : 'annul'))
                    .map((k) => ({ value: k.id, label: `${k.number ?? ''} — ${formatDate(k.issuedOn)}` }))}
                />
              </Form.Item>
            ) : null
          }
        </Form.Item>
        {c.suspendedFrom && (
          <Form.Item label={ev.complaint.suspensionEndedOn} name="suspensionEndedOn">
            <DateInput today={v.x.today} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}

/** Khiếu nại, khởi kiện: the body handling it, the dates, the outcome and any suspension of execution. */
export function ExecutionComplaints({ v, corrections }: { v: ExecutionView; corrections: Schemas['CorrectionRefDto'][] }) {
  const { x, decisionId } = v;
  const [deciding, setDeciding] = useState<Complaint | null>(null);
  const { form, save, onFinish, alert } = useExecutionForm(async (val: Values) => {
    const fileId = await uploadProof(decisionId, 'complaint', val.file);
    return unwrap(
      api.POST('/api/decisions/{id}/execution/complaints', {
        params: { path: { id: decisionId } },
        body: {
          kind: val.kind,
          filedOn: isoDate(val.filedOn) ?? '',
          body: val.body.trim(),
          summary: val.summary.trim(),
          suspendedFrom: isoDate(val.suspendedFrom),
          suspendedUntil: isoDate(val.suspendedUntil),
          suspensionReference: val.suspensionReference?.trim() || undefined,
          fileId,
        },
      }),
    );
  }, ev.complaint.saved, FIELDS);
  const required = [{ required: true, message: vi.errors.fieldRequired }];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{ev.complaint.hint}</Typography.Text>
      <Table<Complaint>
        aria-label={ev.tabs.complaints}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={x.complaints}
        locale={{ emptyText: ev.complaint.empty }}
        columns={[
          { title: ev.complaint.kind, dataIndex: 'kind', render: (k: Schemas['ComplaintKind'], c) => <><strong>{ev.labels.complaintKind[k]}</strong><div>{formatDate(c.filedOn)}</div></> },
          { title: ev.complaint.body, dataIndex: 'body' },
          { title: ev.complaint.summary, dataIndex: 'summary', ellipsis: true },
          { title: ev.complaint.suspension, key: 'susp', render: (_: unknown, c) => (c.suspendedFrom ? <Tag color="orange">{ev.complaint.suspendedText(c.suspendedFrom, c.suspendedUntil, c.suspensionReference)}</Tag> : vi.common.none) },
          {
            title: ev.complaint.outcome,
            dataIndex: 'outcome',
            render: (o: Schemas['ComplaintOutcome'], c) =>
              o === 'pending' && v.officer ? (
                <Space direction="vertical" size={4}>
                  <Tag color="blue">{ev.labels.complaintOutcome.pending}</Tag>
                  <Button size="small" onClick={() => setDeciding(c)}>
                    {ev.complaint.recordOutcome}
                  </Button>
                </Space>
              ) : (
                <>
                  <Tag color={o === 'pending' ? 'blue' : o === 'annulled' || o === 'amended' ? 'orange' : 'green'}>{ev.labels.complaintOutcome[o]}</Tag>
                  {c.outcomeOn && <div>{formatDate(c.outcomeOn)}</div>}
                </>
              ),
          },
        ]}
      />
      {deciding && <OutcomeModal v={v} c={deciding} corrections={corrections} onClose={() => setDeciding(null)} />}
      {v.officer && (
        <Card title={ev.complaint.title} size="small" role="region" aria-label={ev.complaint.title}>
          {alert}
          <Form<Values>
            name="execution-complaint"
            form={form}
            layout="vertical"
            initialValues={{ kind: 'complaint', filedOn: day(x.today) }}
            onFinish={onFinish}
          >
            <Space size="large" wrap align="start">
              <Form.Item label={ev.complaint.kind} name="kind" rules={required}>
                <Select options={options(ev.labels.complaintKind)} style={{ width: 280 }} />
              </Form.Item>
              <Form.Item label={ev.complaint.filedOn} name="filedOn" rules={required}>
                <DateInput today={x.today} />
              </Form.Item>
            </Space>
            <Form.Item label={ev.complaint.body} name="body" rules={required}>
              <Input maxLength={300} style={{ maxWidth: 640 }} />
            </Form.Item>
            <Form.Item label={ev.complaint.summary} name="summary" rules={required}>
              <Input.TextArea rows={3} maxLength={4000} style={{ maxWidth: 640 }} />
            </Form.Item>
            <Space size="large" wrap align="start">
              <Form.Item label={ev.complaint.suspendedFrom} name="suspendedFrom">
                <DateInput today={x.today} />
              </Form.Item>
              <Form.Item label={ev.complaint.suspendedUntil} name="suspendedUntil">
                <DateInput today="9999-12-31" />
              </Form.Item>
              <Form.Item label={ev.complaint.suspensionReference} name="suspensionReference">
                <Input maxLength={300} style={{ width: 300 }} />
              </Form.Item>
            </Space>
            <Form.Item label={ev.complaint.file} name="file" extra={ev.common.fileHint}>
              <FileInput />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {ev.complaint.submit}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
