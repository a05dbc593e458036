import { FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Spin, Table, Tag, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, download, unwrap, type Schemas } from '../../api/client';
import { caseQueries } from '../../api/queries';
import { formatBytes, formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { showFieldErrors } from '../form-errors';
import { DATE_FORMAT, isoDate, options } from './form-bits';
import { useCaseMutation } from './use-case-mutation';

type RecordDto = Schemas['ViolationRecordDto'];

interface DrawValues {
  drawnOn: Dayjs;
  drawnAt: Dayjs;
  place: string;
  placeReason?: string;
  officerTitle?: string;
  subjectStatement?: string;
  explanationMode?: Schemas['ExplanationMode'];
  copies: number;
}
interface SignValues {
  name?: string;
  address?: string;
  representativeName?: string;
  representativeGender?: Schemas['Gender'];
  representativeTitle?: string;
}
const DRAW_FIELDS = ['drawnOn', 'drawnAt', 'place', 'placeReason', 'officerTitle', 'subjectStatement', 'explanationMode', 'copies'];

/** The PDF of a signed record: rendered by the worker; the status is asked again until it is ready. */
function RecordPdf({ caseId, number }: { caseId: string; number: string }) {
  const doc = useQuery(caseQueries.recordDocument(caseId));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (doc.isPending) return <Spin />;
  if (doc.error) return <ErrorAlert error={doc.error} />;
  const d = doc.data;
  if (d.status === 'pending') return <Space><Spin size="small" /> {vi.record.pdfPending}</Space>;
  if (d.status === 'failed') return <Alert type="error" showIcon role="alert" title={vi.record.pdfFailed} description={d.error} />;
  return (
    <Space direction="vertical">
      <ErrorAlert error={error} />
      <Button
        type="primary"
        icon={<FilePdfOutlined />}
        loading={busy}
        onClick={() => {
          setBusy(true);
          setError(null);
          download(`/api/cases/${caseId}/violation-record/pdf`, `bien-ban-${number.replace(/\//g, '-')}.pdf`)
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        {vi.record.pdf}
      </Button>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {formatBytes(d.size ?? 0)} · SHA-256 <span className="mono">{d.sha256}</span>
      </Typography.Text>
    </Space>
  );
}

/** Biên bản vi phạm hành chính: draw the draft, sign it (numbered and frozen), download its PDF. */
export function RecordTab({ caseId, canEdit, hasViolations }: { caseId: string; canEdit: boolean; hasViolations: boolean }) {
  const record = useQuery(caseQueries.record(caseId));
  const [drawForm] = Form.useForm<DrawValues>();
  const [signForm] = Form.useForm<SignValues>();
  const [signing, setSigning] = useState(false);
  const draw = useCaseMutation(
    (v: DrawValues) =>
      unwrap(
        api.POST('/api/cases/{id}/violation-record', {
          params: { path: { id: caseId } },
          body: {
            drawnOn: isoDate(v.drawnOn) ?? '',
            drawnAt: v.drawnAt.format('HH:mm'),
            place: v.place,
            placeReason: v.placeReason || undefined,
            officerTitle: v.officerTitle || undefined,
            subjectStatement: v.subjectStatement || undefined,
            explanationMode: v.explanationMode,
            copies: v.copies,
          },
        }),
      ),
    vi.record.drawn,
  );
  const sign = useCaseMutation(
    ({ r, v }: { r: RecordDto; v: SignValues }) => {
      const subject = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== ''));
      return unwrap(
        api.POST('/api/cases/{id}/violation-record/sign', {
          params: { path: { id: caseId } },
          body: { version: r.version, subject: Object.keys(subject).length > 0 ? subject : undefined },
        }),
      );
    },
    (r) => vi.record.signed(r.number ?? ''),
  );

  if (record.isPending) return <Spin />;
  if (record.error) return <ErrorAlert error={record.error} />;
  const r = record.data;

  if (!r) {
    if (!hasViolations) return <Typography.Text type="secondary">{vi.record.noneYet}</Typography.Text>;
    if (!canEdit) return <Typography.Text type="secondary">{vi.record.none}</Typography.Text>;
    return (
      <Card title={vi.record.draw} size="small">
        <ErrorAlert error={draw.error} />
        <Form<DrawValues>
          form={drawForm}
          layout="vertical"
          initialValues={{ drawnOn: dayjs(), drawnAt: dayjs(), copies: 2, explanationMode: 'written' }}
          onFinish={(v) => draw.mutate(v, { onError: (e) => showFieldErrors(drawForm, e, DRAW_FIELDS) })}
        >
          <Space size="large" wrap>
            <Form.Item label={vi.record.drawnOn} name="drawnOn" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item label={vi.record.drawnAt} name="drawnAt" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
              <TimePicker format="HH:mm" />
            </Form.Item>
            <Form.Item label={vi.record.copies} name="copies" rules={[{ required: true }]}>
              <InputNumber min={2} max={20} />
            </Form.Item>
          </Space>
          <Form.Item label={vi.record.place} name="place" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item label={vi.record.placeReason} name="placeReason">
            <Input maxLength={1000} />
          </Form.Item>
          <Form.Item label={vi.record.officerTitle} name="officerTitle">
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item label={vi.record.explanationMode} name="explanationMode">
            <Select options={options(vi.labels.explanationMode)} style={{ maxWidth: 420 }} />
          </Form.Item>
          <Form.Item label={vi.record.subjectStatement} name="subjectStatement">
            <Input.TextArea rows={3} maxLength={20000} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={draw.isPending}>
            {vi.record.draw}
          </Button>
        </Form>
      </Card>
    );
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Descriptions column={2} size="small" bordered>
        <Descriptions.Item label={vi.record.number}>{r.number ?? vi.common.none}</Descriptions.Item>
        <Descriptions.Item label={vi.record.status}>
          <Tag color={r.status === 'signed' ? 'green' : 'default'}>{vi.labels.recordStatus[r.status]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={vi.record.drawnOn}>
          {formatDate(r.drawnOn)} {r.drawnAt}
        </Descriptions.Item>
        <Descriptions.Item label={vi.record.place}>{r.place}</Descriptions.Item>
        <Descriptions.Item label={vi.record.officer}>
          {r.officerName}
          {r.officerTitle && `, ${r.officerTitle}`}
        </Descriptions.Item>
        <Descriptions.Item label={vi.record.explanationLastDay}>{formatDate(r.explanationLastDay)}</Descriptions.Item>
      </Descriptions>
      <Table<Schemas['RecordActDto']>
        rowKey="violationId"
        size="small"
        pagination={false}
        dataSource={r.acts}
        columns={[
          { title: vi.violation.actPicked, dataIndex: 'descriptionVi' },
          { title: vi.violation.citation, dataIndex: 'legalBasis' },
          { title: vi.violation.facts, dataIndex: 'facts', ellipsis: true },
        ]}
      />
      {r.status === 'draft' && canEdit && (
        <>
          <ErrorAlert error={sign.error} />
          <Button type="primary" onClick={() => setSigning(true)}>
            {vi.record.sign}
          </Button>
          <Modal
            title={vi.record.sign}
            open={signing}
            okText={vi.record.sign}
            cancelText={vi.common.cancel}
            confirmLoading={sign.isPending}
            onCancel={() => setSigning(false)}
            onOk={() => signForm.submit()}
            destroyOnHidden
          >
            <Typography.Paragraph>{vi.record.signConfirm}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">{vi.record.identityHint}</Typography.Paragraph>
            <ErrorAlert error={sign.error} />
            <Form<SignValues>
              form={signForm}
              layout="vertical"
              onFinish={(v) =>
                sign.mutate(
                  { r, v },
                  {
                    onSuccess: () => setSigning(false),
                    onError: (e) => showFieldErrors(signForm, e, ['subject']),
                  },
                )
              }
            >
              <Form.Item label={vi.record.identity.address} name="address">
                <Input maxLength={500} />
              </Form.Item>
              <Form.Item label={vi.record.identity.representativeName} name="representativeName">
                <Input maxLength={200} />
              </Form.Item>
              <Space size="large" wrap>
                <Form.Item label={vi.record.identity.representativeGender} name="representativeGender">
                  <Select options={options(vi.registry.gender)} style={{ width: 140 }} />
                </Form.Item>
                <Form.Item label={vi.record.identity.representativeTitle} name="representativeTitle">
                  <Input maxLength={200} style={{ width: 260 }} />
                </Form.Item>
              </Space>
            </Form>
          </Modal>
        </>
      )}
      {r.status === 'signed' && r.number && <RecordPdf caseId={caseId} number={r.number} />}
    </Space>
  );
}
