// Shared parts of the execution page: the query, mutations, 422 field errors, proof files, PDFs, signer fields.
import { FilePdfOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Checkbox, DatePicker, Form, Input, Modal, Space, Spin, Typography, Upload, type FormInstance, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, ApiError, download, unwrap, uploadForm, type Schemas } from '../../api/client';
import { vi, fieldMessage } from '../../i18n/vi';
import { executionMessage } from '../../i18n/vi-execution';
import { describeError, ErrorAlert } from '../api-error';
import { DATE_FORMAT, isoDate, lines } from '../case/form-bits';

export type Execution = Schemas['ExecutionDto'];
export const ev = vi.execution;
export { DATE_FORMAT, isoDate, lines };

/** What the page knows once loaded: the execution, who may act, and the API's "today" (the day its figures are for). */
export interface ExecutionView {
  decisionId: string;
  x: Execution;
  /** Inspectors and legal officers: delivery, proofs, remedial measures done (EXECUTION_STAFF). */
  staff: boolean;
  /** Legal officers: payments, requests and their decisions, enforcement, complaints (EXECUTION_OFFICERS). */
  officer: boolean;
}

const documentPending = (x: Execution | undefined): boolean =>
  !!x && [...x.requests.map((r) => r.document), ...x.enforcements.map((e) => e.document)].some((d) => d?.status === 'pending');

export const executionQuery = (id: string) =>
  queryOptions({
    queryKey: ['decisions', 'execution', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/decisions/{id}/execution', { params: { path: { id } }, signal })),
    // A decision on a request or an enforcement is rendered by the worker: ask again until its PDF is ready.
    refetchInterval: (q) => (documentPending(q.state.data) ? 1000 : false),
  });

/** A change to the execution: the page reads everything again; the message says what was recorded. */
export function useExecutionMutation<V, R>(fn: (v: V) => Promise<R>, success: string | ((r: R) => string)) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['decisions'] });
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      void message.success(typeof success === 'string' ? success : success(result));
    },
  });
}

const say = (m: string): string => {
  const t = executionMessage(m);
  return t !== m ? t : fieldMessage(m);
};

/**
 * The API's 422 under the fields it names (`instalments[0].amountVnd` → the first line's amount); returns what no field
 * of this form shows. `lists` are Form.List names: an error on the whole list goes to the form's alert.
 */
export function placeErrors(form: FormInstance, error: unknown, names: readonly string[], lists: readonly string[] = []): string[] {
  if (!(error instanceof ApiError)) return [];
  const unplaced: string[] = [];
  const fields = error.fields.flatMap((f) => {
    const path = f.field
      .replace(/\[(\d+)\]/g, '.$1')
      .split('.')
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const messages = f.messages.map(say);
    if (!names.includes(String(path[0])) || (lists.includes(String(path[0])) && path.length === 1)) {
      unplaced.push(...messages);
      return [];
    }
    return [{ name: path, errors: messages }];
  });
  form.setFields(fields);
  return unplaced;
}

/** A refusal in Vietnamese, with the execution's API messages translated and the messages no field shows. */
export function ExecutionError({ error, unplaced = [] }: { error: unknown; unplaced?: string[] }) {
  return <ErrorAlert error={error} translate={executionMessage} extra={unplaced} />;
}

/** A date field of these forms: dd/mm/yyyy, nothing after the API's today. */
export function DateInput({ today, id, ...rest }: { today: string; id?: string; value?: Dayjs | null; onChange?: (d: Dayjs | null) => void; 'aria-label'?: string }) {
  return <DatePicker id={id} format={DATE_FORMAT} disabledDate={(d) => d.format('YYYY-MM-DD') > today} style={{ width: 180 }} {...rest} />;
}

/** The API's "today" as the default of a date field. */
export const day = (iso: string): Dayjs => dayjs(iso, 'YYYY-MM-DD');

/** A proof file picked in a form, uploaded when the form is sent. */
export function FileInput({ value, onChange, id }: { value?: UploadFile[]; onChange?: (files: UploadFile[]) => void; id?: string }) {
  return (
    <Upload fileList={value ?? []} maxCount={1} beforeUpload={() => false} onChange={({ fileList }) => onChange?.(fileList)} accept=".pdf,.png,.jpg,.jpeg,.webp,.txt">
      <Button icon={<UploadOutlined />} id={id}>
        {ev.common.pickFile}
      </Button>
    </Upload>
  );
}

/** Uploads the picked file to the execution file (POST …/execution/files) and returns its id. */
export async function uploadProof(decisionId: string, purpose: Schemas['ExecutionFilePurpose'], files: UploadFile[] | undefined): Promise<string | undefined> {
  const file = files?.[0]?.originFileObj;
  if (!file) return undefined;
  const form = new FormData();
  form.append('purpose', purpose);
  form.append('file', file, file.name);
  const saved = await uploadForm<Schemas['ExecutionFileDto']>(`/api/decisions/${decisionId}/execution/files`, form);
  return saved.id;
}

/** A proof of the execution file: its name, downloaded with the token. */
export function ProofLink({ v, fileId }: { v: ExecutionView; fileId: string | null | undefined }) {
  const [error, setError] = useState<unknown>(null);
  if (!fileId) return <>{vi.common.none}</>;
  const file = v.x.files.find((f) => f.id === fileId);
  const name = file?.fileName ?? ev.common.file;
  return (
    <Space direction="vertical" size={0}>
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        icon={<PaperClipOutlined />}
        aria-label={ev.common.download(name)}
        onClick={() => {
          setError(null);
          download(`/api/decisions/${v.decisionId}/execution/file?fileId=${fileId}`, name).catch(setError);
        }}
      >
        {name}
      </Button>
      {error !== null && <Typography.Text type="danger">{describeError(error).title}</Typography.Text>}
    </Space>
  );
}

/** The PDF of an execution decision (MQĐ03, MQĐ05, enforcement): a spinner while the worker renders it. */
export function DocumentButton({ v, doc, number }: { v: ExecutionView; doc: Schemas['DocumentStateDto'] | null; number: string | null }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (!doc) return null;
  if (doc.status === 'pending') {
    return (
      <Space role="status">
        <Spin size="small" /> {ev.common.pdfPending}
      </Space>
    );
  }
  if (doc.status === 'failed') return <Typography.Text type="danger">{ev.common.pdfFailed}</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      <Button
        size="small"
        icon={<FilePdfOutlined />}
        loading={busy}
        aria-label={`${ev.common.pdf} ${number ?? ''}`.trim()}
        onClick={() => {
          setBusy(true);
          setError(null);
          download(`/api/decisions/${v.decisionId}/execution/document?subjectId=${doc.subjectId}`, `${(number ?? 'quyet-dinh').replace(/\//g, '-')}.pdf`)
            .catch(setError)
            .finally(() => setBusy(false));
        }}
      >
        {ev.common.pdf}
      </Button>
      {error !== null && <Typography.Text type="danger">{describeError(error).title}</Typography.Text>}
    </Space>
  );
}

export interface SignerValues {
  fullName: string;
  title: string;
  deputy?: boolean;
  headTitle?: string;
  delegationNumber?: string;
  delegationDate?: Dayjs;
}

export const toSigner = (s: SignerValues): Schemas['ExecutionSignerDto'] => ({
  fullName: s.fullName,
  title: s.title,
  deputy: s.deputy ? { headTitle: s.headTitle ?? '', delegation: { number: s.delegationNumber ?? '', date: isoDate(s.delegationDate) ?? '' } } : null,
});

/** Người ký of an execution decision: the head, or a deputy signing "KT." under a delegation (LXLVPHC Đ54, Đ87 k2). */
export function SignerFields({ today }: { today: string }) {
  const required = [{ required: true, message: vi.errors.fieldRequired }];
  return (
    <>
      <Space size="large" wrap>
        <Form.Item label={ev.common.signerName} name={['signer', 'fullName']} rules={required}>
          <Input maxLength={200} style={{ width: 260 }} />
        </Form.Item>
        <Form.Item label={ev.common.signerTitle} name={['signer', 'title']} rules={required}>
          <Input maxLength={200} style={{ width: 220 }} />
        </Form.Item>
      </Space>
      <Form.Item name={['signer', 'deputy']} valuePropName="checked">
        <Checkbox>{ev.common.deputy}</Checkbox>
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: { signer?: SignerValues }, b: { signer?: SignerValues }) => a.signer?.deputy !== b.signer?.deputy}>
        {({ getFieldValue }) =>
          getFieldValue(['signer', 'deputy']) ? (
            <Space size="large" wrap>
              <Form.Item label={ev.common.headTitle} name={['signer', 'headTitle']} rules={required}>
                <Input maxLength={200} style={{ width: 200 }} />
              </Form.Item>
              <Form.Item label={ev.common.delegationNumber} name={['signer', 'delegationNumber']} rules={required}>
                <Input maxLength={64} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item label={ev.common.delegationDate} name={['signer', 'delegationDate']} rules={required}>
                <DateInput today={today} />
              </Form.Item>
            </Space>
          ) : null
        }
      </Form.Item>
    </>
  );
}

/**
 * A form of the page: its mutation, the API's 422 under its fields and the rest in its alert; after success the form
 * is emptied, or `onDone` runs (a modal closes).
 */
export function useExecutionForm<V, R>(
  fn: (v: V) => Promise<R>,
  success: string | ((r: R) => string),
  fields: readonly string[],
  opts: { lists?: readonly string[]; onDone?: () => void } = {},
) {
  const [form] = Form.useForm<V>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const save = useExecutionMutation(fn, success);
  const onFinish = (val: V) => {
    setUnplaced([]);
    save.mutate(val, {
      onSuccess: () => (opts.onDone ? opts.onDone() : form.resetFields()),
      onError: (e) => setUnplaced(placeErrors(form, e, fields, opts.lists)),
    });
  };
  return { form, save, onFinish, alert: <ExecutionError error={save.error} unplaced={unplaced} /> };
}

/** A modal holding one form: its button sends the form; closing forgets it. */
export function FormModal({ title, okText, loading, onClose, onOk, width, children }: { title: string; okText: string; loading: boolean; onClose: () => void; onOk: () => void; width?: number; children: React.ReactNode }) {
  return (
    <Modal open width={width} title={title} okText={okText} cancelText={vi.common.cancel} confirmLoading={loading} onCancel={onClose} onOk={onOk} destroyOnHidden>
      {children}
    </Modal>
  );
}
