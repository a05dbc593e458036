import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { change, type Unit } from './figures';

/** The change from the year before, with an arrow; neutral colour: a rise is not good or bad in itself. */
export function Delta({ value, previous, unit }: { value: number; previous: number; unit: Unit }) {
  const d = value - previous;
  return (
    <Typography.Text type="secondary" className="money">
      {d > 0 ? <ArrowUpOutlined aria-hidden /> : d < 0 ? <ArrowDownOutlined aria-hidden /> : null} {change(value, previous, unit)}
    </Typography.Text>
  );
}
