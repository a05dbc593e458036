import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Dropdown, Progress, Space, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { api, download, unwrap, type Schemas } from '../../api/client';
import { ErrorAlert } from '../api-error';
import { vi } from '../../i18n/vi';

const SHEETS = Object.keys(vi.reports.csvSheets) as Schemas['ReportSheetKey'][];
const POLL_MS = 1000;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Excel, one CSV table, and the printable PDF (rendered by the worker: requested, polled, then downloaded). */
export function ReportDownloads({ year, departmentId, pdfAllowed }: { year: number; departmentId?: string; pdfAllowed: boolean }) {
  const [busy, setBusy] = useState<'xlsx' | 'csv' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [pdf, setPdf] = useState<{ percent: number } | null>(null);
  const [pdfFailed, setPdfFailed] = useState(false);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const scope = `year=${year}${departmentId ? `&departmentId=${departmentId}` : ''}`;
  const get = (kind: 'xlsx' | 'csv', path: string, name: string) => {
    setBusy(kind);
    setError(null);
    download(path, name)
      .catch(setError)
      .finally(() => setBusy(null));
  };

  const makePdf = async () => {
    setError(null);
    setPdfFailed(false);
    setPdf({ percent: 5 });
    try {
      let doc = await unwrap(api.POST('/api/reports/annual/pdf', { body: { year, departmentId } }));
      for (let step = 1; doc.status === 'pending' && alive.current; step++) {
        // The worker says only pending or ready: the bar moves towards 95% and jumps to 100% when the file is there.
        setPdf({ percent: Math.min(95, Math.round(5 + 90 * (1 - Math.exp(-step / 6)))) });
        await wait(POLL_MS);
        doc = await unwrap(api.GET('/api/reports/annual/pdf/status', { params: { query: { year, departmentId } } }));
      }
      if (!alive.current) return;
      if (doc.status === 'failed') {
        setPdfFailed(true);
        return;
      }
      setPdf({ percent: 100 });
      await download(`/api/reports/annual/pdf?${scope}`, `bao-cao-nam-${year}.pdf`);
    } catch (e) {
      setError(e);
    } finally {
      if (alive.current) setPdf(null);
    }
  };

  const pdfButton = (
    <Button icon={<FilePdfOutlined />} disabled={!pdfAllowed} loading={pdf !== null} onClick={() => void makePdf()}>
      {vi.reports.pdf}
    </Button>
  );
  return (
    <Space orientation="vertical" size={4} style={{ alignItems: 'flex-end' }}>
      <Space wrap>
        <Button type="primary" icon={<DownloadOutlined />} loading={busy === 'xlsx'} onClick={() => get('xlsx', `/api/reports/annual.xlsx?${scope}`, `bao-cao-nam-${year}.xlsx`)}>
          {vi.reports.xlsx}
        </Button>
        <Dropdown
          trigger={['click']}
          menu={{
            items: SHEETS.map((key) => ({ key, label: vi.reports.csvSheets[key] })),
            onClick: ({ key }) => get('csv', `/api/reports/annual.csv?${scope}&sheet=${key}`, `bao-cao-nam-${year}-${key}.csv`),
          }}
        >
          <Button icon={<DownloadOutlined />} loading={busy === 'csv'}>
            {vi.reports.csv}
          </Button>
        </Dropdown>
        {pdfAllowed ? pdfButton : <Tooltip title={vi.reports.pdfNeedsDepartment}>{pdfButton}</Tooltip>}
      </Space>
      {pdf && (
        <div style={{ width: 260 }} role="status">
          <Typography.Text type="secondary">{vi.reports.pdfWorking}</Typography.Text>
          <Progress percent={pdf.percent} size="small" status="active" aria-label={vi.reports.pdfWorking} />
        </div>
      )}
      {pdfFailed && <Alert type="error" showIcon title={vi.reports.pdfFailed} />}
      <ErrorAlert error={error} />
    </Space>
  );
}
