// The report's figures as the dashboard shows them: one line per figure, this year beside the year before.
import type { Schemas } from '../../api/client';
import { formatMoney } from '../../format/format';
import { vi } from '../../i18n/vi';

export type Figure = Schemas['FigureDto'];
export type Unit = 'count' | 'money' | 'months';

/** One figure with its label and unit: a row of a table, a bar pair of a chart. */
export interface Line {
  key: string;
  label: string;
  figure: Figure;
  unit: Unit;
}

/** What the drawer lists: the records behind one value. */
export interface Drill {
  link: string;
  title: string;
  unit: Unit;
}

/** "68.750.000 ₫", "6,5" months, "1.234". */
export function show(n: number, unit: Unit): string {
  if (unit === 'money') return formatMoney(n);
  return n.toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

/** "+3 (+25%)", "−12.500.000 ₫ (−20%)", "không đổi". */
export function change(value: number, previous: number, unit: Unit): string {
  const d = value - previous;
  if (d === 0) return vi.reports.noChange;
  const sign = d > 0 ? '+' : '−';
  const pct = previous > 0 ? ` (${sign}${Math.round((Math.abs(d) / previous) * 100).toLocaleString('vi-VN')}%)` : '';
  return `${sign}${show(Math.abs(d), unit)}${pct}`;
}

export const countLines = (rows: Schemas['CountRowDto'][], unit: Unit = 'count'): Line[] => rows.map((r) => ({ key: r.key, label: r.label, figure: r.count, unit }));

const MONEY: readonly (keyof Schemas['ReportSummaryDto'])[] = ['finesImposedVnd', 'finesCollectedVnd'];
const MONTHS: readonly (keyof Schemas['ReportSummaryDto'])[] = ['licenceSuspensionMonths', 'activitySuspensionMonths'];

export const unitOf = (key: keyof Schemas['ReportSummaryDto']): Unit => (MONEY.includes(key) ? 'money' : MONTHS.includes(key) ? 'months' : 'count');

/** Lines of the summary, in the order given. */
export const summaryLines = (summary: Schemas['ReportSummaryDto'], keys: readonly (keyof Schemas['ReportSummaryDto'])[]): Line[] =>
  keys.map((key) => ({ key, label: vi.reports.figures[key], figure: summary[key], unit: unitOf(key) }));

/** The API's drill-down link (`/reports/annual/drill-down?…`) as the query of GET /api/reports/annual/drill-down. */
export const drillQuery = (link: string): Record<string, string> => Object.fromEntries(new URLSearchParams(link.split('?')[1] ?? ''));

const CODE = /^(\d+\/\d{4}):Đ(\d+)(?:\.k(\d+))?(?:\.([a-zđ]))?$/u;
const OLD_CODE = /^(\d+\/\d{4}):Đ(\d+)\./u;

/** A catalogue code as the citation a reader knows: "119/2020:Đ20.k2.a" → "Điểm a khoản 2 Điều 20 NĐ 119/2020". */
export function provision(code: string): string {
  const m = CODE.exec(code);
  if (m) return vi.reports.citation(m[1], m[2], m[3], m[4]);
  const old = OLD_CODE.exec(code);
  return old ? vi.reports.replacedCode(old[1], old[2]) : code;
}
