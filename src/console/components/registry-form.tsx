import { Button, DatePicker, Form, Input, Select, Space, type FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { ErrorAlert } from './api-error';
import { showFieldErrors } from './form-errors';
import { REGISTRY_FIELDS, type FieldSpec } from './registry-fields';
import type { RegistryKind } from '../app/search';
import { vi } from '../i18n/vi';

type Values = Record<string, unknown>;

/** The API's shape → the form's (dates as dayjs, domains as lines) and back; empty optional fields are left out. */
const toForm = (fields: FieldSpec[], record: Values): Values =>
  Object.fromEntries(
    fields.map((f) => {
      const v = record[f.name];
      if (f.type === 'date') return [f.name, typeof v === 'string' ? dayjs(v) : undefined];
      if (f.type === 'lines') return [f.name, Array.isArray(v) ? v.join('\n') : ''];
      return [f.name, v ?? undefined];
    }),
  );

const fromForm = (fields: FieldSpec[], values: Values, editing: boolean): Values =>
  Object.fromEntries(
    fields.flatMap((f): [string, unknown][] => {
      const v = values[f.name];
      if (f.type === 'date') return v ? [[f.name, (v as Dayjs).format('YYYY-MM-DD')]] : editing ? [[f.name, null]] : [];
      if (f.type === 'lines') {
        const lines = String(v ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
        return lines.length > 0 || f.required || editing ? [[f.name, lines]] : [];
      }
      if (v === undefined || v === '') return editing && !f.required ? [[f.name, f.type === 'select' ? undefined : '']] : [];
      return [[f.name, v]];
    }),
  );

/** The form instance of a registry form and what to do with the API's refusal (put its messages under the fields). */
export function useRegistryForm(kind: RegistryKind): { form: FormInstance<Values>; showError: (error: unknown) => void } {
  const [form] = Form.useForm<Values>();
  return { form, showError: (error) => void showFieldErrors(form, error, REGISTRY_FIELDS[kind].map((f) => f.name)) };
}

/** Create or edit a registry record; the API's validation messages land under the field they name. */
export function RegistryForm(props: { kind: RegistryKind; form: FormInstance<Values>; record?: Values; pending: boolean; error: unknown; onSubmit: (body: Values) => void; onCancel: () => void }) {
  const fields = REGISTRY_FIELDS[props.kind];
  return (
    <Form<Values> form={props.form} layout="vertical" initialValues={props.record ? toForm(fields, props.record) : undefined} onFinish={(v) => props.onSubmit(fromForm(fields, v, Boolean(props.record)))}>
      <ErrorAlert error={props.error} />
      {fields.map((f, i) => (
        <Form.Item key={f.name} label={vi.registry.fields[f.name]} extra={f.type === 'lines' ? vi.registry.domainsHint : undefined} name={f.name} rules={f.required ? [{ required: true, message: vi.errors.fieldRequired }] : undefined}>
          {f.type === 'text' ? (
            <Input maxLength={f.max} autoFocus={i === 0} />
          ) : f.type === 'textarea' || f.type === 'lines' ? (
            <Input.TextArea rows={f.type === 'lines' ? 2 : 3} maxLength={f.max} />
          ) : f.type === 'date' ? (
            <DatePicker format="DD/MM/YYYY" style={{ width: 200 }} />
          ) : (
            <Select allowClear={!f.required} options={Object.entries(f.options ?? {}).map(([value, label]) => ({ value, label }))} style={{ maxWidth: 360 }} />
          )}
        </Form.Item>
      ))}
      <Space>
        <Button type="primary" htmlType="submit" loading={props.pending}>
          {vi.common.save}
        </Button>
        <Button onClick={props.onCancel}>{vi.common.cancel}</Button>
      </Space>
    </Form>
  );
}
