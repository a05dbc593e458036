import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { App, Button, Card, Descriptions, Drawer, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState, type Key } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { caseQueries, registryQueries } from '../api/queries';
import { can, useSession } from '../app/auth';
import { SUBJECT_TYPE_OF } from '../app/search';
import { ErrorAlert, LoadError } from '../components/api-error';
import { LicenceActions } from '../components/licence/licence-actions';
import { LicenceTimeline } from '../components/licence/licence-timeline';
import { CaseStatusTag } from '../components/case-bits';
import { RegistryForm, useRegistryForm } from '../components/registry-form';
import { entityName, REGISTRY_FIELDS, type FieldSpec } from '../components/registry-fields';
import { formatDate } from '../format/format';
import { vi } from '../i18n/vi';

type Licence = Schemas['LicenceDto'];

const show = (f: FieldSpec, v: unknown): string => {
  if (v === null || v === undefined || v === '') return vi.common.none;
  if (Array.isArray(v)) return v.join(', ') || vi.common.none;
  if (f.type === 'date') return formatDate(String(v));
  if (f.type === 'select') return f.options?.[String(v)] ?? String(v);
  return String(v);
};

/** One registry record: its particulars (editable), its licences with their full history, and its cases. */
export function RegistryEntityPage() {
  const { kind, id } = useParams({ from: '/_app/registry/$kind/$id' });
  const session = useSession();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const record = useQuery(registryQueries.one(kind, id));
  const licences = useQuery(registryQueries.licences(id));
  const subjectType = SUBJECT_TYPE_OF[kind];
  const cases = useQuery(caseQueries.list({ subjectType, pageSize: 50 }, id));
  const [editing, setEditing] = useState(false);
  // The licences whose history is open; an action opens its licence's, so the new step shows at once.
  const [expanded, setExpanded] = useState<readonly Key[]>([]);
  const { form, showError } = useRegistryForm(kind);
  const update = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      unwrap(api.PATCH(`/api/registry/${kind}/{id}`, { params: { path: { id } }, body: { ...body, version: record.data?.version } as never })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['registry'] });
      setEditing(false);
      void message.success(vi.registry.updated);
    },
    onError: showError,
  });

  if (record.isPending) return <Skeleton active />;
  if (record.error) return <LoadError error={record.error} />;
  const data = record.data as unknown as Record<string, unknown>;
  const role = session?.user.role;

  return (
    <>
      <div className="page-head">
        <div>
          <Typography.Text type="secondary">{vi.registry.kinds[kind]}</Typography.Text>
          <Typography.Title level={2}>{entityName(data)}</Typography.Title>
        </div>
        <Space>
          {role && can.editRegistry(role) && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {vi.common.edit}
            </Button>
          )}
          {role && can.openCases(role) && (
            <Link to="/cases/new" search={{ subjectType, subjectId: id }}>
              <Button type="primary" icon={<PlusOutlined />}>
                {vi.registry.openCase}
              </Button>
            </Link>
          )}
        </Space>
      </div>
      <Card title={vi.registry.details} style={{ marginBottom: 16 }}>
        <Descriptions column={2} size="small">
          {REGISTRY_FIELDS[kind].map((f) => (
            <Descriptions.Item key={f.name} label={vi.registry.fields[f.name]}>
              {show(f, data[f.name])}
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      {kind !== 'resident-reporters' && kind !== 'unregistered-subjects' && (
        <Card title={vi.registry.licences} style={{ marginBottom: 16 }}>
          <ErrorAlert error={licences.error} />
          <Table<Licence>
            rowKey="id"
            size="small"
            pagination={false}
            loading={licences.isPending}
            dataSource={licences.data?.items}
            locale={{ emptyText: vi.registry.noLicences }}
            expandable={{ expandedRowRender: (l) => <LicenceTimeline id={l.id} number={l.number} />, expandedRowKeys: expanded, onExpandedRowsChange: setExpanded }}
            columns={[
              { title: vi.registry.licenceNumber, dataIndex: 'number', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
              { title: vi.registry.licenceKind, dataIndex: 'kind', render: (k: Schemas['LicenceKind']) => vi.labels.licenceKind[k] },
              { title: vi.registry.issuer, dataIndex: 'issuer' },
              { title: vi.registry.issuedOn, dataIndex: 'issuedOn', render: formatDate, onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
              { title: vi.registry.expiresOn, dataIndex: 'expiresOn', render: formatDate, onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
              { title: vi.cases.status, dataIndex: 'effectiveStatus', render: (s: Schemas['LicenceStatus']) => <Tag color={s === 'active' ? 'green' : s === 'suspended' ? 'orange' : s === 'revoked' ? 'red' : 'default'}>{vi.labels.licenceStatus[s]}</Tag> },
              ...(role && can.editRegistry(role)
                ? [{ title: vi.admin.licence.actions, key: 'actions', render: (_: unknown, l: Licence) => <LicenceActions licence={l} role={role} onDone={() => setExpanded((keys) => (keys.includes(l.id) ? keys : [...keys, l.id]))} /> }]
                : []),
            ]}
          />
        </Card>
      )}
      <Card title={vi.registry.cases}>
        <Table<Schemas['CaseDto']>
          rowKey="id"
          size="small"
          pagination={false}
          loading={cases.isPending}
          dataSource={cases.data?.items}
          locale={{ emptyText: vi.cases.empty }}
          columns={[
            {
              title: vi.cases.number,
              dataIndex: 'number',
              render: (_: string, c) => (
                <Link to="/cases/$caseId" params={{ caseId: c.id }} search={{}}>
                  {c.number}
                </Link>
              ),
            },
            { title: vi.cases.name, dataIndex: 'title' },
            { title: vi.cases.status, dataIndex: 'status', render: (s: Schemas['CaseStatus']) => <CaseStatusTag status={s} /> },
            { title: vi.cases.openedOn, dataIndex: 'openedOn', render: formatDate },
          ]}
        />
      </Card>
      <Drawer title={`${vi.common.edit}: ${entityName(data)}`} open={editing} onClose={() => setEditing(false)} size="large" destroyOnHidden>
        <RegistryForm kind={kind} form={form} record={data} pending={update.isPending} error={update.error} onSubmit={(body) => update.mutate(body)} onCancel={() => setEditing(false)} />
      </Drawer>
    </>
  );
}
