import { useMemo } from 'react';
import { uPlot } from '../../ui/uplot';
import type { SpasmMonth, SpasmWeek } from '../../domain/episodes';
import { HourTable, MonthlyTable, WeeklyTable } from './chart-tables';
import { CHART_HEIGHT, UplotChart, type ChartColours } from '../../ui/uplot-chart';

// uPlot's Axis.Side is an ambient const enum, which isolatedModules can't read: 1 is Side.Right.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- see above
const RIGHT = 1 as uPlot.Axis.Side;
const bars = uPlot.paths.bars?.({ size: [0.7, 24] });
const monthBars = uPlot.paths.bars?.({ size: [0.8, 24, 1] });
const axis = (c: ChartColours, extra: Partial<uPlot.Axis> = {}): uPlot.Axis => ({
  stroke: c.text,
  grid: { stroke: c.grid, width: 1 },
  ticks: { stroke: c.grid, width: 1 },
  ...extra,
});
const base = (width: number) => ({
  width,
  height: CHART_HEIGHT,
  legend: { show: false },
  cursor: { show: false },
});

/** Spasms per week (bars) with the worst severity each week (dots, 0-10 on the right). */
function WeeklyChart({ weeks }: { weeks: readonly SpasmWeek[] }) {
  const data = useMemo<uPlot.AlignedData>(
    () => [
      weeks.map((w) => Date.parse(`${w.weekOf}T12:00:00`) / 1000),
      weeks.map((w) => w.count),
      weeks.map((w) => w.maxSeverity),
    ],
    [weeks],
  );
  const most = Math.max(3, ...weeks.map((w) => w.count));
  const options = useMemo(
    () =>
      (width: number, c: ChartColours): uPlot.Options => ({
        ...base(width),
        scales: { x: { time: true }, y: { range: [0, most] }, severity: { range: [0, 10] } },
        axes: [
          axis(c),
          axis(c, { label: 'Spasms', scale: 'y', incrs: [1, 2, 5, 10] }),
          axis(c, {
            label: 'Worst severity',
            scale: 'severity',
            side: RIGHT,
            grid: { show: false },
          }),
        ],
        series: [
          {},
          {
            label: 'Spasms',
            scale: 'y',
            fill: c.primary,
            stroke: c.primary,
            paths: bars,
            points: { show: false },
          },
          {
            label: 'Worst severity',
            scale: 'severity',
            stroke: c.accent,
            width: 0,
            points: { show: true, size: 7, fill: c.accent, stroke: c.accent },
          },
        ],
      }),
    [most],
  );
  return <UplotChart options={options} data={data} />;
}

/** Spasms by the local hour they began. */
function HourChart({ byHour }: { byHour: readonly number[] }) {
  const data = useMemo<uPlot.AlignedData>(() => [byHour.map((_, h) => h), [...byHour]], [byHour]);
  const most = Math.max(3, ...byHour);
  const options = useMemo(
    () =>
      (width: number, c: ChartColours): uPlot.Options => ({
        ...base(width),
        scales: { x: { time: false, range: [-0.5, 23.5] }, y: { range: [0, most] } },
        axes: [
          axis(c, { incrs: [3, 6], values: (_u, ticks) => ticks.map((h) => `${h}:00`) }),
          axis(c, { label: 'Spasms', incrs: [1, 2, 5, 10] }),
        ],
        series: [
          {},
          {
            label: 'Spasms',
            fill: c.primary,
            stroke: c.primary,
            paths: bars,
            points: { show: false },
          },
        ],
      }),
    [most],
  );
  return <UplotChart options={options} data={data} />;
}

/** A 'YYYY-MM' month as a year with its fraction at the middle of the month: 2026.875 for Nov. */
const midMonth = (month: string) =>
  Number(month.slice(0, 4)) + (Number(month.slice(5, 7)) - 0.5) / 12;

/**
 * Year labels on the x axis: each year's tick where it begins (1 January), every 1, 2, 5 or 10
 * years so that labels keep 40 px apart (ten years fit a 320 px screen); a span inside one year
 * gets one label, in its middle.
 */
const yearTicks = (_u: uPlot, _axis: number, min: number, max: number, step: number) => {
  const ticks: number[] = [];
  for (let year = Math.ceil(min / step - 1e-9) * step; year <= max + 1e-9; year += step) {
    ticks.push(year);
  }
  return ticks.length > 0 ? ticks : [(min + max) / 2];
};

/** Spasms per month over the whole diary: one bar a month, none drawn for a month without. */
function MonthlyChart({ months }: { months: readonly SpasmMonth[] }) {
  const data = useMemo<uPlot.AlignedData>(
    () => [months.map((m) => midMonth(m.month)), months.map((m) => m.count)],
    [months],
  );
  const most = Math.max(3, ...months.map((m) => m.count));
  const from = midMonth(months[0]?.month ?? '2000-01') - 0.5 / 12;
  const to = midMonth(months.at(-1)?.month ?? '2000-01') + 0.5 / 12;
  const options = useMemo(
    () =>
      (width: number, c: ChartColours): uPlot.Options => ({
        ...base(width),
        scales: { x: { time: false, range: [from, to] }, y: { range: [0, most] } },
        axes: [
          axis(c, {
            space: 40,
            incrs: [1, 2, 5, 10],
            splits: yearTicks,
            values: (_u, ticks) => ticks.map((t) => String(Math.floor(t + 1e-9))),
          }),
          axis(c, { label: 'Spasms', incrs: [1, 2, 5, 10, 20, 50] }),
        ],
        series: [
          {},
          {
            label: 'Spasms',
            fill: c.primary,
            stroke: c.primary,
            // A bar fills most of its month, at least 1 px: 120 months stay visible at 320 px.
            paths: monthBars,
            points: { show: false },
          },
        ],
      }),
    [most, from, to],
  );
  return <UplotChart options={options} data={data} />;
}

type PatternChartsProps = {
  weeks: readonly SpasmWeek[];
  byHour: readonly number[];
  months: readonly SpasmMonth[];
};

/**
 * The canvas charts, in their own chunk with uPlot so neither lands in the first screen's
 * JavaScript. Each figure has a table with the same numbers that screen readers reach.
 */
export function PatternCharts({ weeks, byHour, months }: PatternChartsProps) {
  return (
    <>
      {months.length > 0 ? (
        <figure className="chart">
          <figcaption>Spasms per month over your whole diary</figcaption>
          <MonthlyChart months={months} />
          <MonthlyTable months={months} />
        </figure>
      ) : null}
      <figure className="chart">
        <figcaption>
          Spasms per week over the last year, with the worst severity each week
        </figcaption>
        <WeeklyChart weeks={weeks} />
        <WeeklyTable weeks={weeks} />
      </figure>
      <figure className="chart">
        <figcaption>Spasms by the hour they began</figcaption>
        <HourChart byHour={byHour} />
        <HourTable byHour={byHour} />
      </figure>
    </>
  );
}
