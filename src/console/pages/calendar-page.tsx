import { DeleteOutlined, LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { can, useSession } from '../app/auth';
import { CalendarEntryDrawer } from '../components/admin/calendar-entry-drawer';
import { CalendarSource } from '../components/admin/calendar-source';
import { adminQueries } from '../components/admin/queries';
import { ErrorAlert } from '../components/api-error';
import { formatDate, todayInVietnam } from '../format/format';
import { vi } from '../i18n/vi';

type Entry = Schemas['CalendarEntryDto'];

const KIND_COLOUR: Record<Schemas['HolidayKind'], string> = {
  'public-holiday': 'red',
  'substitute-day-off': 'volcano',
  'bridging-day-off': 'orange',
  'make-up-working-day': 'blue',
};

/** 0 = Sunday … 6 = Saturday, for a `YYYY-MM-DD` date (computed in UTC: the date has no time). */
const weekdayOf = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay();

/** Lịch nghỉ lễ, tết, nghỉ bù, hoán đổi và làm bù of one year (the year lives in the URL); the admin adds and removes days. */
export function CalendarPage() {
  const t = vi.admin.calendar;
  const search = useSearch({ from: '/_app/admin/calendar' });
  const navigate = useNavigate({ from: '/admin/calendar' });
  const year = search.year ?? Number(todayInVietnam().slice(0, 4));
  const role = useSession()?.user.role;
  const editable = role !== undefined && can.administer(role);
  const calendar = useQuery(adminQueries.calendar(year));
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const remove = useMutation({
    mutationFn: (e: Entry) => unwrap(api.DELETE('/api/calendar/{id}', { params: { path: { id: e.id } } })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
      void message.success(t.deleted);
    },
  });
  const goTo = (y: number) => void navigate({ search: { year: y } });

  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.admin.calendarTitle}</Typography.Title>
        {editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t.add}
          </Button>
        )}
      </div>
      <Typography.Paragraph style={{ maxWidth: 900 }}>{t.explain}</Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} align="center" wrap>
        <Button icon={<LeftOutlined />} onClick={() => goTo(year - 1)} disabled={year <= 2000} aria-label={t.previousYear}>
          {t.previousYear}
        </Button>
        <Typography.Title level={3} style={{ margin: '0 8px' }} aria-live="polite">
          {`${t.year} ${year}`}
        </Typography.Title>
        <Button onClick={() => goTo(year + 1)} disabled={year >= 2100} aria-label={t.nextYear}>
          {t.nextYear} <RightOutlined />
        </Button>
        {calendar.data?.covered && <Typography.Text type="secondary">{t.count(calendar.data.entries.length)}</Typography.Text>}
      </Space>
      {calendar.data && !calendar.data.covered && <Alert type="warning" showIcon title={t.notCovered(year)} style={{ marginBottom: 16 }} />}
      <ErrorAlert error={calendar.error ?? remove.error} />
      <Table<Entry>
        rowKey="id"
        size="middle"
        loading={calendar.isFetching}
        dataSource={calendar.data?.entries}
        pagination={false}
        locale={{ emptyText: t.empty }}
        columns={[
          { title: t.date, dataIndex: 'date', width: 120, render: (d: string) => formatDate(d) },
          { title: t.weekday, key: 'weekday', width: 110, render: (_: unknown, e) => t.weekdays[weekdayOf(e.date)] },
          { title: t.kind, dataIndex: 'kind', width: 150, render: (k: Schemas['HolidayKind']) => <Tag color={KIND_COLOUR[k]}>{t.holidayKind[k]}</Tag> },
          { title: t.name, dataIndex: 'nameVi' },
          { title: t.source, dataIndex: 'source', render: (s: string) => <CalendarSource source={s} /> },
          ...(editable
            ? [
                {
                  title: t.actions,
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, e: Entry) => (
                    <Popconfirm title={t.deleteConfirm(e.nameVi, formatDate(e.date))} okText={t.delete} okButtonProps={{ danger: true }} cancelText={vi.common.cancel} onConfirm={() => remove.mutate(e)}>
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label={`${t.delete} ${e.nameVi} ${formatDate(e.date)}`}>
                        {t.delete}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        {t.national}
      </Typography.Paragraph>
      <CalendarEntryDrawer
        open={adding}
        year={year}
        onClose={() => setAdding(false)}
        onAdded={() => {
          setAdding(false);
          void message.success(t.added);
        }}
      />
    </>
  );
}
