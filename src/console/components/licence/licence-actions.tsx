import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { can, type Role } from '../../app/auth';
import { todayInVietnam } from '../../format/format';
import { vi } from '../../i18n/vi';
import { translated } from '../admin/api-messages';
import { ErrorAlert } from '../api-error';
import { showFieldErrors } from '../form-errors';

type Licence = Schemas['LicenceDto'];
export type LicenceAction = 'amend' | 'suspend' | 'reinstate' | 'revoke';

interface Values {
  from?: Dayjs;
  until?: Dayjs;
  on?: Dayjs;
  expiresOn?: Dayjs | null;
  purpose?: string;
  periodicity?: string;
  otherParticulars?: string;
  reason: string;
  reference?: string;
}

/** Suspending, reinstating and revoking are legal acts: the API lets legal officers and admins only (LicencesController SANCTIONERS). */
const sanctions = (role: Role): boolean => role === 'legal_officer' || role === 'department_admin';

/** The actions the API would take on this licence now, for this role (it checks the same and has the last word). */
export function licenceActions(l: Licence, role: Role): LicenceAction[] {
  if (!can.editRegistry(role) || l.status === 'revoked') return [];
  const actions: LicenceAction[] = ['amend'];
  if (!sanctions(role)) return actions;
  if (l.effectiveStatus === 'active') actions.push('suspend');
  if (l.status === 'suspended') actions.push('reinstate');
  actions.push('revoke');
  return actions;
}

const day = (d: Dayjs | undefined | null): string => d?.format('YYYY-MM-DD') ?? '';
const text = (s: string | undefined): string | undefined => (s?.trim() ? s.trim() : undefined);

/** The request each action sends: only what the form holds (an amendment only the particulars that changed). */
function send(action: LicenceAction, l: Licence, v: Values) {
  const path = { params: { path: { id: l.id } } };
  const base = { version: l.version, reason: v.reason.trim() };
  switch (action) {
    case 'amend': {
      const expiresOn = v.expiresOn ? day(v.expiresOn) : null;
      const changed = <K extends 'purpose' | 'periodicity' | 'otherParticulars'>(k: K) => ((v[k] ?? '') !== l[k] ? { [k]: v[k] ?? '' } : {});
      return api.POST('/api/registry/licences/{id}/amend', {
        ...path,
        body: { ...base, reference: text(v.reference), ...(expiresOn !== l.expiresOn ? { expiresOn } : {}), ...changed('purpose'), ...changed('periodicity'), ...changed('otherParticulars') },
      });
    }
    case 'suspend':
      return api.POST('/api/registry/licences/{id}/suspend', { ...path, body: { ...base, from: day(v.from), until: day(v.until), reference: text(v.reference) } });
    case 'reinstate':
      return api.POST('/api/registry/licences/{id}/reinstate', { ...path, body: { ...base, on: day(v.on) } });
    case 'revoke':
      return api.POST('/api/registry/licences/{id}/revoke', { ...path, body: { ...base, on: day(v.on), reference: text(v.reference) } });
  }
}

const TITLE: Record<LicenceAction, (n: string) => string> = {
  amend: vi.admin.licence.amendTitle,
  suspend: vi.admin.licence.suspendTitle,
  reinstate: vi.admin.licence.reinstateTitle,
  revoke: vi.admin.licence.revokeTitle,
};
const LEAD: Record<LicenceAction, string> = {
  amend: vi.admin.licence.amendLead,
  suspend: vi.admin.licence.suspendLead,
  reinstate: vi.admin.licence.reinstateLead,
  revoke: vi.admin.licence.revokeLead,
};
const FIELDS = ['from', 'until', 'on', 'expiresOn', 'purpose', 'periodicity', 'otherParticulars', 'reason', 'reference'] as const;

/** One action's form in a modal: its dates, the reason with its legal basis, the decision's reference. */
function LicenceActionModal({ action, licence, onClose, onDone }: { action: LicenceAction; licence: Licence; onClose: () => void; onDone: () => void }) {
  const t = vi.admin.licence;
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const { modal, message } = App.useApp();
  const run = useMutation({
    mutationFn: (v: Values) => translated(unwrap(send(action, licence, v))),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['registry'] });
      void message.success(t.done);
      onDone();
    },
    onError: async (e) => {
      showFieldErrors(form, e, FIELDS);
      await queryClient.invalidateQueries({ queryKey: ['registry', 'licences'] });
    },
  });
  const submit = (v: Values) => {
    if (action !== 'revoke') return run.mutate(v);
    modal.confirm({ title: t.revokeConfirm(licence.number), okText: t.revokeOk, okButtonProps: { danger: true }, cancelText: vi.common.cancel, onOk: () => run.mutate(v) });
  };
  const today = dayjs(todayInVietnam());
  const required = [{ required: true, message: vi.errors.fieldRequired }];
  const initial: Partial<Values> =
    action === 'amend'
      ? { expiresOn: licence.expiresOn ? dayjs(licence.expiresOn) : null, purpose: licence.purpose, periodicity: licence.periodicity, otherParticulars: licence.otherParticulars }
      : { from: today, on: today };

  return (
    <Modal open title={TITLE[action](licence.number)} onCancel={onClose} footer={null} width={640} destroyOnHidden>
      <Typography.Paragraph type="secondary">{LEAD[action]}</Typography.Paragraph>
      <ErrorAlert error={run.error} />
      <Form<Values> form={form} layout="vertical" initialValues={initial} onFinish={submit}>
        {action === 'suspend' && (
          <Space size="large">
            <Form.Item label={t.from} name="from" rules={required}>
              <DatePicker format="DD/MM/YYYY" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item label={t.until} name="until" rules={required}>
              <DatePicker format="DD/MM/YYYY" style={{ width: 180 }} autoFocus />
            </Form.Item>
          </Space>
        )}
        {(action === 'reinstate' || action === 'revoke') && (
          <Form.Item label={action === 'reinstate' ? t.reinstateOn : t.on} name="on" rules={required}>
            <DatePicker format="DD/MM/YYYY" style={{ width: 180 }} />
          </Form.Item>
        )}
        {action === 'amend' && (
          <>
            <Form.Item label={t.expiresOn} name="expiresOn">
              <DatePicker format="DD/MM/YYYY" style={{ width: 180 }} />
            </Form.Item>
            <Form.Item label={t.purpose} name="purpose">
              <Input.TextArea rows={2} maxLength={5000} />
            </Form.Item>
            <Form.Item label={t.periodicity} name="periodicity">
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item label={t.otherParticulars} name="otherParticulars">
              <Input.TextArea rows={2} maxLength={5000} />
            </Form.Item>
          </>
        )}
        <Form.Item label={t.reason} name="reason" extra={t.reasonHint} rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
          <Input.TextArea rows={3} maxLength={2000} autoFocus={action !== 'suspend'} />
        </Form.Item>
        {action !== 'reinstate' && (
          <Form.Item label={t.reference} name="reference" extra={t.referenceHint}>
            <Input maxLength={300} style={{ maxWidth: 320 }} />
          </Form.Item>
        )}
        <Space>
          <Button type="primary" danger={action === 'revoke' || action === 'suspend'} htmlType="submit" loading={run.isPending}>
            {action === 'revoke' ? t.revokeOk : t.submit}
          </Button>
          <Button onClick={onClose}>{vi.common.cancel}</Button>
        </Space>
      </Form>
    </Modal>
  );
}

const LABEL: Record<LicenceAction, string> = {
  amend: vi.admin.licence.amend,
  suspend: vi.admin.licence.suspend,
  reinstate: vi.admin.licence.reinstate,
  revoke: vi.admin.licence.revoke,
};

/** The buttons of one licence's row and the modal of the chosen action; `onDone` after the API recorded it. */
export function LicenceActions({ licence, role, onDone }: { licence: Licence; role: Role; onDone: () => void }) {
  const [open, setOpen] = useState<LicenceAction | null>(null);
  const actions = licenceActions(licence, role);
  if (actions.length === 0) return null;
  return (
    <>
      <Space size={4}>
        {actions.map((a) => (
          <Button key={a} size="small" danger={a === 'revoke'} onClick={() => setOpen(a)} aria-label={`${LABEL[a]} ${licence.number}`}>
            {LABEL[a]}
          </Button>
        ))}
      </Space>
      {open && (
        <LicenceActionModal
          action={open}
          licence={licence}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            onDone();
          }}
        />
      )}
    </>
  );
}
