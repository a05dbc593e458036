import { formatGrouped } from '@libs/vn';
import { type DocumentWriter, MM } from './writer';
import type { ReportBarChart } from './report-types';

// A grouped bar chart drawn with pdfkit vector primitives (no raster, no extra font): two bars per category.
const PLOT_HEIGHT = 62 * MM;
const AXIS_WIDTH = 16 * MM;
const LABEL_SIZE = 9;
const VALUE_SIZE = 8;
const COLOURS: [string, string] = ['#1f4e79', '#9dc3e6'];
const GRID = '#c8c8c8';

/** A round step (1, 2 or 5 × 10ⁿ) giving about `ticks` gridlines up to `max`. */
export function niceStep(max: number, ticks = 5): number {
  if (max <= 0) return 1;
  const raw = max / ticks;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  return Math.max(step, Number.EPSILON);
}

/** Values printed above the bars and on the axis: "1.250" or "12,5" (Vietnamese grouping, one decimal at most). */
export function chartLabel(v: number): string {
  const tenths = Math.round(v * 10);
  const whole = formatGrouped(Math.trunc(tenths / 10));
  return tenths % 10 === 0 ? whole : `${whole},${Math.abs(tenths % 10)}`;
}
const label = chartLabel;

function legend(w: DocumentWriter, chart: ReportBarChart, y: number): number {
  let x = w.left + AXIS_WIDTH;
  chart.series.forEach((name, i) => {
    w.doc
      .save()
      .rect(x, y + 2, 9, 9)
      .fill(COLOURS[i])
      .restore();
    w.place(name, x + 13, y + 1, 60 * MM, 'regular', LABEL_SIZE, 'left');
    x += 14 + w.textWidth(name, 'regular', LABEL_SIZE) + 8 * MM;
  });
  return y + 16;
}

function axis(w: DocumentWriter, top: number, step: number, scaleMax: number): void {
  const doc = w.doc;
  const plotLeft = w.left + AXIS_WIDTH;
  for (let v = 0; v <= scaleMax + step / 2; v += step) {
    const y = top + PLOT_HEIGHT - (v / scaleMax) * PLOT_HEIGHT;
    doc
      .save()
      .lineWidth(0.4)
      .strokeColor(v === 0 ? '#000000' : GRID)
      .moveTo(plotLeft, y)
      .lineTo(w.left + w.width, y)
      .stroke()
      .restore();
    w.place(label(v), w.left, y - 5, AXIS_WIDTH - 3, 'regular', LABEL_SIZE, 'right');
  }
  doc
    .save()
    .lineWidth(0.6)
    .moveTo(plotLeft, top)
    .lineTo(plotLeft, top + PLOT_HEIGHT)
    .stroke()
    .restore();
}

/** Draws the chart at the current position (kept on one page) and moves the flow under it. */
export function drawBarChart(w: DocumentWriter, chart: ReportBarChart): void {
  const categoryLabelHeight = Math.max(
    ...chart.categories.map((c) => w.textHeight(c.label, 'regular', LABEL_SIZE, (w.width - AXIS_WIDTH) / chart.categories.length - 4)),
    0,
  );
  w.ensureSpace(16 + PLOT_HEIGHT + categoryLabelHeight + 30);
  w.paragraph(chart.title, { style: 'bold', size: 13, indent: 0, align: 'left', gapAfter: 2 });
  const top = legend(w, chart, w.doc.y) + 6;
  const max = Math.max(...chart.categories.flatMap((c) => c.values), 0);
  const step = niceStep(max);
  const scaleMax = Math.max(step, Math.ceil(max / step) * step);
  axis(w, top, step, scaleMax);
  const slot = (w.width - AXIS_WIDTH) / Math.max(chart.categories.length, 1);
  const bar = Math.min(slot * 0.32, 14 * MM);
  chart.categories.forEach((c, i) => {
    const centre = w.left + AXIS_WIDTH + slot * (i + 0.5);
    c.values.forEach((v, s) => {
      const h = (v / scaleMax) * PLOT_HEIGHT;
      const x = centre + (s === 0 ? -bar - 1 : 1);
      if (h > 0) {
        w.doc
          .save()
          .rect(x, top + PLOT_HEIGHT - h, bar, h)
          .fill(COLOURS[s])
          .restore();
      }
      w.place(label(v), x - 6, top + PLOT_HEIGHT - h - VALUE_SIZE - 3, bar + 12, 'regular', VALUE_SIZE, 'center');
    });
    w.place(c.label, centre - slot / 2 + 2, top + PLOT_HEIGHT + 4, slot - 4, 'regular', LABEL_SIZE, 'center');
  });
  w.doc.x = w.left;
  w.doc.y = top + PLOT_HEIGHT + 4 + categoryLabelHeight + 14;
}
