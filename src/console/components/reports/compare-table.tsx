import { Button, Table } from 'antd';
import { vi } from '../../i18n/vi';
import { Delta } from './delta';
import { type Drill, type Figure, type Line, show, type Unit } from './figures';

/** A value that opens the records behind it (this year's or the year before's). */
export function FigureLink({ label, figure, unit, year, previous, onOpen }: { label: string; figure: Figure; unit: Unit; year: number; previous?: boolean; onOpen: (d: Drill) => void }) {
  const value = previous ? figure.previousValue : figure.value;
  const y = previous ? year - 1 : year;
  const text = show(value, unit);
  return (
    <Button
      type="link"
      size="small"
      className="money"
      style={{ padding: 0, height: 'auto', color: previous ? '#595959' : undefined, fontWeight: previous ? 400 : 600 }}
      aria-label={vi.reports.openValue(label, y, text)}
      onClick={() => onOpen({ link: previous ? figure.previousDrillDown : figure.drillDown, title: vi.reports.drillTitle(label, y), unit })}
    >
      {text}
    </Button>
  );
}

/** Chỉ tiêu | năm | năm trước | tăng, giảm; every value opens its records. */
export function CompareTable({ lines, year, onOpen, title, firstColumn = vi.reports.indicator }: { lines: Line[]; year: number; onOpen: (d: Drill) => void; title?: string; firstColumn?: string }) {
  return (
    <Table<Line>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={lines}
      title={title ? () => <strong>{title}</strong> : undefined}
      locale={{ emptyText: vi.reports.empty }}
      columns={[
        { title: firstColumn, dataIndex: 'label' },
        { title: vi.reports.yearColumn(year), key: 'value', align: 'right', width: 112, render: (_: unknown, l) => <FigureLink label={l.label} figure={l.figure} unit={l.unit} year={year} onOpen={onOpen} /> },
        { title: vi.reports.yearColumn(year - 1), key: 'previous', align: 'right', width: 112, render: (_: unknown, l) => <FigureLink label={l.label} figure={l.figure} unit={l.unit} year={year} previous onOpen={onOpen} /> },
        { title: vi.reports.change, key: 'change', align: 'right', width: 150, render: (_: unknown, l) => <Delta value={l.figure.value} previous={l.figure.previousValue} unit={l.unit} /> },
      ]}
    />
  );
}
