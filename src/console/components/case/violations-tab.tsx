import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Checkbox, DatePicker, Drawer, Empty, Form, Input, Select, Space, Spin, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useDeferredValue, useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { caseQueries, catalogueQueries } from '../../api/queries';
import { formatDate, formatMoney } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { showFieldErrors } from '../form-errors';
import { DATE_FORMAT, isoDate, options } from './form-bits';
import { useCaseMutation } from './use-case-mutation';
import { WorksheetPreview } from './worksheet-preview';

interface Values {
  code: string;
  offenderType: Schemas['OffenderType'];
  committedOn?: Dayjs;
  ongoingAtDetection: boolean;
  endedOn?: Dayjs;
  detectedOn: Dayjs;
  facts: string;
}
const FIELDS = ['code', 'offenderType', 'committedOn', 'ongoingAtDetection', 'endedOn', 'detectedOn', 'facts'];

/** Chọn hành vi: the catalogue searched in Vietnamese (diacritics optional), in force on the detection date. */
function ActPicker({ id, value, onChange, inForceOn }: { id?: string; value?: string; onChange?: (v: string) => void; inForceOn?: string }) {
  const [text, setText] = useState('');
  const deferred = useDeferredValue(text);
  const found = useQuery({ ...catalogueQueries.search(deferred, inForceOn), placeholderData: keepPreviousData });
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={vi.violation.actSearch}
      notFoundContent={found.isFetching ? <Spin size="small" /> : deferred.trim().length >= 2 ? vi.violation.noAct : null}
      options={(found.data?.items ?? []).map((r) => ({
        value: r.code,
        label: (
          <div style={{ whiteSpace: 'normal', lineHeight: 1.35 }}>
            <div>{r.descriptionVi}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.citationShort}
              {r.fine && ` · ${formatMoney(r.fine.minVnd)} – ${formatMoney(r.fine.maxVnd)}`}
            </Typography.Text>
          </div>
        ),
        title: r.descriptionVi,
      }))}
      optionLabelProp="title"
      listHeight={360}
    />
  );
}

/** Hành vi vi phạm of the case with their frozen worksheets, and the form that previews the worksheet before saving. */
export function ViolationsTab({ caseId, canEdit, subjectKind }: { caseId: string; canEdit: boolean; subjectKind: Schemas['OffenderType'] }) {
  const list = useQuery(caseQueries.violations(caseId));
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const watched = Form.useWatch([], form) as Partial<Values> | undefined;
  const act = watched?.code && watched.detectedOn
    ? {
        code: watched.code,
        offenderType: watched.offenderType ?? subjectKind,
        committedOn: isoDate(watched.committedOn),
        ongoingAtDetection: watched.ongoingAtDetection ?? true,
        endedOn: watched.ongoingAtDetection === false ? (isoDate(watched.endedOn) ?? null) : null,
        detectedOn: isoDate(watched.detectedOn) ?? '',
      }
    : null;
  const preview = useQuery({
    queryKey: ['fines', 'preview', act],
    queryFn: ({ signal }) => unwrap(api.POST('/api/fines/preview', { body: { acts: [act!] }, signal })),
    enabled: act !== null && (act.ongoingAtDetection || act.endedOn !== null),
    retry: false,
  });
  const add = useCaseMutation(
    (v: Values) =>
      unwrap(
        api.POST('/api/cases/{id}/violations', {
          params: { path: { id: caseId } },
          body: {
            code: v.code,
            offenderType: v.offenderType,
            committedOn: isoDate(v.committedOn),
            ongoingAtDetection: v.ongoingAtDetection,
            endedOn: v.ongoingAtDetection ? null : (isoDate(v.endedOn) ?? null),
            detectedOn: isoDate(v.detectedOn) ?? '',
            facts: v.facts,
          },
        }),
      ),
    vi.violation.saved,
  );
  const submit = (v: Values) =>
    add.mutate(v, {
      onSuccess: () => {
        setOpen(false);
        form.resetFields();
      },
      onError: (e) => showFieldErrors(form, e, FIELDS),
    });

  return (
    <>
      {canEdit && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpen(true)} style={{ marginBottom: 16 }}>
          {vi.violation.add}
        </Button>
      )}
      <Table<Schemas['ViolationDto']>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.isPending}
        dataSource={list.data}
        locale={{ emptyText: vi.violation.empty }}
        columns={[
          { title: vi.violation.actPicked, dataIndex: 'descriptionVi', render: (d: string, v) => <><div>{d}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{v.legalBasis}</Typography.Text></> },
          { title: vi.violation.facts, dataIndex: 'facts', ellipsis: true },
          { title: vi.violation.detectedOn, dataIndex: 'detectedOn', render: formatDate, width: 120 },
          { title: vi.violation.amount, dataIndex: 'suggestedFineVnd', align: 'right', width: 150, render: (n: number | null) => <span className="money">{formatMoney(n)}</span> },
        ]}
      />
      <Drawer title={vi.violation.add} open={open} onClose={() => setOpen(false)} size="large" destroyOnHidden>
        <ErrorAlert error={add.error} />
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ offenderType: subjectKind, ongoingAtDetection: true, detectedOn: dayjs() }}
          onFinish={submit}
        >
          <Form.Item label={vi.violation.act} name="code" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <ActPicker inForceOn={isoDate(watched?.detectedOn)} />
          </Form.Item>
          <Space size="large" wrap>
            <Form.Item label={vi.violation.offenderType} name="offenderType" rules={[{ required: true }]}>
              <Select options={options(vi.labels.offenderType)} style={{ width: 180 }} />
            </Form.Item>
            <Form.Item label={vi.violation.detectedOn} name="detectedOn" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item label={vi.violation.committedOn} name="committedOn">
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          </Space>
          <Form.Item name="ongoingAtDetection" valuePropName="checked">
            <Checkbox>{vi.violation.ongoing}</Checkbox>
          </Form.Item>
          {watched?.ongoingAtDetection === false && (
            <Form.Item label={vi.violation.endedOn} name="endedOn" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          )}
          <Form.Item label={vi.violation.facts} name="facts" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
            <Input.TextArea rows={4} maxLength={20000} />
          </Form.Item>
          <Card size="small" title={vi.violation.preview} style={{ marginBottom: 16 }}>
            {preview.data ? (
              <WorksheetPreview worksheet={preview.data} />
            ) : preview.error ? (
              <ErrorAlert error={preview.error} />
            ) : preview.isFetching ? (
              <Spin />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={vi.violation.previewHint} />
            )}
          </Card>
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
