import { Alert, Card, Col, Descriptions, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import { daysFromToday, formatDate, formatMoney } from '../../format/format';
import { ev, type Execution } from './execution-bits';

type Step = Execution['payment']['lateCharge']['steps'][number];

const tone: Record<string, string> = { pending: 'blue', overdue: 'red', met: 'green', late: 'orange', not_applicable: 'default' };

/** A step's standing (delivery, payment, remedial measure) as a coloured tag. */
export function StepTag({ status }: { status: string }) {
  return <Tag color={tone[status] ?? 'default'}>{ev.labels.step[status] ?? status}</Tag>;
}

/** The last day to pay: the last due (instalments, postponement) or the 10 days from receipt. */
function Deadline({ x }: { x: Execution }) {
  const lc = x.payment.lateCharge;
  const last = x.payment.dues.map((d) => d.dueOn).sort().at(-1) ?? null;
  if (x.facts.paidInFull && lc.settledOn) return <Statistic title={ev.summary.deadline} value={formatDate(last)} suffix={<Tag color="green">{ev.summary.settled(lc.settledOn)}</Tag>} />;
  if (!last) {
    return (
      <Statistic
        title={ev.summary.deadline}
        value={ev.summary.noDeadline}
        suffix={
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {ev.summary.noDeadlineHint}
          </Typography.Text>
        }
      />
    );
  }
  const left = daysFromToday(last, x.today);
  return (
    <Statistic
      title={ev.summary.deadline}
      value={formatDate(last)}
      suffix={<Tag color={left < 0 ? 'red' : left <= 3 ? 'orange' : 'blue'}>{left < 0 ? ev.summary.daysOver(-left) : ev.summary.daysLeft(left)}</Tag>}
    />
  );
}

/** Not carried out by its deadline (LXLVPHC Đ85 k1): which part, from the API's figures. */
function EnforcementDue({ x }: { x: Execution }) {
  const last = x.payment.dues.map((d) => d.dueOn).sort().at(-1);
  const money = x.payment.status === 'overdue' && last ? [ev.summary.enforcementMoney(x.payment.lateCharge.balanceVnd, last)] : [];
  const late = x.remedial.filter((r) => r.status === 'overdue');
  const remedial = late.length > 0 ? [ev.summary.enforcementRemedial(late.map((r) => `${r.index + 1}. ${r.description} (${formatDate(r.dueOn)})`).join('; '))] : [];
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      style={{ marginTop: 16 }}
      title={ev.summary.enforcementDue}
      description={[...money, ...remedial].map((m) => (
        <div key={m}>{m}</div>
      ))}
    />
  );
}

/** What the offender owes today: fine, paid, balance, deadline; the late charge with each step and its citation. */
export function ExecutionSummary({ x }: { x: Execution }) {
  const lc = x.payment.lateCharge;
  const outstanding = [
    ...(!x.facts.paidInFull && !x.facts.enforced ? [ev.summary.outstandingBalance(x.facts.balanceVnd)] : []),
    ...(x.facts.remedialOutstanding > 0 ? [ev.summary.outstandingRemedial(x.facts.remedialOutstanding)] : []),
    ...(x.facts.suspensionOutstanding > 0 ? [ev.summary.outstandingSuspension(x.facts.suspensionOutstanding)] : []),
  ];
  return (
    <Card title={ev.summary.title} extra={<Typography.Text type="secondary">{ev.head.today(x.today)}</Typography.Text>} style={{ marginBottom: 16 }}>
      <Row gutter={[24, 16]}>
        <Col xs={12} lg={6}>
          <Statistic title={ev.summary.due} value={formatMoney(lc.fineVnd)} />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic title={ev.summary.paid} value={formatMoney(lc.finePaidVnd + lc.chargePaidVnd)} />
        </Col>
        <Col xs={12} lg={6}>
          <Statistic
            title={
              <>
                {ev.summary.balance} <Typography.Text type="secondary">({ev.summary.balanceHint})</Typography.Text>
              </>
            }
            value={formatMoney(lc.balanceVnd)}
            styles={{ content: { color: lc.balanceVnd > 0 ? '#cf1322' : '#389e0d' } }}
          />
        </Col>
        <Col xs={12} lg={6}>
          <Deadline x={x} />
        </Col>
      </Row>

      {x.enforcementDue && <EnforcementDue x={x} />}

      <Row gutter={[24, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={14}>
          <Typography.Title level={5}>
            {ev.summary.lateCharge}: {formatMoney(lc.chargeVnd)}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {ev.summary.lateChargeRule} <Tag>{lc.citation}</Tag>
          </Typography.Paragraph>
          {lc.steps.length === 0 ? (
            <Typography.Paragraph>{ev.summary.lateChargeNone}</Typography.Paragraph>
          ) : (
            <Table<Step>
              aria-label={ev.summary.steps}
              rowKey={(s) => `${s.from}-${s.to}`}
              size="small"
              pagination={false}
              dataSource={lc.steps}
              columns={[
                { title: ev.summary.from, dataIndex: 'from', render: formatDate, width: 110 },
                { title: ev.summary.to, dataIndex: 'to', render: formatDate, width: 110 },
                { title: ev.summary.steps, key: 'how', render: (_: unknown, s) => ev.summary.stepText(s.days, s.unpaidVnd, s.chargeVnd) },
                { title: ev.summary.charge, dataIndex: 'chargeVnd', align: 'right', render: formatMoney, width: 130 },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={3}>
                    <strong>{ev.summary.lateCharge}</strong>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    <strong>{formatMoney(lc.chargeVnd)}</strong>
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          )}
          {lc.chargePaidVnd > 0 && <Typography.Paragraph style={{ marginTop: 8 }}>{ev.summary.chargePaid(lc.chargePaidVnd, lc.chargeOutstandingVnd)}</Typography.Paragraph>}
          {lc.excluded.length > 0 && (
            <div style={{ marginTop: 8 }}>
              <Typography.Text strong>{ev.summary.excluded}</Typography.Text>
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {lc.excluded.map((e) => (
                  <li key={`${e.from}-${e.to}`}>{ev.summary.excludedLine(e.from, e.to, e.days, ev.summary.excludedReason(e.reason))}</li>
                ))}
              </ul>
            </div>
          )}
          {lc.overpaidVnd > 0 && <Typography.Paragraph type="warning">{ev.summary.overpaid(lc.overpaidVnd)}</Typography.Paragraph>}
        </Col>
        <Col xs={24} xl={10}>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={ev.summary.dues}>
              {x.payment.dues.length === 0
                ? ev.summary.noDeadline
                : x.payment.dues.map((d) => (
                    <div key={`${d.label}-${d.dueOn}`}>
                      {ev.summary.dueLabel(d.label)}: <strong>{formatMoney(d.amountVnd)}</strong> — {formatDate(d.dueOn)}
                    </div>
                  ))}
            </Descriptions.Item>
            <Descriptions.Item label={ev.tabs.payments}>
              <StepTag status={x.payment.status} />
            </Descriptions.Item>
            <Descriptions.Item label={ev.summary.limit}>
              <Space>
                {ev.summary.limitText(x.executionLimit.limit.dueOn, x.executionLimit.daysLeft)}
                <Tag color={x.executionLimit.status === 'done' ? 'green' : x.executionLimit.status === 'running' ? 'blue' : 'red'}>{ev.labels.limitStatus[x.executionLimit.status] ?? x.executionLimit.status}</Tag>
              </Space>
            </Descriptions.Item>
          </Descriptions>
          <div style={{ marginTop: 12 }}>
            <Typography.Text strong>{ev.summary.outstanding}</Typography.Text>
            {outstanding.length === 0 ? (
              <Typography.Paragraph type="success">{ev.summary.done}</Typography.Paragraph>
            ) : (
              <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {outstanding.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            )}
          </div>
        </Col>
      </Row>
    </Card>
  );
}
