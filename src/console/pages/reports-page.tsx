import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Card, Col, InputNumber, Row, Select, Skeleton, Space, Statistic, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { api, unwrap, type Schemas } from '../api/client';
import { useSession } from '../app/auth';
import { LoadError } from '../components/api-error';
import { CompareChart } from '../components/reports/compare-chart';
import { CompareTable } from '../components/reports/compare-table';
import { Delta } from '../components/reports/delta';
import { DrillDown } from '../components/reports/drill-down';
import { countLines, type Drill, type Line, show, summaryLines } from '../components/reports/figures';
import { ReportDownloads } from '../components/reports/report-downloads';
import { SanctionTable } from '../components/reports/sanction-table';
import { formatDate } from '../format/format';
import { vi } from '../i18n/vi';

type Report = Schemas['AnnualReportDto'];
type SummaryKey = keyof Schemas['ReportSummaryDto'];

const KEY_FIGURES: SummaryKey[] = ['inspections', 'sanctionDecisions', 'finesImposedVnd', 'finesCollectedVnd'];
const SUMMARY: SummaryKey[] = [
  'inspections',
  'casesOpened',
  'casesClosed',
  'casesClosedWithoutSanction',
  'sanctionDecisions',
  'decisionsIssued',
  'sanctionedActs',
  'warnings',
  'finesImposedVnd',
  'finesCollectedVnd',
  'licenceSuspensions',
  'licenceSuspensionMonths',
  'activitySuspensions',
  'activitySuspensionMonths',
  'confiscations',
  'pressCardRevocations',
  'remedialMeasures',
  'activeLicences',
  'licencesExpiringNextYear',
];
const MEASURES: SummaryKey[] = ['warnings', 'licenceSuspensions', 'activitySuspensions', 'confiscations', 'pressCardRevocations', 'remedialMeasures'];
const MEASURE_TABLE: SummaryKey[] = ['warnings', 'licenceSuspensions', 'licenceSuspensionMonths', 'activitySuspensions', 'activitySuspensionMonths', 'confiscations', 'pressCardRevocations', 'remedialMeasures'];

/** One theme of the report: its chart beside its tables. */
function Section({ title, chart, children, chartSpan = 9, extra }: { title: string; chart: ReactNode; children: ReactNode; chartSpan?: number; extra?: ReactNode }) {
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{title}</h2>} extra={extra} style={{ marginBottom: 16 }}>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={chartSpan}>
          {chart}
        </Col>
        <Col xs={24} xl={24 - chartSpan}>
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            {children}
          </Space>
        </Col>
      </Row>
    </Card>
  );
}

function KeyFigure({ line, year, onOpen }: { line: Line; year: number; onOpen: (d: Drill) => void }) {
  const { figure, unit, label } = line;
  return (
    <Col xs={24} sm={12} xl={6}>
      <Card size="small" style={{ height: '100%' }}>
        <Statistic title={label} value={show(figure.value, unit)} />
        <div>
          <Delta value={figure.value} previous={figure.previousValue} unit={unit} />
        </div>
        <Typography.Text type="secondary">{vi.reports.previous(year - 1, show(figure.previousValue, unit))}</Typography.Text>
        <div>
          <Button type="link" size="small" style={{ padding: 0 }} aria-label={`${vi.reports.open} ${label}`} onClick={() => onOpen({ link: figure.drillDown, title: vi.reports.drillTitle(label, year), unit })}>
            {vi.reports.open}
          </Button>
        </div>
      </Card>
    </Col>
  );
}

function Dashboard({ report, onOpen }: { report: Report; onOpen: (d: Drill) => void }) {
  const { year, previousYear: prev, summary } = report;
  const chart = (title: string, lines: Line[], limit?: number) => <CompareChart title={title} lines={lines} year={year} previousYear={prev} onOpen={onOpen} limit={limit} />;
  const table = (lines: Line[], title?: string, firstColumn?: string) => <CompareTable lines={lines} year={year} onOpen={onOpen} title={title} firstColumn={firstColumn} />;
  const s = vi.reports.sections;
  const fines = summaryLines(summary, ['finesImposedVnd', 'finesCollectedVnd']);
  const cases = summaryLines(summary, ['casesOpened', 'casesClosed', 'casesClosedWithoutSanction']);
  const fineByAct: Line[] = report.byCatalogueCode.map((r) => ({ key: r.key, label: r.label, figure: r.finesImposedVnd, unit: 'money' }));
  const pairNote = <Typography.Text type="secondary">{vi.reports.pairNote(year, prev)}</Typography.Text>;
  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {summaryLines(summary, KEY_FIGURES).map((l) => (
          <KeyFigure key={l.key} line={l} year={year} onOpen={onOpen} />
        ))}
      </Row>
      <Section title={vi.reports.summary} chartSpan={9} chart={chart(vi.reports.mainFigures, summaryLines(summary, ['inspections', 'casesOpened', 'casesClosed', 'sanctionDecisions', 'sanctionedActs']))}>
        {table(summaryLines(summary, SUMMARY))}
      </Section>
      <Section title={s.inspections} chart={chart(s.bySubjectKind, countLines(report.inspectionsBySubjectKind))}>
        {table(countLines(report.inspectionsByPlanning), s.byPlanning)}
        {table(countLines(report.inspectionsByKind), s.byInspectionKind)}
        {table(countLines(report.inspectionsBySubjectKind), s.bySubjectKind, vi.reports.subjectKind)}
      </Section>
      <Section title={s.cases} chart={chart(s.cases, cases)}>
        {table(cases)}
        {table(countLines(report.closedWithoutSanctionByReason), s.closedByReason)}
      </Section>
      <Section title={s.decisions} chart={chart(s.byDecisionKind, countLines(report.decisionsIssuedByKind))}>
        {table(countLines(report.decisionsByIssuingBody), s.byIssuingBody)}
        {table(countLines(report.decisionsIssuedByKind), s.byDecisionKind)}
      </Section>
      <Section title={s.fines} chartSpan={8} chart={chart(s.fines, fines)} extra={pairNote}>
        {table(fines)}
        <SanctionTable rows={report.bySubjectKind} by="subjectKind" year={year} onOpen={onOpen} />
      </Section>
      <Section title={s.measures} chart={chart(s.measures, summaryLines(summary, MEASURES))}>
        {table(summaryLines(summary, MEASURE_TABLE))}
      </Section>
      <Section title={s.byCode} chartSpan={8} chart={chart(vi.reports.figures.finesImposedVnd, fineByAct)} extra={pairNote}>
        <SanctionTable rows={report.byCatalogueCode} by="code" year={year} onOpen={onOpen} />
      </Section>
      <Section title={s.licences} chart={chart(s.activeByKind, countLines(report.activeLicencesByKind))}>
        {table(countLines(report.activeLicencesByKind), s.activeByKind)}
        {table(countLines(report.licencesExpiringByKind), s.expiringByKind)}
      </Section>
    </>
  );
}

/** Báo cáo tổng kết năm for the leaders: the year beside the year before, tables and charts, each figure opening its records. */
export function ReportsPage() {
  const search = useSearch({ from: '/_app/reports' });
  const navigate = useNavigate({ from: '/reports' });
  const ministry = useSession()?.user.role === 'ministry_viewer';
  const year = search.year ?? new Date().getFullYear();
  const departmentId = ministry ? search.departmentId : undefined;
  const report = useQuery({
    queryKey: ['reports', 'annual', year, departmentId ?? null],
    queryFn: ({ signal }) => unwrap(api.GET('/api/reports/annual', { params: { query: { year, departmentId } }, signal })),
  });
  const departments = useQuery({
    queryKey: ['departments', 'list'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/departments', { signal })),
    enabled: ministry,
  });
  const [drill, setDrill] = useState<Drill | null>(null);
  const scopeName = report.data ? (report.data.scope.departmentName ?? vi.reports.allDepartments) : '';

  return (
    <>
      <div className="page-head" style={{ alignItems: 'flex-start' }}>
        <div>
          <Typography.Title level={1} style={{ fontSize: 26 }}>
            {vi.reports.title(year)}
          </Typography.Title>
          {report.data && <Typography.Text type="secondary">{vi.reports.subtitle(scopeName, report.data.previousYear, formatDate(report.data.asOf))}</Typography.Text>}
          <div style={{ marginTop: 12 }}>
            <Space wrap>
              <label htmlFor="report-year">{vi.reports.year}</label>
              <InputNumber id="report-year" min={2000} max={2100} value={year} onChange={(y) => y && void navigate({ search: (s) => ({ ...s, year: y }) })} />
              {ministry && (
                <>
                  <label htmlFor="report-department">{vi.reports.department}</label>
                  <Select
                    id="report-department"
                    style={{ minWidth: 340 }}
                    loading={departments.isPending}
                    value={departmentId ?? ''}
                    onChange={(v: string) => void navigate({ search: (s) => ({ ...s, departmentId: v || undefined }) })}
                    options={[{ value: '', label: vi.reports.allDepartments }, ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))]}
                  />
                </>
              )}
            </Space>
          </div>
        </div>
        <ReportDownloads year={year} departmentId={departmentId} pdfAllowed={!ministry || departmentId !== undefined} />
      </div>
      {report.isPending ? <Skeleton active /> : report.error ? <LoadError error={report.error} /> : <Dashboard report={report.data} onOpen={setDrill} />}
      <DrillDown drill={drill} onClose={() => setDrill(null)} />
    </>
  );
}
