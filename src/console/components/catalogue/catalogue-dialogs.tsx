// The curators' dialogs: propose a verification, complete a draft row, approve or reject a proposal (four-eyes).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Input, InputNumber, Modal, Select, Typography, type FormInstance, type ModalProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { ErrorAlert } from '../api-error';
import { fieldMessage, vi } from '../../i18n/vi';
import { catalogueBrowse } from './queries';

const t = vi.legal;

/** After a change every catalogue read is stale; a 409 on a moved row reloads too, so the officer sees why. */
function useCatalogueMutation<V, R>(fn: (v: V) => Promise<R>, success: string, onDone: () => void) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['catalogue'] });
      void message.success(success);
      onDone();
    },
    onError: async (e) => {
      if (e instanceof ApiError && (e.code === 'STALE_VERSION' || e.status === 409)) await queryClient.invalidateQueries({ queryKey: ['catalogue'] });
    },
  });
}

/** The API's 422 fields (`officialText.page`) under the form's nested fields; what no field shows goes to the alert. */
function placeFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.fields.length === 0) return false;
  form.setFields(error.fields.map((f) => ({ name: f.field.split('.'), errors: f.messages.map(fieldMessage) })));
  return true;
}

interface OfficialTextValues {
  officialText: { instrument: string; gazette?: string; url?: string; page: string };
  note?: string;
}

const cleanOfficialText = (v: OfficialTextValues['officialText']): Schemas['OfficialTextDto'] => ({
  instrument: v.instrument.trim(),
  gazette: v.gazette?.trim() || undefined,
  url: v.url?.trim() || undefined,
  page: v.page.trim(),
});

/** Văn bản gốc: instrument, gazette number or official URL, page (the API refuses a text without gazette or URL), and what was checked. */
function OfficialTextFields() {
  return (
    <>
      <Form.Item label={t.verify.instrument} name={['officialText', 'instrument']} rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item label={t.verify.gazette} name={['officialText', 'gazette']} extra={t.verify.gazetteHelp}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        label={t.verify.url}
        name={['officialText', 'url']}
        dependencies={[['officialText', 'gazette']]}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_r, value: string | undefined) =>
              value?.trim() || (getFieldValue(['officialText', 'gazette']) as string | undefined)?.trim() ? Promise.resolve() : Promise.reject(new Error(t.verify.needOne)),
          }),
        ]}
      >
        <Input maxLength={1000} />
      </Form.Item>
      <Form.Item label={t.verify.page} name={['officialText', 'page']} rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
        <Input maxLength={50} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item label={t.verify.note} name="note">
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </>
  );
}

/** The dialog around a form: its submit button names the act ("Gửi đề xuất xác minh"), Cancel closes it. */
function FormDialog(props: {
  open: boolean;
  title: string;
  okText: string;
  okButtonProps?: ModalProps['okButtonProps'];
  pending: boolean;
  onOk: () => void;
  onClose: () => void;
  width?: number;
  children: ReactNode;
}) {
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      okButtonProps={props.okButtonProps}
      cancelText={vi.common.cancel}
      confirmLoading={props.pending}
      onOk={props.onOk}
      onCancel={props.onClose}
      destroyOnHidden
      width={props.width}
    >
      {props.children}
    </Modal>
  );
}

/** Whole đồng with Vietnamese grouping (40.000.000); Form.Item passes value and onChange. */
function VndInput(props: { value?: number | null; onChange?: (v: number | null) => void; id?: string }) {
  return (
    <InputNumber<number>
      {...props}
      min={0}
      precision={0}
      step={1_000_000}
      style={{ width: 200 }}
      formatter={(v) => (v === undefined ? '' : Number(v).toLocaleString('vi-VN'))}
      parser={(v) => Number((v ?? '').replace(/\D/g, ''))}
    />
  );
}

/** A dialog's submit: field refusals go under their fields, anything else to the dialog's alert. */
function useDialogSubmit<V>(form: FormInstance<V>, mutate: (v: V, o: { onError: (e: unknown) => void }) => void) {
  const [shownError, setShownError] = useState<unknown>(null);
  const onFinish = (v: V) => {
    setShownError(null);
    mutate(v, { onError: (e) => setShownError(placeFieldErrors(form, e) ? null : e) });
  };
  return { alert: shownError !== null && <ErrorAlert error={shownError} />, onFinish };
}

export interface VersionTarget {
  code: string;
  effectiveFrom: string;
  revision: number;
  citation: string;
  instrument: string;
  sourceUrl?: string;
}

/** Đề xuất xác minh: the officer names the official text read; a second legal officer approves it. */
export function VerifyDialog({ target, onClose }: { target: VersionTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<OfficialTextValues>();
  const mutation = useCatalogueMutation(
    (v: OfficialTextValues) =>
      unwrap(
        api.POST('/api/legal/catalogue/verifications', {
          body: { code: target?.code ?? '', effectiveFrom: target?.effectiveFrom ?? '', expectedRevision: target?.revision, officialText: cleanOfficialText(v.officialText), note: v.note?.trim() || undefined },
        }),
      ),
    t.verify.done,
    onClose,
  );
  const submit = useDialogSubmit(form, mutation.mutate);
  return (
    <FormDialog open={target !== null} title={target ? t.verify.title(target.citation) : ''} okText={t.verify.submit} pending={mutation.isPending} onOk={() => form.submit()} onClose={onClose} width={640}>
      <Typography.Paragraph type="secondary">{t.verify.help}</Typography.Paragraph>
      {submit.alert}
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ officialText: { instrument: target?.instrument ?? '', url: target?.sourceUrl ?? '' } }}
        onFinish={submit.onFinish}
      >
        <OfficialTextFields />
      </Form>
    </FormDialog>
  );
}

interface CompletionValues extends OfficialTextValues {
  clause?: number | null;
  point?: string;
  descriptionVi?: string;
  descriptionEn?: string;
  fineMin?: number | null;
  fineMax?: number | null;
  printedFor?: Schemas['PrintedSide'];
}

/** Hoàn thiện dòng nháp (or correct an unverified row): the citation, wording and range as the official text reads them. */
export function CompleteDialog({ target, onClose }: { target: { code: string; effectiveFrom: string } | null; onClose: () => void }) {
  const versions = useQuery({ ...catalogueBrowse.versions(target?.code ?? ''), enabled: target !== null });
  const row = versions.data?.versions.find((v) => v.effectiveFrom === target?.effectiveFrom);
  const [form] = Form.useForm<CompletionValues>();
  const mutation = useCatalogueMutation(
    (v: CompletionValues) => {
      if (!row) throw new Error('row not loaded');
      const fine = typeof v.fineMin === 'number' && typeof v.fineMax === 'number' ? { minVnd: v.fineMin, maxVnd: v.fineMax, printedFor: v.printedFor ?? row.fine?.printedFor ?? 'organisation' } : undefined;
      return unwrap(
        api.POST('/api/legal/catalogue/completions', {
          body: {
            code: row.code,
            effectiveFrom: row.effectiveFrom,
            expectedRevision: row.revision,
            officialText: cleanOfficialText(v.officialText),
            clause: v.clause ?? (row.missing.includes('clause') ? undefined : row.clause),
            // An empty point means the clause has no points.
            point: v.point?.trim() ? v.point.trim() : row.missing.includes('point') ? null : row.point,
            fine,
            descriptionVi: v.descriptionVi?.trim() || undefined,
            descriptionEn: v.descriptionEn?.trim() || undefined,
            note: v.note?.trim() || undefined,
          },
        }),
      );
    },
    t.complete.done,
    onClose,
  );
  const submit = useDialogSubmit(form, mutation.mutate);
  return (
    <FormDialog
      open={target !== null}
      title={row ? t.complete.title(row.citationShort) : t.complete.button}
      okText={t.complete.submit}
      okButtonProps={{ disabled: !row }}
      pending={mutation.isPending}
      onOk={() => form.submit()}
      onClose={onClose}
      width={720}
    >
      <Typography.Paragraph type="secondary">{t.complete.help}</Typography.Paragraph>
      <ErrorAlert error={versions.error} />
      {submit.alert}
      {row && (
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            officialText: { instrument: row.instrument, url: row.sourceUrl },
            clause: row.missing.includes('clause') ? undefined : row.clause,
            point: row.missing.includes('point') ? undefined : (row.point ?? undefined),
            descriptionVi: row.descriptionVi,
            descriptionEn: row.descriptionEn,
            fineMin: row.fine?.minVnd,
            fineMax: row.fine?.maxVnd,
            printedFor: row.fine?.printedFor ?? 'organisation',
          }}
          onFinish={submit.onFinish}
        >
          <div style={{ display: 'flex', gap: 16 }}>
            <Form.Item label={t.complete.clause} name="clause" rules={[{ required: row.missing.includes('clause'), message: vi.errors.fieldRequired }]}>
              <InputNumber min={1} max={1000} precision={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item label={t.complete.point} name="point" extra={t.complete.pointHelp}>
              <Input maxLength={2} style={{ width: 120 }} />
            </Form.Item>
          </div>
          <Form.Item label={t.complete.descriptionVi} name="descriptionVi" rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item label={t.complete.descriptionEn} name="descriptionEn">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
            <Form.Item label={t.complete.fineMin} name="fineMin">
              <VndInput />
            </Form.Item>
            <Form.Item label={t.complete.fineMax} name="fineMax">
              <VndInput />
            </Form.Item>
            <Form.Item label={t.complete.printedFor} name="printedFor">
              <Select style={{ width: 220 }} options={(['organisation', 'individual'] as const).map((p) => ({ value: p, label: t.labels.printedFor[p] }))} />
            </Form.Item>
          </div>
          <OfficialTextFields />
        </Form>
      )}
    </FormDialog>
  );
}

export interface DecisionTarget {
  changeId: string;
  citation: string;
  mode: 'approve' | 'reject' | 'withdraw';
}

/** Phê duyệt (a legal officer other than the proposer) or từ chối / rút đề xuất with a reason. */
export function DecisionDialog({ target, onClose }: { target: DecisionTarget | null; onClose: () => void }) {
  const [form] = Form.useForm<{ note?: string }>();
  const approving = target?.mode === 'approve';
  const mutation = useCatalogueMutation(
    async ({ note }: { note?: string }) => {
      const id = target?.changeId ?? '';
      const body = { note: note?.trim() || undefined };
      if (approving) return unwrap(api.POST('/api/legal/catalogue/changes/{id}/approve', { params: { path: { id } }, body }));
      return unwrap(api.POST('/api/legal/catalogue/changes/{id}/reject', { params: { path: { id } }, body }));
    },
    approving ? t.review.approved : t.review.rejected,
    onClose,
  );
  return (
    <FormDialog
      open={target !== null}
      title={target ? (approving ? t.review.approveTitle(target.citation) : t.review.rejectTitle(target.citation)) : ''}
      okText={approving ? t.review.approveSubmit : t.review.rejectSubmit}
      okButtonProps={{ danger: !approving }}
      pending={mutation.isPending}
      onOk={() => form.submit()}
      onClose={onClose}
    >
      {approving && <Alert type="info" showIcon title={t.review.approveHelp} style={{ marginBottom: 16 }} />}
      <ErrorAlert error={mutation.error} />
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => mutation.mutate(v)}>
        <Form.Item
          label={approving ? t.review.approveNote : t.review.rejectNote}
          name="note"
          rules={approving ? [] : [{ required: true, whitespace: true, message: t.review.noteRequired }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
