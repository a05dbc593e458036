import { Button, Card, Popconfirm, Space, Steps, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { DaysLeft } from '../case-bits';
import { useCaseMutation } from './use-case-mutation';

type Case = Schemas['CaseDto'];
type Action = Schemas['CaseAction'];

/** Where each status stands on the stepper (Mở hồ sơ … Đóng hồ sơ). */
const STEP_OF: Record<Schemas['CaseStatus'], number> = {
  open: 0,
  inspecting: 1,
  violations_recorded: 3,
  awaiting_explanation: 3,
  ready_for_decision: 4,
  decided: 5,
  executed: 6,
  closed: 7,
};

/** The transitions a button may take with the version alone; the others need a form (record, decision, execution). */
const SIMPLE: Partial<Record<Action, '/api/cases/{id}/start-inspection' | '/api/cases/{id}/await-explanation' | '/api/cases/{id}/ready-for-decision' | '/api/cases/{id}/close'>> = {
  start_inspection: '/api/cases/{id}/start-inspection',
  await_explanation: '/api/cases/{id}/await-explanation',
  ready_for_decision: '/api/cases/{id}/ready-for-decision',
  close: '/api/cases/{id}/close',
};

/** The stepper from the status, and a button for each step the API allows now (refusals come back with its reason). */
export function CaseProgress({ c, canAct, onRecordTab }: { c: Case; canAct: boolean; onRecordTab: () => void }) {
  const step = useCaseMutation(
    (action: Action) => {
      const path = SIMPLE[action];
      if (!path) throw new Error(action);
      return unwrap(api.POST(path, { params: { path: { id: c.id } }, body: { version: c.version } }));
    },
    (r) => vi.workspace.stepDone(vi.labels.caseStatus[r.status]),
  );
  const actions = c.availableActions.filter((a) => SIMPLE[a] || a === 'record_violations');
  return (
    <Card title={vi.workspace.procedure} style={{ marginBottom: 16 }}>
      <Steps current={STEP_OF[c.status]} size="small" titlePlacement="vertical" items={vi.workspace.stepper.map((title) => ({ title }))} style={{ marginBottom: 16 }} />
      <ErrorAlert error={step.error} />
      {canAct && (
        <Space wrap>
          <Typography.Text type="secondary">{vi.workspace.steps}:</Typography.Text>
          {actions.length === 0 && <Typography.Text>{vi.workspace.nextWork(vi.cases.waitingFor[c.status])}</Typography.Text>}
          {actions.map((a) =>
            a === 'record_violations' ? (
              <Button key={a} type="primary" onClick={onRecordTab}>
                {vi.labels.caseAction[a]}
              </Button>
            ) : (
              <Popconfirm key={a} title={vi.workspace.confirmStep(vi.labels.caseAction[a])} okText={vi.common.yes} cancelText={vi.common.no} onConfirm={() => step.mutate(a)}>
                <Button type="primary" loading={step.isPending && step.variables === a}>
                  {vi.labels.caseAction[a]}
                </Button>
              </Popconfirm>
            ),
          )}
        </Space>
      )}
    </Card>
  );
}

/** Thời hạn: each deadline with its date, what it was counted from and how (skipped holidays included). */
export function DeadlinesPanel({ deadlines }: { deadlines: Schemas['DeadlineDto'][] }) {
  return (
    <Card title={vi.workspace.deadlines} style={{ marginBottom: 16 }}>
      {deadlines.length === 0 && <Typography.Text type="secondary">{vi.workspace.noDeadlines}</Typography.Text>}
      {deadlines.map((d) => (
        <div key={d.key} style={{ marginBottom: 12 }}>
          <div>
            <Typography.Text strong>{d.labelVi}</Typography.Text> <Typography.Text type="secondary">({d.citation})</Typography.Text>
          </div>
          <div>
            {vi.workspace.dueOn}: {formatDate(d.dueOn)} {d.dueOn && (d.status === 'pending' || d.status === 'overdue') && <>· <DaysLeft dueOn={d.dueOn} /></>}
            {d.doneOn && <> · {vi.workspace.doneOn} {formatDate(d.doneOn)}</>} · {vi.labels.deadlineStatus[d.status]}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {vi.workspace.countedFrom} {formatDate(d.countedFrom)}: {d.how}
          </Typography.Text>
        </div>
      ))}
    </Card>
  );
}
