import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate, formatMoney } from '../../format/format';
import { vi } from '../../i18n/vi';
import { options } from '../case/form-bits';
import { DATE_FORMAT, DateInput, day, DocumentButton, ev, FormModal, isoDate, lines, SignerFields, toSigner, useExecutionForm, type ExecutionView, type SignerValues } from './execution-bits';
import { MoneyInput } from './execution-payments';

type Request = Schemas['ExecutionRequestDto'];

interface RequestValues {
  kind: Schemas['ExecutionRequestKind'];
  receivedOn: Dayjs;
  requestDate: Dayjs;
  reason: string;
  hardshipConfirmedBy: string;
}
const REQUEST_FIELDS = ['kind', 'receivedOn', 'requestDate', 'reason', 'hardshipConfirmedBy'];

interface DecideValues {
  grant: boolean;
  decidedOn: Dayjs;
  signer: SignerValues;
  postponedUntil?: Dayjs;
  instalments?: { amountVnd?: number; dueOn?: Dayjs }[];
  refusalReason?: string;
  executingBody?: string;
  recipients?: string;
}
const DECIDE_FIELDS = ['grant', 'decidedOn', 'signer', 'postponedUntil', 'instalments', 'refusalReason', 'executingBody', 'recipients'];

const statusColor: Record<Schemas['ExecutionRequestStatus'], string> = { pending: 'blue', granted: 'green', refused: 'red' };

/** What was decided on a request: the schedule or the postponement, the refusal's reason, and the rule warnings. */
function Outcome({ r }: { r: Request }) {
  return (
    <Space direction="vertical" size={4}>
      <Space wrap>
        <Tag color={statusColor[r.status]}>{ev.labels.requestStatus[r.status]}</Tag>
        {r.decisionNumber && (
          <Typography.Text>
            {r.decisionNumber} — {formatDate(r.decidedOn)}
          </Typography.Text>
        )}
      </Space>
      {r.postponedUntil && <Typography.Text>{ev.request.postponed(r.postponedUntil)}</Typography.Text>}
      {r.instalments && (
        <Table<Schemas['InstalmentDto']>
          aria-label={ev.request.schedule}
          rowKey="dueOn"
          size="small"
          pagination={false}
          dataSource={r.instalments}
          style={{ minWidth: 360 }}
          columns={[
            { title: ev.request.schedule, key: 'n', render: (_: unknown, __, i) => ev.request.instalment(i + 1) },
            { title: ev.summary.amount, dataIndex: 'amountVnd', align: 'right', render: formatMoney },
            { title: ev.summary.dueOn, dataIndex: 'dueOn', render: formatDate },
          ]}
        />
      )}
      {r.refusalReason && <Typography.Text type="danger">{ev.request.refusedBecause(r.refusalReason)}</Typography.Text>}
      {r.warnings.map((w) => (
        <Alert key={w.rule} type="warning" showIcon title={`${ev.request.warning} (${w.rule})`} description={w.message} />
      ))}
    </Space>
  );
}

/** Quyết định về đơn: grant (MQĐ03 / MQĐ05, rendered) or refuse; the law's refusals come back under the fields. */
function DecideModal({ v, request, onClose }: { v: ExecutionView; request: Request; onClose: () => void }) {
  const instalments = request.kind === 'instalments';
  const { form, save: decide, onFinish, alert } = useExecutionForm(
    (val: DecideValues) =>
      unwrap(
        api.POST('/api/decisions/{id}/execution/requests/decide', {
          params: { path: { id: v.decisionId } },
          body: {
            requestId: request.id,
            grant: val.grant,
            decidedOn: isoDate(val.decidedOn) ?? '',
            signer: toSigner(val.signer),
            ...(val.grant
              ? {
                  recipients: lines(val.recipients),
                  executingBody: val.executingBody?.trim() || undefined,
                  ...(instalments
                    ? { instalments: (val.instalments ?? []).map((l) => ({ amountVnd: l.amountVnd ?? 0, dueOn: isoDate(l.dueOn) ?? '' })) }
                    : { postponedUntil: isoDate(val.postponedUntil) }),
                }
              : { refusalReason: val.refusalReason?.trim() ?? '' }),
          },
        }),
      ),
    (x) => {
      const r = x.requests.find((q) => q.id === request.id);
      return r?.decisionNumber ? ev.request.granted(r.decisionNumber) : ev.request.refusedSaved;
    },
    DECIDE_FIELDS,
    { lists: ['instalments'], onDone: onClose },
  );
  const required = [{ required: true, message: vi.errors.fieldRequired }];
  return (
    <FormModal width={760} title={ev.request.decideTitle(ev.labels.requestKind[request.kind])} okText={ev.request.submitDecision} loading={decide.isPending} onClose={onClose} onOk={() => form.submit()}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={ev.request.rule} description={instalments ? ev.request.ruleInstalments : ev.request.rulePostponement} />
      {alert}
      <Form<DecideValues>
        name="execution-decide"
        form={form}
        layout="vertical"
        initialValues={{ grant: true, decidedOn: day(v.x.today), recipients: ev.common.recipientsDefault, instalments: instalments ? [{}, {}] : undefined, signer: { deputy: false } }}
        onFinish={onFinish}
      >
        <Space size="large" wrap align="start">
          <Form.Item label={ev.request.verdict} name="grant">
            <Radio.Group
              options={[
                { value: true, label: ev.request.grant },
                { value: false, label: ev.request.refuse },
              ]}
            />
          </Form.Item>
          <Form.Item label={ev.request.decidedOn} name="decidedOn" rules={required}>
            <DateInput today={v.x.today} />
          </Form.Item>
        </Space>
        <SignerFields today={v.x.today} />
        <Form.Item noStyle shouldUpdate={(a: DecideValues, b: DecideValues) => a.grant !== b.grant}>
          {({ getFieldValue }) =>
            getFieldValue('grant') ? (
              <>
                {instalments ? (
                  <Form.List name="instalments">
                    {(fields, { add, remove }) => (
                      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
                        <Typography.Text strong>{ev.request.schedule}</Typography.Text>
                        {fields.map((f, i) => (
                          <Space key={f.key} size="large" align="start" wrap style={{ display: 'flex', marginTop: 8 }}>
                            <Form.Item label={ev.request.instalmentAmount(i + 1)} name={[f.name, 'amountVnd']} rules={required} style={{ width: 340 }}>
                              <MoneyInput />
                            </Form.Item>
                            <Form.Item label={ev.request.instalmentDue(i + 1)} name={[f.name, 'dueOn']} rules={required}>
                              <DatePicker format={DATE_FORMAT} style={{ width: 180 }} />
                            </Form.Item>
                            {fields.length > 2 && (
                              <Button type="text" icon={<MinusCircleOutlined />} aria-label={ev.request.removeInstalment(i + 1)} onClick={() => remove(f.name)} style={{ marginTop: 30 }} />
                            )}
                          </Space>
                        ))}
                        {fields.length < 3 && (
                          <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ marginBottom: 16 }}>
                            {ev.request.addInstalment}
                          </Button>
                        )}
                      </fieldset>
                    )}
                  </Form.List>
                ) : (
                  <Form.Item label={ev.request.postponedUntil} name="postponedUntil" rules={required}>
                    <DatePicker format={DATE_FORMAT} style={{ width: 180 }} />
                  </Form.Item>
                )}
                <Form.Item label={ev.common.executingBody} name="executingBody">
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item label={ev.common.recipients} name="recipients" rules={required}>
                  <Input.TextArea rows={3} />
                </Form.Item>
              </>
            ) : (
              <Form.Item label={ev.request.refusalReason} name="refusalReason" rules={required}>
                <Input.TextArea rows={3} maxLength={2000} />
              </Form.Item>
            )
          }
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Hoãn (Đ76) / nộp tiền phạt nhiều lần (Đ79): the requests, the decisions on them with their PDF, the schedule. */
export function ExecutionRequests({ v }: { v: ExecutionView }) {
  const { x, decisionId } = v;
  const [deciding, setDeciding] = useState<Request | null>(null);
  const { form, save, onFinish, alert } = useExecutionForm(
    (val: RequestValues) =>
      unwrap(
      api.POST('/api/decisions/{id}/execution/requests', {
        params: { path: { id: decisionId } },
        body: { kind: val.kind, receivedOn: isoDate(val.receivedOn) ?? '', requestDate: isoDate(val.requestDate) ?? '', reason: val.reason.trim(), hardshipConfirmedBy: val.hardshipConfirmedBy.trim() },
        }),
      ),
    ev.request.saved,
    REQUEST_FIELDS,
  );
  const required = [{ required: true, message: vi.errors.fieldRequired }];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Table<Request>
        aria-label={ev.tabs.requests}
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={x.requests}
        locale={{ emptyText: ev.request.empty }}
        columns={[
          {
            title: ev.request.kind,
            dataIndex: 'kind',
            width: 260,
            render: (k: Schemas['ExecutionRequestKind'], r) => (
              <>
                <div>
                  <strong>{ev.labels.requestKind[k]}</strong>
                </div>
                <div>
                  {ev.request.receivedOn}: {formatDate(r.receivedOn)}
                </div>
                <Typography.Text type="secondary">{r.reason}</Typography.Text>
                <div>
                  <Typography.Text type="secondary">
                    {ev.request.hardshipConfirmedBy}: {r.hardshipConfirmedBy}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          { title: ev.request.status, key: 'outcome', render: (_: unknown, r) => <Outcome r={r} /> },
          {
            title: ev.request.decision,
            key: 'doc',
            width: 230,
            render: (_: unknown, r) =>
              r.status === 'pending' ? (
                v.officer ? (
                  <Button type="primary" onClick={() => setDeciding(r)} aria-label={`${ev.request.decide}: ${ev.labels.requestKind[r.kind]}`}>
                    {ev.request.decide}
                  </Button>
                ) : (
                  vi.common.none
                )
              ) : (
                <DocumentButton v={v} doc={r.document} number={r.decisionNumber} />
              ),
          },
        ]}
      />
      {deciding && <DecideModal v={v} request={deciding} onClose={() => setDeciding(null)} />}
      {v.officer && (
        <Card title={ev.request.title} size="small" role="region" aria-label={ev.request.title}>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={ev.request.rule} description={<><div>{ev.request.ruleInstalments}</div><div>{ev.request.rulePostponement}</div><div>{ev.request.rulePause}</div></>} />
          {alert}
          <Form<RequestValues>
            name="execution-request"
            form={form}
            layout="vertical"
            initialValues={{ kind: 'instalments', receivedOn: day(x.today), requestDate: day(x.today) }}
            onFinish={onFinish}
          >
            <Space size="large" wrap align="start">
              <Form.Item label={ev.request.kind} name="kind" rules={required}>
                <Select options={options(ev.labels.requestKind)} style={{ width: 300 }} />
              </Form.Item>
              <Form.Item label={ev.request.requestDate} name="requestDate" rules={required}>
                <DateInput today={x.today} />
              </Form.Item>
              <Form.Item label={ev.request.receivedOn} name="receivedOn" rules={required}>
                <DateInput today={x.today} />
              </Form.Item>
            </Space>
            <Form.Item label={ev.request.reason} name="reason" rules={required}>
              <Input.TextArea rows={2} maxLength={2000} style={{ maxWidth: 640 }} />
            </Form.Item>
            <Form.Item label={ev.request.hardshipConfirmedBy} name="hardshipConfirmedBy" rules={required}>
              <Input maxLength={300} style={{ maxWidth: 640 }} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {ev.request.submit}
            </Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
