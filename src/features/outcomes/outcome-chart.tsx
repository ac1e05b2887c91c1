import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { OutcomeWeek } from '../../domain/guide';
import { CHART_HEIGHT, UplotChart, type ChartColours } from '../../ui/uplot-chart';

const axis = (c: ChartColours, extra: Partial<uPlot.Axis> = {}): uPlot.Axis => ({
  stroke: c.text,
  grid: { stroke: c.grid, width: 1 },
  ticks: { stroke: c.grid, width: 1 },
  ...extra,
});

const ring = (colour: string, bg: string) => ({
  show: true,
  size: 16,
  width: 3,
  stroke: colour,
  fill: bg,
});

/**
 * Back pain and the activities' average by week; a ring marks the latest week when the change
 * since the first week (latest 4 weeks' average) is 2 points or more (docs/domain.md §7). In its own chunk with uPlot; the table has the same figures.
 */
export function OutcomeChart({ weeks }: { weeks: readonly OutcomeWeek[] }) {
  const data = useMemo<uPlot.AlignedData>(
    () => [
      weeks.map((w) => Date.parse(`${w.weekOf}T12:00:00`) / 1000),
      weeks.map((w) => w.backPain),
      weeks.map((w) => w.activityAverage),
      weeks.map((w) => (w.painMeaningful ? w.backPain : null)),
      weeks.map((w) => (w.activityMeaningful ? w.activityAverage : null)),
    ],
    [weeks],
  );
  const options = useMemo(
    () =>
      (width: number, c: ChartColours): uPlot.Options => ({
        width,
        height: CHART_HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: true }, y: { range: [0, 10] } },
        axes: [axis(c), axis(c, { label: 'Rating (0 to 10)', incrs: [2, 5] })],
        series: [
          {},
          { label: 'Back pain', stroke: c.accent, width: 2, points: { show: true, size: 6 } },
          {
            label: 'Activities',
            stroke: c.primary,
            width: 2,
            dash: [6, 4],
            points: { show: true, size: 6 },
          },
          {
            label: 'Pain changed',
            stroke: c.accent,
            width: 0,
            points: ring(c.accent, 'transparent'),
          },
          {
            label: 'Activities changed',
            stroke: c.primary,
            width: 0,
            points: ring(c.primary, 'transparent'),
          },
        ],
      }),
    [],
  );
  return <UplotChart options={options} data={data} />;
}
