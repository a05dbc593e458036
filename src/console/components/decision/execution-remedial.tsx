import { Button, Form, Input, Table, Typography, type UploadFile } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { DateInput, day, ev, FileInput, FormModal, isoDate, uploadProof, useExecutionForm, type ExecutionView } from './execution-bits';
import { StepTag } from './execution-summary';

type Measure = Schemas['RemedialStateDto'];
interface Values {
  doneOn: Dayjs;
  note?: string;
  file?: UploadFile[];
}

function DoneModal({ v, m, onClose }: { v: ExecutionView; m: Measure; onClose: () => void }) {
  const { form, save, onFinish, alert } = useExecutionForm(async (val: Values) => {
    const fileId = await uploadProof(v.decisionId, 'remedial', val.file);
    return unwrap(
      api.POST('/api/decisions/{id}/execution/remedial', {
        params: { path: { id: v.decisionId } },
        body: { measureIndex: m.index, doneOn: isoDate(val.doneOn) ?? '', note: val.note?.trim() || undefined, fileId },
      }),
    );
  }, ev.remedial.saved, ['doneOn', 'note'], { onDone: onClose });
  return (
    <FormModal title={ev.remedial.markDone} okText={ev.remedial.markDone} loading={save.isPending} onClose={onClose} onOk={() => form.submit()}>
      <Typography.Paragraph>{m.description}</Typography.Paragraph>
      {alert}
      <Form<Values> name="execution-remedial" form={form} layout="vertical" initialValues={{ doneOn: day(v.x.today) }} onFinish={onFinish}>
        <Form.Item label={ev.remedial.doneOn} name="doneOn" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
          <DateInput today={v.x.today} />
        </Form.Item>
        <Form.Item label={ev.common.note} name="note">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item label={ev.remedial.file} name="file" extra={ev.common.fileHint}>
          <FileInput />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Biện pháp khắc phục hậu quả of the decision, each with its deadline and the day it was carried out. */
export function ExecutionRemedial({ v }: { v: ExecutionView }) {
  const [marking, setMarking] = useState<Measure | null>(null);
  if (v.x.remedial.length === 0) return <Typography.Text type="secondary">{ev.remedial.none}</Typography.Text>;
  return (
    <>
      <Table<Measure>
        aria-label={ev.tabs.remedial}
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={v.x.remedial}
        columns={[
          { title: ev.remedial.measure, dataIndex: 'description' },
          { title: ev.remedial.dueOn, dataIndex: 'dueOn', render: formatDate, width: 120 },
          { title: ev.remedial.status, dataIndex: 'status', render: (s: string) => <StepTag status={s} />, width: 180 },
          {
            title: ev.remedial.doneOn,
            dataIndex: 'doneOn',
            width: 200,
            render: (d: string | null, m) =>
              d ? formatDate(d) : v.staff ? <Button size="small" onClick={() => setMarking(m)}>{ev.remedial.markDone}</Button> : ev.remedial.notDone,
          },
        ]}
      />
      {marking && <DoneModal v={v} m={marking} onClose={() => setMarking(null)} />}
    </>
  );
}
