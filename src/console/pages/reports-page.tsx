import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Card, Col, Drawer, InputNumber, Row, Skeleton, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { api, download, unwrap, type Schemas } from '../api/client';
import type { paths } from '../api/schema.gen';
import { ErrorAlert, LoadError } from '../components/api-error';
import { formatDate, formatMoney } from '../format/format';
import { vi } from '../i18n/vi';

type Summary = Schemas['ReportSummaryDto'];
type Figure = Schemas['FigureDto'];
type DrillQuery = paths['/api/reports/annual/drill-down']['get']['parameters']['query'];

/** The figures of the summary the dashboard shows, in the report's order; money ones are VND. */
const FIGURES: { key: keyof Summary; money?: boolean }[] = [
  { key: 'inspections' },
  { key: 'casesOpened' },
  { key: 'casesClosed' },
  { key: 'sanctionDecisions' },
  { key: 'sanctionedActs' },
  { key: 'warnings' },
  { key: 'finesImposedVnd', money: true },
  { key: 'finesCollectedVnd', money: true },
  { key: 'licenceSuspensions' },
  { key: 'activitySuspensions' },
  { key: 'activeLicences' },
  { key: 'licencesExpiringNextYear' },
];

/** The API's drill-down link as typed query parameters (the link names the metric and the breakdown). */
const drillQuery = (link: string): DrillQuery => Object.fromEntries(new URLSearchParams(link.split('?')[1] ?? '')) as unknown as DrillQuery;

const show = (n: number, money?: boolean) => (money ? formatMoney(n) : n.toLocaleString('vi-VN'));

function DrillDown({ link, title, money, onClose }: { link: string | null; title: string; money?: boolean; onClose: () => void }) {
  const query = useQuery({
    queryKey: ['reports', 'drill-down', link],
    queryFn: ({ signal }) => unwrap(api.GET('/api/reports/annual/drill-down', { params: { query: { ...drillQuery(link ?? ''), pageSize: 100 } }, signal })),
    enabled: link !== null,
  });
  return (
    <Drawer title={title} open={link !== null} onClose={onClose} size="large" destroyOnHidden>
      <ErrorAlert error={query.error} />
      {query.data && <Typography.Paragraph>{vi.reports.drillTotal(show(query.data.value, money), query.data.total)}</Typography.Paragraph>}
      <Table<Schemas['DrillDownItemDto']>
        rowKey="id"
        size="small"
        loading={query.isPending}
        dataSource={query.data?.items}
        pagination={false}
        columns={[
          { title: vi.reports.item, dataIndex: 'label' },
          { title: vi.reports.date, dataIndex: 'date', render: formatDate },
          {
            title: vi.reports.case,
            dataIndex: 'caseNumber',
            render: (n: string | null, r) => (r.caseId && n ? <Link to="/cases/$caseId" params={{ caseId: r.caseId }} search={{}}>{n}</Link> : vi.common.none),
          },
          { title: vi.reports.subject, dataIndex: 'subjectName', render: (s: string | null) => s ?? vi.common.none },
          { title: vi.reports.value, dataIndex: 'value', align: 'right', render: (v: number) => <span className="money">{show(v, money)}</span> },
        ]}
      />
    </Drawer>
  );
}

/** Báo cáo tổng kết năm: the year's figures beside the previous year's, each opening the records behind it; XLSX download. */
export function ReportsPage() {
  const search = useSearch({ from: '/_app/reports' });
  const navigate = useNavigate({ from: '/reports' });
  const year = search.year ?? new Date().getFullYear();
  const report = useQuery({ queryKey: ['reports', 'annual', year], queryFn: ({ signal }) => unwrap(api.GET('/api/reports/annual', { params: { query: { year } }, signal })) });
  const [drill, setDrill] = useState<{ link: string; title: string; money?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const figure = (key: keyof Summary, f: Figure, money?: boolean) => (
    <Col xs={24} sm={12} lg={6} key={key}>
      <Card hoverable size="small" onClick={() => setDrill({ link: f.drillDown, title: vi.reports.figures[key], money })}>
        <Statistic title={vi.reports.figures[key]} value={show(f.value, money)} />
        <Typography.Text type="secondary">{vi.reports.previous(year - 1, show(f.previousValue, money))}</Typography.Text>
        <div>
          <Button type="link" size="small" style={{ padding: 0 }} aria-label={`${vi.reports.open} ${vi.reports.figures[key]}`}>
            {vi.reports.open}
          </Button>
        </div>
      </Card>
    </Col>
  );

  return (
    <>
      <div className="page-head">
        <Typography.Title level={2}>{vi.reports.title(year)}</Typography.Title>
        <Space>
          <label htmlFor="report-year">{vi.reports.year}</label>
          <InputNumber id="report-year" min={2000} max={2100} value={year} onChange={(y) => y && void navigate({ search: { year: y } })} />
          <Button
            icon={<DownloadOutlined />}
            loading={busy}
            onClick={() => {
              setBusy(true);
              setDownloadError(null);
              download(`/api/reports/annual.xlsx?year=${year}`, `bao-cao-${year}.xlsx`)
                .catch(setDownloadError)
                .finally(() => setBusy(false));
            }}
          >
            {vi.reports.xlsx}
          </Button>
        </Space>
      </div>
      <ErrorAlert error={downloadError} />
      {report.isPending ? (
        <Skeleton active />
      ) : report.error ? (
        <LoadError error={report.error} />
      ) : (
        <>
          {report.data.scope.departmentName && <Typography.Paragraph type="secondary">{report.data.scope.departmentName}</Typography.Paragraph>}
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {FIGURES.map((f) => figure(f.key, report.data.summary[f.key], f.money))}
          </Row>
          <Card title={vi.reports.byCode}>
            <Table<Schemas['SanctionRowDto']>
              rowKey="key"
              size="small"
              pagination={false}
              dataSource={report.data.byCatalogueCode}
              locale={{ emptyText: vi.reports.empty }}
              columns={[
                { title: vi.reports.act, dataIndex: 'label' },
                { title: vi.reports.acts, key: 'acts', align: 'right', render: (_: unknown, r) => r.acts.value },
                { title: vi.reports.figures.finesImposedVnd, key: 'imposed', align: 'right', render: (_: unknown, r) => <span className="money">{formatMoney(r.finesImposedVnd.value)}</span> },
                { title: vi.reports.figures.finesCollectedVnd, key: 'collected', align: 'right', render: (_: unknown, r) => <span className="money">{formatMoney(r.finesCollectedVnd.value)}</span> },
              ]}
            />
          </Card>
        </>
      )}
      {drill && <DrillDown link={drill.link} title={drill.title} money={drill.money} onClose={() => setDrill(null)} />}
    </>
  );
}
