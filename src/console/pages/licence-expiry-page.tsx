import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Form, Select, Table, Tag, Typography } from 'antd';
import type { Schemas } from '../api/client';
import { adminQueries } from '../components/admin/queries';
import { ErrorAlert } from '../components/api-error';
import { LicenceHolderLink } from '../components/licence/licence-holder-link';
import { urlPagination } from '../components/url-pagination';
import { daysFromToday, formatDate } from '../format/format';
import { vi } from '../i18n/vi';

type Licence = Schemas['LicenceDto'];
const DEFAULT_WITHIN = 90;
const CHOICES = [30, 60, 90, 180, 365] as const;

/** Giấy phép sắp hết hạn: active licences whose term ends within N days (N in the URL), soonest first. */
export function LicenceExpiryPage() {
  const t = vi.admin.expiry;
  const search = useSearch({ from: '/_app/registry/licences/expiring' });
  const navigate = useNavigate({ from: '/registry/licences/expiring' });
  const within = search.within ?? DEFAULT_WITHIN;
  const list = useQuery(adminQueries.expiringLicences(within, search.page ?? 1, search.pageSize ?? 20));
  const choices = [...new Set<number>([...CHOICES, within])].sort((a, b) => a - b);

  return (
    <>
      <div className="page-head">
        <div>
          <Link to="/registry" search={{}}>
            {vi.registry.title}
          </Link>
          <Typography.Title level={2}>{vi.admin.licenceExpiryTitle}</Typography.Title>
        </div>
      </div>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
        {t.lead}
      </Typography.Paragraph>
      <Form layout="inline" style={{ marginBottom: 16 }}>
        <Form.Item label={t.within} htmlFor="expiry-within">
          <Select
            id="expiry-within"
            value={within}
            style={{ width: 140 }}
            options={choices.map((n) => ({ value: n, label: t.withinOption(n) }))}
            onChange={(n: number) => void navigate({ search: { within: n === DEFAULT_WITHIN ? undefined : n } })}
          />
        </Form.Item>
      </Form>
      <ErrorAlert error={list.error} />
      <Table<Licence>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items}
        locale={{ emptyText: t.empty(within) }}
        pagination={urlPagination(search, list.data?.total, (page, pageSize) => void navigate({ search: (prev) => ({ ...prev, page, pageSize }) }), t.total)}
        columns={[
          { title: t.number, dataIndex: 'number', render: (n: string) => <strong>{n}</strong> },
          { title: t.kind, dataIndex: 'kind', render: (k: Schemas['LicenceKind']) => vi.labels.licenceKind[k] },
          { title: t.holder, key: 'holder', render: (_: unknown, l) => <LicenceHolderLink holderType={l.holderType} holderId={l.holderId} /> },
          { title: t.issuer, dataIndex: 'issuer' },
          { title: t.expiresOn, dataIndex: 'expiresOn', width: 130, render: (d: string | null) => formatDate(d) },
          {
            title: t.left,
            key: 'left',
            width: 150,
            render: (_: unknown, l) => {
              const days = l.expiresOn ? daysFromToday(l.expiresOn) : 0;
              return <Tag color={days <= 30 ? 'red' : days <= 60 ? 'orange' : 'gold'}>{t.daysLeft(days)}</Tag>;
            },
          },
        ]}
      />
    </>
  );
}
