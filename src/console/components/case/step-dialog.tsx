import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Button, DatePicker, Descriptions, Form, Input, Modal, Popconfirm, Radio, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap, type Schemas } from '../../api/client';
import { caseQueries } from '../../api/queries';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { showFieldErrors } from '../form-errors';
import { DATE_FORMAT, isoDate, options } from './form-bits';
import { useCaseMutation } from './use-case-mutation';

type Case = Schemas['CaseDto'];

/** The steps taken through a form: each one endpoint, its fields, and whether it can be undone. */
export type FormStep = 'await_explanation' | 'ready_for_decision' | 'extend' | 'execute' | 'close' | 'close_without_sanction';

interface Values {
  note?: string;
  explanationOutcome?: Schemas['ExplanationOutcome'] | 'passed';
  explanationOutcomeOn?: Dayjs;
  reason?: string;
  mode?: Schemas['ExecutionMode'];
  executedOn?: Dayjs;
}

/** The fields each step shows, named as the API names them: its 422 goes under them (the others to the form's alert). */
const FIELDS: Record<FormStep, readonly string[]> = {
  await_explanation: ['note'],
  ready_for_decision: ['note', 'explanationOutcome', 'explanationOutcomeOn'],
  extend: ['reason'],
  execute: ['note', 'mode', 'executedOn'],
  close: ['note'],
  close_without_sanction: ['reason', 'note'],
};
const IRREVERSIBLE: ReadonlySet<FormStep> = new Set(['extend', 'execute', 'close', 'close_without_sanction']);
const required = [{ required: true, message: vi.errors.fieldRequired }];
const w = vi.workspace;

const TITLES: Record<FormStep, string> = {
  await_explanation: w.explanation.awaitTitle,
  ready_for_decision: w.explanation.readyTitle,
  extend: w.extend.title,
  execute: w.execute.title,
  close: w.close.title,
  close_without_sanction: w.closeWithout.title,
};

function send(c: Case, step: FormStep, v: Values): Promise<Case> {
  const path = { params: { path: { id: c.id } } };
  const note = v.note?.trim() || undefined;
  switch (step) {
    case 'await_explanation':
      return unwrap(api.POST('/api/cases/{id}/await-explanation', { ...path, body: { version: c.version, note } }));
    case 'ready_for_decision': {
      const outcome = v.explanationOutcome === 'passed' ? undefined : v.explanationOutcome;
      return unwrap(
        api.POST('/api/cases/{id}/ready-for-decision', {
          ...path,
          body: { version: c.version, note, explanationOutcome: outcome, explanationOutcomeOn: outcome ? isoDate(v.explanationOutcomeOn) : undefined },
        }),
      );
    }
    case 'extend':
      return unwrap(api.POST('/api/cases/{id}/extend-decision-deadline', { ...path, body: { version: c.version, reason: v.reason ?? '' } }));
    case 'execute':
      return unwrap(api.POST('/api/cases/{id}/execute', { ...path, body: { version: c.version, note, mode: v.mode ?? 'paid', executedOn: isoDate(v.executedOn) ?? '' } }));
    case 'close':
      return unwrap(api.POST('/api/cases/{id}/close', { ...path, body: { version: c.version, note } }));
    case 'close_without_sanction':
      return unwrap(api.POST('/api/cases/{id}/close-without-sanction', { ...path, body: { version: c.version, reason: (v.reason ?? 'no_violation') as Schemas['ClosureReason'], note: v.note ?? '' } }));
  }
}

/** What the user reads after the step: the new status, or for the extension the new decision deadline. */
function done(step: FormStep, r: Case): string {
  if (step !== 'extend') return w.stepDone(vi.labels.caseStatus[r.status]);
  const due = r.deadlines.find((d) => d.key === 'decision')?.dueOn;
  return w.extend.done(due ? formatDate(due) : vi.common.none);
}

/** The record's explanation facts (mode, last day) for the explanation steps. */
function ExplanationFacts({ caseId }: { caseId: string }) {
  const record = useQuery(caseQueries.record(caseId));
  const r = record.data;
  if (!r) return null;
  return (
    <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
      <Descriptions.Item label={w.explanation.mode}>{r.explanationRight ? vi.labels.explanationMode[r.explanationMode] : w.explanation.noRight}</Descriptions.Item>
      {r.explanationRight && <Descriptions.Item label={w.explanation.lastDay}>{formatDate(r.explanationLastDay)}</Descriptions.Item>}
    </Descriptions>
  );
}

function ExtensionFacts({ c }: { c: Case }) {
  const decision = c.deadlines.find((d) => d.key === 'decision');
  return (
    <>
      <Alert type="info" showIcon title={w.extend.law} style={{ marginBottom: 16 }} />
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={w.extend.current}>{decision?.dueOn ? `${formatDate(decision.dueOn)} (${decision.rule})` : vi.common.none}</Descriptions.Item>
        <Descriptions.Item label={w.extend.complexity}>
          {[c.complex ? w.extend.complex : w.extend.simple, ...(c.verificationNeeded ? [w.extend.verification] : [])].join('; ')}
        </Descriptions.Item>
      </Descriptions>
    </>
  );
}

/** One step of the procedure as a modal form: labelled fields, the API's 422 under them, its refusal above them. */
export function StepDialog({ c, step, onClose }: { c: Case; step: FormStep; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const record = useQuery({ ...caseQueries.record(c.id), enabled: step === 'ready_for_decision' });
  const outcome = Form.useWatch('explanationOutcome', form);
  const mutation = useCaseMutation((v: Values) => send(c, step, v), (r) => done(step, r));
  const submit = (v: Values) => mutation.mutate(v, { onSuccess: onClose, onError: (e) => showFieldErrors(form, e, FIELDS[step]) });
  const [confirming, setConfirming] = useState(false);
  // An irreversible step is checked first, then confirmed: the confirmation never hides a missing field.
  const onOk = () => (IRREVERSIBLE.has(step) ? void form.validateFields().then(() => setConfirming(true), () => undefined) : form.submit());
  const ok = (
    <Button type="primary" loading={mutation.isPending} onClick={onOk}>
      {step === 'extend' ? w.extend.button : vi.labels.caseAction[step]}
    </Button>
  );
  const explains = record.data?.explanationRight === true;

  return (
    <Modal
      open
      title={TITLES[step]}
      width={640}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{vi.common.cancel}</Button>
          {IRREVERSIBLE.has(step) ? (
            <Popconfirm
              open={confirming}
              title={w.irreversible}
              okText={w.confirm}
              cancelText={vi.common.no}
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                form.submit();
              }}
            >
              {ok}
            </Popconfirm>
          ) : (
            ok
          )}
        </Space>
      }
    >
      {step === 'await_explanation' && (
        <>
          <Typography.Paragraph>{w.explanation.awaitText}</Typography.Paragraph>
          <ExplanationFacts caseId={c.id} />
        </>
      )}
      {step === 'ready_for_decision' && <ExplanationFacts caseId={c.id} />}
      {step === 'extend' && <ExtensionFacts c={c} />}
      {step === 'close' && <Typography.Paragraph>{w.close.text}</Typography.Paragraph>}
      {step === 'close_without_sanction' && <Typography.Paragraph>{w.closeWithout.text}</Typography.Paragraph>}
      <ErrorAlert error={mutation.error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ explanationOutcome: 'received', explanationOutcomeOn: dayjs(), executedOn: dayjs(), mode: 'paid' }}
        onFinish={submit}
      >
        {step === 'ready_for_decision' && explains && (
          <>
            <Form.Item label={w.explanation.outcome} name="explanationOutcome" rules={required}>
              <Radio.Group
                style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                options={[...options(w.explanation.outcomes), { value: 'passed', label: w.explanation.passed }]}
              />
            </Form.Item>
            {outcome !== 'passed' && (
              <Form.Item label={w.explanation.outcomeOn} name="explanationOutcomeOn" rules={required}>
                <DatePicker format={DATE_FORMAT} />
              </Form.Item>
            )}
          </>
        )}
        {step === 'extend' && (
          <Form.Item label={w.extend.reason} name="reason" rules={required}>
            <Input.TextArea rows={4} maxLength={2000} autoFocus />
          </Form.Item>
        )}
        {step === 'execute' && (
          <Space size="large" wrap align="start">
            <Form.Item label={w.execute.mode} name="mode" rules={required}>
              <Select options={options(w.execute.modes)} style={{ width: 320 }} />
            </Form.Item>
            <Form.Item label={w.execute.on} name="executedOn" rules={required}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
          </Space>
        )}
        {step === 'close_without_sanction' && (
          <>
            <Form.Item label={w.closeWithout.reason} name="reason" rules={required}>
              <Select options={options(w.closeWithout.reasons)} placeholder={w.closeWithout.reason} />
            </Form.Item>
            <Form.Item label={w.closeWithout.note} name="note" rules={required}>
              <Input.TextArea rows={4} maxLength={5000} />
            </Form.Item>
          </>
        )}
        {step !== 'extend' && step !== 'close_without_sanction' && (
          <Form.Item label={w.note} name="note" extra={w.noteHint}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
