import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { showFieldErrors } from '../form-errors';
import { useDecisionMutation, type Decision } from './decision-bits';

const t = vi.decisions.measures;
type Line = Schemas['MeasureLineDto'];
type Mode = { kind: 'drop' | 'restore' | 'change'; line: Line } | { kind: 'add' } | null;

interface EditValues {
  description?: string;
  licenceNumber?: string;
  licenceLabel?: string;
  deadlineDays?: number | null;
  violationId?: string;
  kind?: Schemas['MeasureKind'];
  reason: string;
}

const needsLicence = (k: Schemas['MeasureKind']) => k === 'licence-suspension';

function detail(l: Line): string {
  const parts: string[] = [];
  if (needsLicence(l.kind) || l.licence) parts.push(l.licence ? t.licence(l.licence.number) : t.noLicence);
  if (l.kind.endsWith('suspension')) parts.push(t.months(l.months, l.maxMonths));
  if (l.deadlineDays) parts.push(t.deadlineDays(l.deadlineDays));
  if (l.deadlineDate) parts.push(t.deadlineDate(formatDate(l.deadlineDate)));
  return parts.join(' · ') || vi.common.none;
}

/** Hình thức xử phạt bổ sung, biện pháp khắc phục hậu quả: pre-filled per act; dropped, changed or added with a reason. */
export function MeasuresTab({ d, canEdit }: { d: Decision; canEdit: boolean }) {
  const [mode, setMode] = useState<Mode>(null);
  const [form] = Form.useForm<EditValues>();
  const editable = canEdit && d.status === 'draft' && d.kind !== 'correct' && d.kind !== 'annul';
  const actIndex = (violationId: string) => d.acts.findIndex((a) => a.violationId === violationId);
  const save = useDecisionMutation((v: EditValues) => {
    const licence = v.licenceNumber ? { number: v.licenceNumber, label: v.licenceLabel || vi.labels.licenceKind.press_activity } : undefined;
    if (mode?.kind === 'add') {
      return unwrap(
        api.POST('/api/decisions/{id}/measures', {
          params: { path: { id: d.id } },
          body: { version: d.version, violationId: v.violationId ?? '', kind: v.kind ?? 'remedial-measure', description: v.description ?? '', licence, deadlineDays: v.deadlineDays ?? undefined, reason: v.reason },
        }),
      );
    }
    const line = mode?.line as Line;
    return unwrap(
      api.PATCH('/api/decisions/{id}/measures', {
        params: { path: { id: d.id } },
        body: {
          version: d.version,
          key: line.key,
          dropped: mode?.kind === 'drop',
          ...(mode?.kind === 'change' ? { description: v.description, licence, deadlineDays: line.kind === 'remedial-measure' ? (v.deadlineDays ?? null) : undefined } : {}),
          reason: v.reason,
        },
      }),
    );
  }, t.saved);
  // The remedial wording words the pre-filled remedial lines in order; only lines beyond them, and the deprecated
  // free-text additional sanctions, belong to no act (the API refuses them at issue).
  const remedialLines = d.measures.filter((m) => m.kind === 'remedial-measure' && m.origin === 'worksheet').length;
  const clearFree = useDecisionMutation(
    () => unwrap(api.PATCH('/api/decisions/{id}', { params: { path: { id: d.id } }, body: { version: d.version, additionalSanctions: [], remedialMeasures: d.remedialMeasures.slice(0, remedialLines) } })),
    t.cleared,
  );

  const open = (m: Mode) => {
    form.resetFields();
    if (m && m.kind === 'change') form.setFieldsValue({ description: m.line.description, licenceNumber: m.line.licence?.number, licenceLabel: m.line.licence?.label, deadlineDays: m.line.deadlineDays });
    if (m && m.kind === 'add') form.setFieldsValue({ violationId: d.acts[0]?.violationId, kind: 'remedial-measure' });
    save.reset();
    setMode(m);
  };
  const kindOf = Form.useWatch('kind', form);
  const showLicence = mode?.kind === 'add' ? kindOf !== undefined && needsLicence(kindOf) : mode?.kind === 'change' && (needsLicence(mode.line.kind) || mode.line.licence !== null);
  const showDeadline = mode?.kind === 'add' ? kindOf === 'remedial-measure' : mode?.kind === 'change' && mode.line.kind === 'remedial-measure';
  const titles = { drop: t.dropTitle, restore: t.restoreTitle, change: t.changeTitle, add: t.addTitle };
  const extraRemedial = d.remedialMeasures.slice(remedialLines);
  const free = [...d.additionalSanctions.map((x) => `${t.freeAdditional}: ${x.description}`), ...extraRemedial.map((x) => `${t.freeRemedial}: ${x.description}`)];

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t.intro}
      </Typography.Paragraph>
      <Table<Line>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={d.measures}
        locale={{ emptyText: t.empty }}
        rowClassName={(l) => (l.dropped ? 'row-dropped' : '')}
        columns={[
          {
            title: t.kind,
            key: 'kind',
            width: 170,
            render: (_: unknown, l) => (
              <>
                <div>{vi.decisions.measureKind[l.kind]}</div>
                <Typography.Text type="secondary">{vi.decisions.acts.act(actIndex(l.violationId))}</Typography.Text>
              </>
            ),
          },
          {
            title: t.description,
            key: 'description',
            render: (_: unknown, l) => (
              <>
                <div style={l.dropped ? { textDecoration: 'line-through' } : undefined}>{l.description}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t.providedBy}: {l.providedBy}
                </Typography.Text>
              </>
            ),
          },
          { title: t.detail, key: 'detail', width: 170, render: (_: unknown, l) => detail(l) },
          {
            title: t.state,
            key: 'state',
            width: 180,
            render: (_: unknown, l) => (
              <>
                <Tag color={l.dropped ? 'red' : l.origin === 'officer' ? 'blue' : 'green'}>{l.dropped ? t.dropped : l.origin === 'officer' ? t.added : t.kept}</Tag>
                {l.reason && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t.reason}: {l.reason}
                    </Typography.Text>
                  </div>
                )}
              </>
            ),
          },
          ...(editable
            ? [
                {
                  title: t.actions,
                  key: 'actions',
                  width: 150,
                  render: (_: unknown, l: Line) => (
                    <Space size={4} wrap>
                      {l.dropped ? (
                        <Button size="small" onClick={() => open({ kind: 'restore', line: l })} aria-label={`${t.restore}: ${l.description}`}>
                          {t.restore}
                        </Button>
                      ) : (
                        <>
                          <Button size="small" onClick={() => open({ kind: 'change', line: l })} aria-label={`${t.change}: ${l.description}`}>
                            {t.change}
                          </Button>
                          <Button size="small" danger onClick={() => open({ kind: 'drop', line: l })} aria-label={`${t.drop}: ${l.description}`}>
                            {t.drop}
                          </Button>
                        </>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && d.acts.length > 0 && (
        <Button onClick={() => open({ kind: 'add' })}>{t.add}</Button>
      )}
      {free.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t.free}
          description={
            <>
              <ul style={{ margin: 0, paddingLeft: 18 }}>
                {free.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
              <ErrorAlert error={clearFree.error} />
              {editable && (
                <Button size="small" style={{ marginTop: 8 }} loading={clearFree.isPending} onClick={() => clearFree.mutate(undefined)}>
                  {t.clearFree}
                </Button>
              )}
            </>
          }
        />
      )}
      <Modal
        title={mode ? titles[mode.kind] : ''}
        open={mode !== null}
        okText={vi.common.save}
        cancelText={vi.common.cancel}
        confirmLoading={save.isPending}
        onCancel={() => setMode(null)}
        onOk={() => form.submit()}
        destroyOnHidden
        forceRender
      >
        {mode && mode.kind !== 'add' && (
          <Typography.Paragraph>
            {vi.decisions.measureKind[mode.line.kind]}: {mode.line.description}
          </Typography.Paragraph>
        )}
        <ErrorAlert error={save.error} />
        <Form<EditValues>
          form={form}
          name="measure"
          layout="vertical"
          onFinish={(v) => save.mutate(v, { onSuccess: () => setMode(null), onError: (e) => showFieldErrors(form, e, ['description', 'reason', 'violationId', 'kind', 'deadlineDays']) })}
        >
          {mode?.kind === 'add' && (
            <>
              <Form.Item label={t.act} name="violationId" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                <Select options={d.acts.map((a, i) => ({ value: a.violationId, label: `${vi.decisions.acts.act(i)}: ${a.description}` }))} />
              </Form.Item>
              <Form.Item label={t.kind} name="kind" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
                <Select options={(Object.entries(vi.decisions.measureKind) as [Schemas['MeasureKind'], string][]).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
            </>
          )}
          {(mode?.kind === 'add' || mode?.kind === 'change') && (
            <Form.Item label={t.description} name="description" rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          )}
          {showLicence && (
            <Space size="middle" wrap>
              <Form.Item label={t.licenceNumber} name="licenceNumber">
                <Input maxLength={64} style={{ width: 180 }} />
              </Form.Item>
              <Form.Item label={t.licenceLabel} name="licenceLabel">
                <Input maxLength={300} style={{ width: 280 }} />
              </Form.Item>
            </Space>
          )}
          {showDeadline && (
            <Form.Item label={t.deadlineDaysLabel} name="deadlineDays">
              <InputNumber min={1} max={365} />
            </Form.Item>
          )}
          <Form.Item label={t.reason} name="reason" extra={t.reasonRequired} rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
