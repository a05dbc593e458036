import { Tag, Tooltip, Typography } from 'antd';
import { vi } from '../../i18n/vi';

// The shipped calendar cites its basis in a short form ("BLLĐ 45/2019/QH14 Đ112 k1 b") followed by working notes;
// entries the government has not announced yet are marked PROVISIONAL.
const SHIPPED = /^BLLĐ (\S+) Đ(\d+) k(\d+)(?: ([a-zđ]))?(?=[\s;(]|$)/;

/** The source of a calendar entry as a reader expects it: the full legal citation, and whether the day is provisional. */
export function CalendarSource({ source }: { source: string }) {
  const t = vi.admin.calendar;
  const m = SHIPPED.exec(source);
  if (!m) return <Typography.Text type="secondary">{source}</Typography.Text>;
  const [, law = '', article = '', clause = '', point] = m;
  return (
    <Typography.Text type="secondary">
      {t.labourCode(law, article, clause, point)}
      {/PROVISIONAL/.test(source) && (
        <Tooltip title={t.provisionalHint}>
          <Tag color="gold" style={{ marginInlineStart: 8 }}>
            {t.provisional}
          </Tag>
        </Tooltip>
      )}
    </Typography.Text>
  );
}
