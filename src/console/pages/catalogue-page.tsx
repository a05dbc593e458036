import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { Button, Col, DatePicker, Form, Input, Row, Select, Table, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import dayjs from 'dayjs';
import { useMemo, type ReactNode } from 'react';
import type { CatalogueSearch } from '../app/routes/legal';
import { ErrorAlert } from '../components/api-error';
import { compareCodes, FineBand, validityText, VerificationTag, verificationState, type CatalogueRow } from '../components/catalogue/catalogue-bits';
import { catalogueBrowse } from '../components/catalogue/queries';
import { urlPagination } from '../components/url-pagination';
import { vi } from '../i18n/vi';

const t = vi.legal;
type Sort = NonNullable<CatalogueSearch['sort']>;
type SortKey = 'code' | 'fine' | 'effectiveFrom';

const SORTERS: Record<SortKey, (a: CatalogueRow, b: CatalogueRow) => number> = {
  code: (a, b) => compareCodes(a.code, b.code) || a.effectiveFrom.localeCompare(b.effectiveFrom),
  fine: (a, b) => (a.fine?.maxVnd ?? -1) - (b.fine?.maxVnd ?? -1) || (a.fine?.minVnd ?? -1) - (b.fine?.minVnd ?? -1),
  effectiveFrom: (a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom),
};

function sorted(rows: CatalogueRow[], sort: Sort | undefined): CatalogueRow[] {
  if (!sort) return rows;
  const desc = sort.startsWith('-');
  const by = SORTERS[sort.replace('-', '') as SortKey];
  return [...rows].sort((a, b) => (desc ? by(b, a) : by(a, b)));
}

const orderOf = (sort: Sort | undefined, key: SortKey): SortOrder => (sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null);

interface FilterValues {
  q?: string;
  instrument?: string;
  article?: number;
  subject?: CatalogueSearch['subject'];
  field?: CatalogueSearch['field'];
  inForceOn?: dayjs.Dayjs | null;
  verification?: CatalogueSearch['verification'];
}

/** One filter of the grid: a quarter of the width on a desktop, half on a narrow screen. */
function FilterCell({ label, name, children }: { label: string; name: keyof FilterValues; children: ReactNode }) {
  return (
    <Col xs={12} lg={6}>
      <Form.Item label={label} name={name}>
        {children}
      </Form.Item>
    </Col>
  );
}

const options = <K extends string>(labels: Record<K, string>) => (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));

/** Danh mục hành vi vi phạm: search as inspectors say it, filter, sort and page; all of it in the URL. */
export function CataloguePage() {
  const search = useSearch({ from: '/_app/legal/catalogue' });
  const navigate = useNavigate({ from: '/legal/catalogue' });
  const { q, instrument, article, subject, field, inForceOn, verification } = search;
  const list = useQuery({ ...catalogueBrowse.list({ q, instrument, article, subject, field, inForceOn, verification }), placeholderData: keepPreviousData });
  const all = useQuery(catalogueBrowse.all());
  const [form] = Form.useForm<FilterValues>();
  const chosenInstrument = Form.useWatch('instrument', form);

  const instruments = useMemo(() => [...new Set((all.data?.items ?? []).map((r) => r.instrument))].sort(compareCodes), [all.data]);
  const articles = useMemo(
    () => [...new Set((all.data?.items ?? []).filter((r) => !chosenInstrument || r.instrument === chosenInstrument).map((r) => r.article))].sort((a, b) => a - b),
    [all.data, chosenInstrument],
  );
  const rows = useMemo(() => sorted(list.data?.items ?? [], search.sort), [list.data, search.sort]);

  const apply = (v: FilterValues) =>
    void navigate({
      search: (prev) => ({
        sort: prev.sort,
        pageSize: prev.pageSize,
        q: v.q?.trim() || undefined,
        instrument: v.instrument || undefined,
        article: v.article ?? undefined,
        subject: v.subject || undefined,
        field: v.field || undefined,
        inForceOn: v.inForceOn ? v.inForceOn.format('YYYY-MM-DD') : undefined,
        verification: v.verification || undefined,
      }),
    });

  return (
    <>
      <Typography.Title level={2}>{t.catalogueTitle}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
        {t.catalogueIntro}
      </Typography.Paragraph>
      <Form
        // Back and forward change the URL: the fields follow it.
        key={JSON.stringify([q, instrument, article, subject, field, inForceOn, verification])}
        form={form}
        layout="vertical"
        role="search"
        aria-label={t.filters.form}
        initialValues={{ q, instrument, article, subject, field, verification, inForceOn: inForceOn ? dayjs(inForceOn) : null }}
        onFinish={apply}
      >
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item label={t.filters.text} name="q">
              <Input allowClear placeholder={t.filters.textPlaceholder} maxLength={200} />
            </Form.Item>
          </Col>
          <FilterCell label={t.filters.instrument} name="instrument">
            <Select
              allowClear
              placeholder={t.filters.any}
              options={instruments.map((i) => ({ value: i, label: t.filters.instrumentOption(i) }))}
              onChange={() => form.setFieldValue('article', undefined)}
            />
          </FilterCell>
          <FilterCell label={t.filters.article} name="article">
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t.filters.any} options={articles.map((n) => ({ value: n, label: t.filters.articleOption(n) }))} />
          </FilterCell>
          <FilterCell label={t.filters.subject} name="subject">
            <Select allowClear placeholder={t.filters.any} options={options(t.labels.subjectKind)} />
          </FilterCell>
          <FilterCell label={t.filters.field} name="field">
            <Select allowClear placeholder={t.filters.any} options={options(vi.labels.legalField)} />
          </FilterCell>
          <FilterCell label={t.filters.inForceOn} name="inForceOn">
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </FilterCell>
          <FilterCell label={t.filters.verification} name="verification">
            <Select allowClear placeholder={t.filters.any} options={options(t.labels.verificationState)} />
          </FilterCell>
        </Row>
        <div style={{ display: 'flex', gap: 8, marginBottom: 16 }}>
          <Button type="primary" htmlType="submit">
            {t.filters.apply}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ q: undefined, instrument: undefined, article: undefined, subject: undefined, field: undefined, inForceOn: null, verification: undefined });
              void navigate({ search: (prev) => ({ pageSize: prev.pageSize }) });
            }}
          >
            {t.filters.clear}
          </Button>
        </div>
      </Form>
      <ErrorAlert error={list.error} />
      <Table<CatalogueRow>
        rowKey={(r) => `${r.code}@${r.effectiveFrom}`}
        size="middle"
        tableLayout="fixed"
        loading={list.isFetching}
        dataSource={rows}
        locale={{ emptyText: t.table.empty }}
        pagination={urlPagination(search, rows.length, (page, pageSize) => void navigate({ search: (prev) => ({ ...prev, page, pageSize }) }), t.table.total)}
        onChange={(_p, _f, sorter, extra) => {
          if (extra.action !== 'sort' || Array.isArray(sorter)) return;
          const key = sorter.columnKey as SortKey | undefined;
          const sort: Sort | undefined = !key || !sorter.order ? undefined : sorter.order === 'descend' ? (`-${key}` as Sort) : key;
          void navigate({ search: (prev) => ({ ...prev, sort, page: undefined }) });
        }}
        columns={[
          {
            title: t.table.code,
            key: 'code',
            width: 290,
            sorter: true,
            sortOrder: orderOf(search.sort, 'code'),
            render: (_: unknown, r) => (
              <>
                <Link to="/legal/catalogue/$code" params={{ code: r.code }} search={{ from: r.effectiveFrom }}>
                  {r.code}
                </Link>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 13 }}>
                  {r.citationShort}
                </Typography.Text>
              </>
            ),
          },
          {
            title: t.table.description,
            dataIndex: 'descriptionVi',
            key: 'description',
            render: (d: string) => <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, tooltip: d }}>{d}</Typography.Paragraph>,
          },
          { title: t.table.fine, key: 'fine', width: 210, align: 'right', sorter: true, sortOrder: orderOf(search.sort, 'fine'), render: (_: unknown, r) => <FineBand fine={r.fine} mainSanction={r.mainSanction} /> },
          { title: t.table.validity, key: 'effectiveFrom', width: 150, sorter: true, sortOrder: orderOf(search.sort, 'effectiveFrom'), render: (_: unknown, r) => validityText(r) },
          { title: t.table.state, key: 'state', width: 140, render: (_: unknown, r) => <VerificationTag state={verificationState(r)} /> },
        ]}
      />
    </>
  );
}
