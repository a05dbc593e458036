import { Typography } from 'antd';
import type { CSSProperties } from 'react';
import { vi } from '../../i18n/vi';
import { type Drill, type Line, show } from './figures';

const CURRENT = '#1f5fa8';
const PREVIOUS = '#b8c4d2';
/** The longest bar takes this share of the row, leaving room for its value. */
const SPAN = 72;

const row: CSSProperties = { display: 'block', width: '100%', padding: '6px 4px', border: 0, borderRadius: 4, background: 'none', textAlign: 'left', cursor: 'pointer', font: 'inherit' };
const barLine: CSSProperties = { display: 'flex', alignItems: 'center', gap: 8, height: 16 };
const swatch = (fill: string): CSSProperties => ({ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: fill, marginRight: 6, verticalAlign: -1 });

function Bar({ value, max, fill, text, strong }: { value: number; max: number; fill: string; text: string; strong?: boolean }) {
  const width = value <= 0 ? 0 : Math.max(0.5, (SPAN * value) / max);
  return (
    <span style={barLine}>
      {width > 0 && (
        <svg aria-hidden width={`${width}%`} height={12} style={{ flex: 'none' }}>
          <rect width="100%" height={12} rx={2} fill={fill} />
        </svg>
      )}
      <span className="money" style={{ fontSize: 12, fontWeight: strong ? 600 : 400, color: strong ? '#262626' : '#595959' }}>
        {text}
      </span>
    </span>
  );
}

/**
 * Horizontal bars, this year above the year before, one pair per line (SVG bars, no chart library: see the commit).
 * Each pair is a button opening the records behind this year's value. Lines with nothing in either year are left out;
 * a long breakdown shows its largest lines.
 */
export function CompareChart({ title, lines, year, previousYear, onOpen, limit = 8 }: { title: string; lines: Line[]; year: number; previousYear: number; onOpen: (d: Drill) => void; limit?: number }) {
  const nonZero = lines.filter((l) => l.figure.value !== 0 || l.figure.previousValue !== 0);
  const shown = nonZero.length > limit ? [...nonZero].sort((a, b) => b.figure.value - a.figure.value || b.figure.previousValue - a.figure.previousValue).slice(0, limit) : nonZero;
  const label = vi.reports.chart(title, year, previousYear);
  if (shown.length === 0) return <Typography.Paragraph type="secondary">{vi.reports.empty}</Typography.Paragraph>;
  const max = Math.max(1, ...shown.flatMap((l) => [l.figure.value, l.figure.previousValue]));
  return (
    <figure aria-label={label} style={{ margin: 0 }}>
      <figcaption style={{ marginBottom: 8 }}>
        <Typography.Text strong>{title}</Typography.Text>
        <div style={{ fontSize: 12, color: '#595959', marginTop: 4 }}>
          <span style={{ marginRight: 16 }}>
            <span style={swatch(CURRENT)} />
            {vi.reports.yearColumn(year)}
          </span>
          <span>
            <span style={swatch(PREVIOUS)} />
            {vi.reports.yearColumn(previousYear)}
          </span>
        </div>
      </figcaption>
      {shown.map((l) => (
        <button
          key={l.key}
          type="button"
          className="report-chart-row"
          style={row}
          aria-label={vi.reports.openValue(l.label, year, show(l.figure.value, l.unit))}
          onClick={() => onOpen({ link: l.figure.drillDown, title: vi.reports.drillTitle(l.label, year), unit: l.unit })}
        >
          <span style={{ display: 'block', fontSize: 13, lineHeight: '18px', marginBottom: 2 }}>{l.label}</span>
          <Bar value={l.figure.value} max={max} fill={CURRENT} text={show(l.figure.value, l.unit)} strong />
          <Bar value={l.figure.previousValue} max={max} fill={PREVIOUS} text={show(l.figure.previousValue, l.unit)} />
        </button>
      ))}
      {shown.length < nonZero.length && <Typography.Text type="secondary">{vi.reports.chartTop(shown.length, nonZero.length)}</Typography.Text>}
    </figure>
  );
}
