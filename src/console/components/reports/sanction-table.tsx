import { Table, Typography } from 'antd';
import type { Schemas } from '../../api/client';
import { vi } from '../../i18n/vi';
import { FigureLink } from './compare-table';
import { type Drill, type Figure, provision, type Unit } from './figures';

type Row = Schemas['SanctionRowDto'];

/** This year's value (bold) over the year before's (grey), each opening its records. */
function Pair({ label, figure, unit, year, onOpen }: { label: string; figure: Figure; unit: Unit; year: number; onOpen: (d: Drill) => void }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }}>
      <FigureLink label={label} figure={figure} unit={unit} year={year} onOpen={onOpen} />
      <FigureLink label={label} figure={figure} unit={unit} year={year} previous onOpen={onOpen} />
    </div>
  );
}

/** Xử phạt theo hành vi vi phạm or theo loại đối tượng: decisions, acts, fines imposed and collected, both years. */
export function SanctionTable({ rows, by, year, onOpen }: { rows: Row[]; by: 'code' | 'subjectKind'; year: number; onOpen: (d: Drill) => void }) {
  const name = (r: Row, what: string) => `${what} — ${r.label}`;
  return (
    <Table<Row>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: vi.reports.empty }}
      columns={[
        {
          title: by === 'code' ? vi.reports.act : vi.reports.subjectKind,
          dataIndex: 'label',
          render: (label: string, r) =>
            by === 'code' ? (
              <>
                <div>{label}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {provision(r.key)}
                </Typography.Text>
              </>
            ) : (
              label
            ),
        },
        ...(by === 'subjectKind'
          ? [{ title: vi.reports.decisions, key: 'decisions', align: 'right' as const, width: 110, render: (_: unknown, r: Row) => r.decisions && <Pair label={name(r, vi.reports.decisions)} figure={r.decisions} unit="count" year={year} onOpen={onOpen} /> }]
          : []),
        { title: vi.reports.acts, key: 'acts', align: 'right', width: 100, render: (_: unknown, r) => <Pair label={name(r, vi.reports.acts)} figure={r.acts} unit="count" year={year} onOpen={onOpen} /> },
        {
          title: vi.reports.figures.finesImposedVnd,
          key: 'imposed',
          align: 'right',
          width: 150,
          render: (_: unknown, r) => <Pair label={name(r, vi.reports.figures.finesImposedVnd)} figure={r.finesImposedVnd} unit="money" year={year} onOpen={onOpen} />,
        },
        {
          title: vi.reports.figures.finesCollectedVnd,
          key: 'collected',
          align: 'right',
          width: 150,
          render: (_: unknown, r) => <Pair label={name(r, vi.reports.figures.finesCollectedVnd)} figure={r.finesCollectedVnd} unit="money" year={year} onOpen={onOpen} />,
        },
      ]}
    />
  );
}
