// Small pieces shared by the case list and the case workspace.
import { Tag, Typography } from 'antd';
import type { Schemas } from '../api/client';
import { daysFromToday, formatDate } from '../format/format';
import { vi } from '../i18n/vi';

const STATUS_COLOURS: Record<Schemas['CaseStatus'], string> = {
  open: 'blue',
  inspecting: 'geekblue',
  violations_recorded: 'purple',
  awaiting_explanation: 'gold',
  ready_for_decision: 'cyan',
  decided: 'green',
  executed: 'lime',
  closed: 'default',
};

export const CaseStatusTag = ({ status }: { status: Schemas['CaseStatus'] }) => <Tag color={STATUS_COLOURS[status]}>{vi.labels.caseStatus[status]}</Tag>;

/**
 * What the case waits for: the first step the API allows now (closing without a sanction is always possible early,
 * so it is never "the next step"), else what the procedure needs before the next step opens.
 */
export function nextStep(c: Pick<Schemas['CaseDto'], 'status' | 'availableActions'>): string {
  const action = c.availableActions.find((a) => a !== 'close_without_sanction');
  return action ? vi.labels.caseAction[action] : vi.cases.waitingFor[c.status];
}

/** The department's next running deadline: the earliest one still pending or overdue. */
export function nextDeadline(deadlines: Schemas['DeadlineDto'][]): Schemas['DeadlineDto'] | undefined {
  return deadlines
    .filter((d) => d.dueOn !== null && d.owner === 'department' && (d.status === 'pending' || d.status === 'overdue'))
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''))[0];
}

/** "còn 3 ngày" / "quá hạn 2 ngày", coloured by urgency. */
export function DaysLeft({ dueOn }: { dueOn: string }) {
  const days = daysFromToday(dueOn);
  const text = days < 0 ? vi.cases.daysOver(-days) : vi.cases.daysLeft(days);
  return <Typography.Text type={days < 0 ? 'danger' : days <= 2 ? 'warning' : 'secondary'} strong={days < 0}>{text}</Typography.Text>;
}

export function DeadlineCell({ deadline }: { deadline: Schemas['DeadlineDto'] | undefined }) {
  if (!deadline?.dueOn) return <Typography.Text type="secondary">{vi.common.none}</Typography.Text>;
  return (
    <div>
      <div>{deadline.labelVi}</div>
      <div>
        {formatDate(deadline.dueOn)} · <DaysLeft dueOn={deadline.dueOn} />
      </div>
    </div>
  );
}
