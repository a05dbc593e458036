import { useState } from 'react';
import { Button, Card, Descriptions, Popconfirm, Space, Steps, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { formatDate } from '../../format/format';
import { vi } from '../../i18n/vi';
import { ErrorAlert } from '../api-error';
import { DaysLeft } from '../case-bits';
import { StepDialog, type FormStep } from './step-dialog';
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

type Role = Schemas['Role'];

/**
 * Who takes each step, as the API's routes declare it (@Roles on case-transitions.controller.ts): the API still
 * refuses anyone else; this only keeps buttons off the screens of those it would refuse. "decide" is the decision
 * workspace's (draft, then issue), so it has no button here.
 */
const TAKEN_BY: Record<Exclude<Action, 'decide'>, readonly Role[]> = {
  start_inspection: ['inspector'],
  record_violations: ['inspector'],
  await_explanation: ['inspector', 'legal_officer'],
  ready_for_decision: ['inspector', 'legal_officer'],
  execute: ['legal_officer'],
  close: ['legal_officer'],
  close_without_sanction: ['inspector', 'legal_officer'],
};

/** Statuses in which the decision deadline runs and may be extended once (the API says whether it can be). */
const EXTENDABLE: ReadonlySet<Schemas['CaseStatus']> = new Set(['violations_recorded', 'awaiting_explanation', 'ready_for_decision']);

/**
 * The stepper's items: a case closed without sanction skipped the decision and its execution (and whatever it had not
 * reached), so those steps stay open rather than ticked.
 */
function stepItems(c: Case): { title: string; status?: 'wait' }[] {
  const withoutSanction = c.status === 'closed' && c.closureReason !== null && c.closureReason !== 'sanction_executed';
  const reached = [true, c.counts.inspections > 0, c.violationRecord?.status === 'signed', c.explanationOutcome !== null, false, false, true];
  return vi.workspace.stepper.map((title, i) => (withoutSanction && !reached[i] ? { title, status: 'wait' as const } : { title }));
}

/** The stepper from the status, and a button for each step the API allows now (refusals come back with its reason). */
export function CaseProgress({ c, role, onRecordTab }: { c: Case; role: Role | undefined; onRecordTab: () => void }) {
  const [open, setOpen] = useState<FormStep | null>(null);
  const start = useCaseMutation(
    () => unwrap(api.POST('/api/cases/{id}/start-inspection', { params: { path: { id: c.id } }, body: { version: c.version } })),
    (r) => vi.workspace.stepDone(vi.labels.caseStatus[r.status]),
  );
  const mayTake = (a: Action): a is Exclude<Action, 'decide'> => a !== 'decide' && role !== undefined && TAKEN_BY[a].includes(role);
  // While the explanation is awaited, "ready for decision" opens once the outcome is recorded, which its form does: the
  // API's availableActions (counted without an outcome) cannot offer it yet, and the API checks what the form sends.
  const offered: Action[] = c.status === 'awaiting_explanation' && !c.availableActions.includes('ready_for_decision') ? [...c.availableActions, 'ready_for_decision'] : c.availableActions;
  const actions = c.status === 'closed' ? [] : offered.filter(mayTake);
  const extendable = role === 'legal_officer' && EXTENDABLE.has(c.status) && c.decisionExtensionReason === null;
  const acts = role === 'inspector' || role === 'legal_officer';
  const button = (a: Exclude<Action, 'decide'>) => {
    if (a === 'record_violations') return <Button key={a} type="primary" onClick={onRecordTab}>{vi.labels.caseAction[a]}</Button>;
    if (a === 'start_inspection') {
      return (
        <Popconfirm key={a} title={vi.workspace.confirmStep(vi.labels.caseAction[a])} okText={vi.common.yes} cancelText={vi.common.no} onConfirm={() => start.mutate(undefined)}>
          <Button type="primary" loading={start.isPending}>{vi.labels.caseAction[a]}</Button>
        </Popconfirm>
      );
    }
    return (
      <Button key={a} type={a === 'close_without_sanction' ? 'default' : 'primary'} danger={a === 'close_without_sanction'} onClick={() => setOpen(a)}>
        {vi.labels.caseAction[a]}
      </Button>
    );
  };
  return (
    <Card title={vi.workspace.procedure} style={{ marginBottom: 16 }}>
      <Steps current={STEP_OF[c.status]} size="small" titlePlacement="vertical" items={stepItems(c)} style={{ marginBottom: 16 }} />
      <ErrorAlert error={start.error} />
      <CaseOutcome c={c} />
      {acts && c.status !== 'closed' && (
        <Space wrap>
          <Typography.Text type="secondary">{vi.workspace.steps}:</Typography.Text>
          {actions.every((x) => x === 'close_without_sanction') && !extendable && <Typography.Text>{vi.workspace.nextWork(vi.cases.waitingFor[c.status])}</Typography.Text>}
          {actions.map(button)}
          {extendable && <Button onClick={() => setOpen('extend')}>{vi.workspace.extend.button}</Button>}
        </Space>
      )}
      {open && <StepDialog c={c} step={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}

/** What the file records of the explanation, the extension and the closing, once they happened. */
function CaseOutcome({ c }: { c: Case }) {
  const w = vi.workspace;
  const items = [
    c.explanationOutcome && c.explanationOutcomeOn && { key: 'explanation', label: w.explanation.outcome, children: w.explanation.recorded(w.explanation.outcomes[c.explanationOutcome], formatDate(c.explanationOutcomeOn)) },
    c.decisionExtensionReason && { key: 'extension', label: w.extend.extended, children: c.decisionExtensionReason },
    c.executionMode && c.executedOn && { key: 'execution', label: w.execute.mode, children: `${w.execute.modes[c.executionMode]} · ${formatDate(c.executedOn)}` },
    c.closureReason &&
      c.closedOn && {
        key: 'closure',
        label: w.closure,
        children: `${c.closureReason === 'sanction_executed' ? w.sanctionExecuted : w.closeWithout.reasons[c.closureReason]}. ${w.closedOn(formatDate(c.closedOn))}${c.closureNote ? ` · ${c.closureNote}` : ''}`,
      },
  ].filter((x): x is { key: string; label: string; children: string } => Boolean(x));
  if (items.length === 0) return null;
  return <Descriptions column={1} size="small" bordered items={items} style={{ marginBottom: 16 }} />;
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
