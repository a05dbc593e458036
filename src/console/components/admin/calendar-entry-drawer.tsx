import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Drawer, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { api, unwrap, type Schemas } from '../../api/client';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { showFieldErrors } from '../form-errors';
import { translated } from './api-messages';

interface Values {
  date?: Dayjs;
  kind: Schemas['HolidayKind'];
  nameVi: string;
  source: string;
}

const KINDS = ['public-holiday', 'substitute-day-off', 'bridging-day-off', 'make-up-working-day'] as const satisfies readonly Schemas['HolidayKind'][];

/** Thêm ngày nghỉ / ngày làm bù: the API checks the day against its kind (a make-up day is a Saturday or Sunday…). */
export function CalendarEntryDrawer(props: { open: boolean; year: number; onClose: () => void; onAdded: () => void }) {
  const t = vi.admin.calendar;
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const add = useMutation({
    mutationFn: (v: Values) =>
      translated(unwrap(api.POST('/api/calendar', { body: { date: v.date?.format('YYYY-MM-DD') ?? '', kind: v.kind, nameVi: v.nameVi.trim(), source: v.source.trim() } }))),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
      form.resetFields();
      props.onAdded();
    },
    onError: (e) => showFieldErrors(form, e, ['date', 'kind', 'nameVi', 'source']),
  });
  const required = [{ required: true, whitespace: true, message: vi.errors.fieldRequired }];

  return (
    <Drawer title={t.addTitle} open={props.open} onClose={props.onClose} destroyOnHidden>
      <ErrorAlert error={add.error} />
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'public-holiday' }} onFinish={(v) => add.mutate(v)}>
        <Form.Item label={t.date} name="date" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
          <DatePicker format="DD/MM/YYYY" autoFocus defaultPickerValue={dayjs(`${props.year}-01-01`)} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label={t.kind} name="kind" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
          <Select options={KINDS.map((k) => ({ value: k, label: t.holidayKind[k] }))} style={{ maxWidth: 240 }} />
        </Form.Item>
        <Form.Item label={t.name} name="nameVi" extra={t.nameHint} rules={required}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item label={t.source} name="source" extra={t.sourceHint} rules={required}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={add.isPending}>
            {t.add}
          </Button>
          <Button onClick={props.onClose}>{vi.common.cancel}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}
