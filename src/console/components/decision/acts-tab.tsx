import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ActWorksheet, Worksheet, WorksheetStep } from '@libs/legal/engine/types';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { caseQueries } from '../../api/queries';
import { formatDate, formatDateTime, formatMoney } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { showFieldErrors } from '../form-errors';
import { useDecisionMutation, type Decision } from './decision-bits';

const t = vi.decisions.acts;
const s = vi.decisions.steps;
type Act = Schemas['ActLineDto'];

const range = (r: { minVnd: number; maxVnd: number } | null | undefined): string | null => (r ? s.range(formatMoney(r.minVnd), formatMoney(r.maxVnd)) : null);

/** What a worksheet step found, in words, from the act's own figures (the step's raw inputs stay on the server). */
function stepResult(step: WorksheetStep, act: ActWorksheet | undefined): string {
  if (!act) return vi.common.none;
  const f = act.fine;
  switch (step.key) {
    case 'resolve-version':
      return act.version.citationShort;
    case 'apply-offender-side':
      return `${vi.labels.offenderType[act.offenderType]}: ${range(f.applied) ?? vi.common.none}`;
    case 'count-circumstances':
    case 'offset-circumstances':
      return s.circumstances(act.mitigating.length, act.aggravating.length);
    case 'median':
      return f.applied ? s.median(formatMoney(f.applied.medianVnd)) : vi.common.none;
    case 'apply-circumstances':
      return f.band ? s.band(formatMoney(f.band.minVnd), formatMoney(f.band.maxVnd)) : vi.common.none;
    case 'officer-choice':
      return f.amountVnd !== null ? s.amount(formatMoney(f.amountVnd)) : f.band ? s.band(formatMoney(f.band.minVnd), formatMoney(f.band.maxVnd)) : vi.common.none;
    case 'warning-only':
      return t.warning;
    case 'suspension-months':
      return act.suspensions.map((x) => (x.months !== null ? vi.decisions.choice.monthsUnit(x.months) : s.months(x.band.minMonths, x.band.maxMonths))).join('; ') || vi.common.none;
    case 'limitation':
      return s.limitation(formatDate(act.limitation.lastDecisionDate));
    case 'explanation-right':
      return s.explanation(act.explanationRight.applies);
    case 'total':
      return f.amountVnd !== null ? s.amount(formatMoney(act.imposedFineVnd ?? f.amountVnd)) : vi.common.none;
    default:
      return vi.common.none;
  }
}

/** The frozen worksheet of one act, step by step, each with its citation (decree, article, clause, point). */
function WorksheetSteps({ worksheet }: { worksheet: Worksheet }) {
  const act = worksheet.acts[0];
  return (
    <Table<WorksheetStep & { n: number }>
      size="small"
      pagination={false}
      rowKey="n"
      dataSource={worksheet.steps.map((x, n) => ({ ...x, n: n + 1 }))}
      columns={[
        { title: t.step, dataIndex: 'n', width: 60 },
        { title: t.stepName, dataIndex: 'labelVi' },
        { title: t.result, key: 'result', render: (_: unknown, x) => stepResult(x, act) },
        { title: t.citation, dataIndex: 'citation', width: 260, render: (c: string) => <span className="citation">{c}</span> },
      ]}
    />
  );
}

interface ChoiceValues {
  amountVnd?: number | null;
  suspensionMonths?: number | null;
  reason: string;
}

/** Mức phạt trong khung: the band the worksheet leaves, the figure and the reason; a 422 lands on the field it names. */
function ChoiceForm({ d, act, index }: { d: Decision; act: Act; index: number }) {
  const [form] = Form.useForm<ChoiceValues>();
  const bands = act.bands;
  const choose = useDecisionMutation(
    (v: ChoiceValues) =>
      unwrap(
        api.POST('/api/decisions/{id}/choices', {
          params: { path: { id: d.id } },
          body: { version: d.version, violationId: act.violationId, amountVnd: bands?.amount ? (v.amountVnd ?? null) : undefined, suspensionMonths: bands?.months ? (v.suspensionMonths ?? null) : undefined, reason: v.reason },
        }),
      ),
    vi.decisions.choice.saved,
  );
  if (!bands) return null;
  const onError = (e: unknown) => {
    showFieldErrors(form, e, ['amountVnd', 'suspensionMonths', 'reason']);
    // The band refusal names the act and the band (details.band): say it in Vietnamese on the field.
    if (e instanceof ApiError && typeof e.details.band === 'string') {
      const field = e.fields[0]?.field === 'suspensionMonths' ? 'suspensionMonths' : e.fields[0]?.field === 'reason' ? 'reason' : 'amountVnd';
      if (field !== 'reason') form.setFields([{ name: field, errors: [vi.decisions.choice.outside(typeof e.details.act === 'number' ? e.details.act : index, e.details.band)] }]);
    }
  };
  const c = act.choice;
  return (
    <Card size="small" title={`${vi.decisions.choice.title} — ${t.act(index)}`} id={`choice-${act.violationId}`} style={{ marginTop: 12, borderColor: act.status === 'needs-officer-choice' ? '#faad14' : undefined }}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={vi.decisions.choice.band}>
          <Space direction="vertical" size={0}>
            {bands.amount && <span>{vi.decisions.choice.amountBand(formatMoney(bands.amount.minVnd), formatMoney(bands.amount.maxVnd))}</span>}
            {bands.months && <span>{vi.decisions.choice.monthsBand(bands.months.minMonths, bands.months.maxMonths)}</span>}
            <Typography.Text type="secondary" className="citation">
              {bands.citation}
            </Typography.Text>
          </Space>
        </Descriptions.Item>
      </Descriptions>
      {c && !c.stale && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={vi.decisions.choice.current(
            [c.amountVnd !== null ? formatMoney(c.amountVnd) : null, c.suspensionMonths !== null ? vi.decisions.choice.monthsUnit(c.suspensionMonths) : null].filter(Boolean).join(', '),
            c.reason,
            formatDateTime(c.chosenAt),
          )}
        />
      )}
      {c?.stale && <Alert type="warning" showIcon role="alert" style={{ marginBottom: 12 }} title={vi.decisions.choice.stale} />}
      {d.status === 'draft' && (
        <>
          <ErrorAlert error={choose.error instanceof ApiError && choose.error.fields.length > 0 ? null : choose.error} />
          <Form<ChoiceValues>
            form={form}
            name={`choice-${act.violationId}`}
            layout="vertical"
            initialValues={{ amountVnd: c?.amountVnd ?? undefined, suspensionMonths: c?.suspensionMonths ?? undefined, reason: c && !c.stale ? c.reason : '' }}
            onFinish={(v) => choose.mutate(v, { onError })}
          >
            <Space size="large" wrap align="start">
              {bands.amount && (
                <Form.Item label={vi.decisions.choice.amount} name="amountVnd" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                  <InputNumber<number>
                    style={{ width: 240 }}
                    min={0}
                    step={1_000_000}
                    formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : Number(v).toLocaleString('vi-VN'))}
                    parser={(v) => Number((v ?? '').replace(/\D/g, ''))}
                  />
                </Form.Item>
              )}
              {bands.months && (
                <Form.Item label={vi.decisions.choice.months} name="suspensionMonths" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                  <InputNumber min={0.5} max={120} step={0.5} style={{ width: 160 }} />
                </Form.Item>
              )}
            </Space>
            <Form.Item label={vi.decisions.choice.reason} name="reason" extra={vi.decisions.choice.reasonHint} rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={choose.isPending}>
              {vi.decisions.choice.submit}
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}

/** The decision's acts: what was found, the frozen worksheet step by step, the amount, and the officer's choice. */
export function ActsTab({ d, canEdit }: { d: Decision; canEdit: boolean }) {
  const violations = useQuery(caseQueries.violations(d.caseId));
  if (violations.isPending) return <Spin />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <ErrorAlert error={violations.error} />
      {d.acts.map((act, i) => {
        const worksheet = violations.data?.find((v) => v.id === act.violationId)?.worksheet as unknown as Worksheet | undefined;
        return (
          <Card
            key={act.violationId}
            size="small"
            title={
              <Space wrap>
                <span>{t.act(i)}</span>
                <Tag color={act.status === 'complete' ? 'green' : 'orange'}>{t.status[act.status] ?? act.status}</Tag>
              </Space>
            }
          >
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t.description}>{act.description}</Descriptions.Item>
              <Descriptions.Item label={t.legalBasis}>{act.legalBasis}</Descriptions.Item>
              <Descriptions.Item label={t.facts}>{act.facts}</Descriptions.Item>
              {act.mitigating.length > 0 && <Descriptions.Item label={t.mitigating}>{act.mitigating.join('; ')}</Descriptions.Item>}
              {act.aggravating.length > 0 && <Descriptions.Item label={t.aggravating}>{act.aggravating.join('; ')}</Descriptions.Item>}
              <Descriptions.Item label={t.mainSanction}>{act.mainSanction === null ? vi.common.none : act.mainSanction === 'fine' ? t.fine : t.warning}</Descriptions.Item>
              <Descriptions.Item label={t.amount}>
                <Typography.Text strong className="money">
                  {act.amountVnd !== null ? formatMoney(act.amountVnd) : act.mainSanction === 'warning' ? t.warning : t.amountPending}
                </Typography.Text>
              </Descriptions.Item>
            </Descriptions>
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t.worksheet}
            </Typography.Title>
            {worksheet?.steps ? <WorksheetSteps worksheet={worksheet} /> : <Typography.Text type="secondary">{t.noWorksheet}</Typography.Text>}
            {act.bands && (canEdit || act.choice) && <ChoiceForm d={d} act={act} index={i} />}
          </Card>
        );
      })}
    </Space>
  );
}
