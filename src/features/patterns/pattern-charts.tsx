import { useMemo } from 'react';
import { uPlot } from '../../ui/uplot';
import type { SpasmWeek } from '../../domain/episodes';
import { HourTable, WeeklyTable } from './chart-tables';
import { CHART_HEIGHT, UplotChart, type ChartColours } from '../../ui/uplot-chart';

// uPlot's Axis.Side is an ambient const enum, which isolatedModules can't read: 1 is Side.Right.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- see above
const RIGHT = 1 as uPlot.Axis.Side;
const bars = uPlot.paths.bars?.({ size: [0.7, 24] });
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

type PatternChartsProps = { weeks: readonly SpasmWeek[]; byHour: readonly number[] };

/**
 * The canvas charts, in their own chunk with uPlot so neither lands in the first screen's
 * JavaScript. Each figure has a table with the same numbers that screen readers reach.
 */
export function PatternCharts({ weeks, byHour }: PatternChartsProps) {
  return (
    <>
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
