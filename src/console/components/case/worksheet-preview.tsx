import { Alert, Descriptions, Tag, Typography } from 'antd';
import type { Schemas } from '../../api/client';
import { formatDate, formatMoney } from '../../format/format';
import { vi } from '../../i18n/vi';

const range = (r: { minVnd: number; maxVnd: number } | null | undefined) => (r ? `${formatMoney(r.minVnd)} – ${formatMoney(r.maxVnd)}` : vi.common.none);

/** The server's fine worksheet for one act: the cited provision, the ranges, the amount and every flag it raised. */
export function WorksheetPreview({ worksheet }: { worksheet: Schemas['WorksheetDto'] }) {
  const act = worksheet.acts[0];
  if (!act) return null;
  const amount = act.fine.amountVnd ?? act.fine.suggestedVnd;
  return (
    <div aria-label={vi.violation.preview}>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={vi.violation.actPicked}>{act.version.descriptionVi}</Descriptions.Item>
        <Descriptions.Item label={vi.violation.citation}>
          {act.version.citationShort}{' '}
          {!act.version.verified && (
            <Tag color="orange" title={act.version.verificationNote ?? undefined}>
              {vi.violation.unverified}
            </Tag>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={vi.violation.mainSanction}>{vi.labels.mainSanction[act.fine.mainSanction]}</Descriptions.Item>
        <Descriptions.Item label={vi.violation.range}>{range(act.fine.applied ?? act.fine.printed)}</Descriptions.Item>
        <Descriptions.Item label={vi.violation.amount}>
          <Typography.Text strong className="money">
            {amount === null ? vi.violation.amountPending : formatMoney(amount)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={vi.violation.limitation}>
          {formatDate(act.limitation.lastDecisionDate)} ({act.limitation.citation})
        </Descriptions.Item>
        <Descriptions.Item label={vi.violation.explanationRight}>
          {act.explanationRight.applies ? vi.common.yes : vi.common.no} — {act.explanationRight.reason}
        </Descriptions.Item>
      </Descriptions>
      {worksheet.flags.map((f, i) => (
        <Alert key={`${f.kind}-${i}`} type="warning" showIcon title={f.note} style={{ marginTop: 8 }} />
      ))}
    </div>
  );
}
