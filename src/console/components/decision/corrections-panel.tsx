import { useNavigate } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { Button, Card, Form, Input, List, Radio, Space, Typography } from 'antd';
import { api, unwrap } from '../../api/client';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { showFieldErrors } from '../form-errors';
import { decisionName, DecisionTags, useDecisionMutation, type Decision } from './decision-bits';

const t = vi.decisions.corrections;
type Kind = 'amend' | 'correct' | 'annul';

/** Sửa đổi, bổ sung (MQĐ38), đính chính (MQĐ39), hủy bỏ (MQĐ40) of an issued decision: a new linked draft, with the reason. */
export function CorrectionsPanel({ d, canEdit }: { d: Decision; canEdit: boolean }) {
  const [form] = Form.useForm<{ kind: Kind; reason: string }>();
  const navigate = useNavigate();
  const create = useDecisionMutation((v: { kind: Kind; reason: string }) => unwrap(api.POST('/api/decisions/{id}/corrections', { params: { path: { id: d.id } }, body: v })), t.created);
  const allowed = canEdit && d.status === 'issued' && d.kind === 'sanction' && d.standing !== 'annulled';
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Card size="small" title={t.list}>
        <List
          dataSource={d.corrections}
          locale={{ emptyText: t.none }}
          renderItem={(c) => (
            <List.Item key={c.id}>
              <Space wrap>
                <Link to="/decisions/$decisionId" params={{ decisionId: c.id }} search={{}}>
                  {decisionName(c)}
                </Link>
                <span>{vi.labels.decisionKind[c.kind]}</span>
                {c.issuedOn && <span>{formatDate(c.issuedOn)}</span>}
                <DecisionTags d={{ status: c.status, standing: null, kind: c.kind }} />
              </Space>
            </List.Item>
          )}
        />
      </Card>
      {allowed ? (
        <Card size="small" title={t.create}>
          <ErrorAlert error={create.error} />
          <Form<{ kind: Kind; reason: string }>
            form={form}
            name="correction"
            layout="vertical"
            initialValues={{ kind: 'correct' }}
            onFinish={(v) =>
              create.mutate(
                { kind: v.kind, reason: v.reason.trim() },
                {
                  onSuccess: (x) => void navigate({ to: '/decisions/$decisionId', params: { decisionId: x.id }, search: {} }),
                  onError: (e) => showFieldErrors(form, e, ['kind', 'reason']),
                },
              )
            }
          >
            <Form.Item label={t.kind} name="kind" rules={[{ required: true, message: vi.errors.fieldRequired }]}>
              <Radio.Group options={(Object.entries(t.kinds) as [Kind, string][]).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item label={t.reason} name="reason" extra={t.reasonHint} rules={[{ required: true, whitespace: true, message: vi.errors.fieldRequired }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={create.isPending}>
              {t.submit}
            </Button>
          </Form>
        </Card>
      ) : (
        d.status !== 'issued' && <Typography.Text type="secondary">{t.onlyIssued}</Typography.Text>
      )}
    </Space>
  );
}
