import { FieldTimeOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Input, Space, Table, Tabs, Typography } from 'antd';
import { registryQueries } from '../api/queries';
import { can, useSession } from '../app/auth';
import { REGISTRY_KINDS, type RegistryKind } from '../app/search';
import { ErrorAlert } from '../components/api-error';
import { entityName } from '../components/registry-fields';
import { formatDateTime } from '../format/format';
import { vi } from '../i18n/vi';
import { urlPagination } from '../components/url-pagination';

interface Row {
  id: string;
  updatedAt: string;
  domains?: string[];
}

/** Đối tượng quản lý: one tab per list, searched by name or domain without diacritics; the state lives in the URL. */
export function RegistryPage() {
  const search = useSearch({ from: '/_app/registry' });
  const navigate = useNavigate({ from: '/registry' });
  const session = useSession();
  const kind: RegistryKind = search.kind ?? 'e-information-sites';
  const list = useQuery(registryQueries.list(kind, search.q, search.page ?? 1, search.pageSize ?? 20));
  const rows = (list.data?.items ?? []) as Row[];

  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.registry.title}</Typography.Title>
        <Space>
          <Link to="/registry/licences/expiring" search={{}}>
            <Button icon={<FieldTimeOutlined />}>{vi.admin.expiry.link}</Button>
          </Link>
          {session && can.editRegistry(session.user.role) && (
            <Link to="/registry/$kind/new" params={{ kind }}>
              <Button type="primary" icon={<PlusOutlined />}>
                {vi.registry.add(vi.registry.kinds[kind])}
              </Button>
            </Link>
          )}
        </Space>
      </div>
      <Tabs
        activeKey={kind}
        onChange={(k) => void navigate({ search: { kind: k as RegistryKind, q: search.q } })}
        items={REGISTRY_KINDS.map((k) => ({ key: k, label: vi.registry.kinds[k] }))}
      />
      <Input.Search
        key={kind}
        aria-label={vi.registry.search}
        placeholder={vi.registry.search}
        defaultValue={search.q}
        allowClear
        onSearch={(q) => void navigate({ search: (prev) => ({ ...prev, q: q.trim() || undefined, page: undefined }) })}
        style={{ width: 420, marginBottom: 16 }}
      />
      <ErrorAlert error={list.error} />
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={rows}
        locale={{ emptyText: vi.registry.empty }}
        pagination={urlPagination(search, list.data?.total, (page, pageSize) => void navigate({ search: (prev) => ({ ...prev, page, pageSize }) }), vi.common.total)}
        columns={[
          {
            title: vi.registry.name,
            key: 'name',
            render: (_: unknown, r) => (
              <Link to="/registry/$kind/$id" params={{ kind, id: r.id }}>
                {entityName(r)}
              </Link>
            ),
          },
          { title: vi.registry.domains, key: 'domains', render: (_: unknown, r) => (r.domains ?? []).join(', ') || vi.common.none },
          { title: vi.registry.updatedAt, dataIndex: 'updatedAt', key: 'updatedAt', width: 180, render: (d: string) => formatDateTime(d) },
        ]}
      />
    </>
  );
}
