import { useMemo } from 'react';
import type uPlot from 'uplot';
import type { DoneExperiment } from '../../domain/guide';
import { CHART_HEIGHT, UplotChart, type ChartColours } from '../../ui/uplot-chart';

const axis = (c: ChartColours, extra: Partial<uPlot.Axis> = {}): uPlot.Axis => ({
  stroke: c.text,
  grid: { stroke: c.grid, width: 1 },
  ticks: { stroke: c.grid, width: 1 },
  ...extra,
});

/**
 * Predicted (line) against actual (dots) pain for each finished experiment, by experiment number.
 * In its own chunk with uPlot; the page shows the same figures as a table.
 */
export function ExperimentChart({ done }: { done: readonly DoneExperiment[] }) {
  const data = useMemo<uPlot.AlignedData>(
    () => [
      done.map((_, i) => i + 1),
      done.map((e) => e.predictedPain),
      done.map((e) => e.actualPain),
    ],
    [done],
  );
  const options = useMemo(
    () =>
      (width: number, c: ChartColours): uPlot.Options => ({
        width,
        height: CHART_HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [0.5, done.length + 0.5] }, y: { range: [0, 10] } },
        axes: [
          axis(c, { label: 'Experiment', incrs: [1, 2, 5, 10, 20] }),
          axis(c, { label: 'Pain (0 to 10)', incrs: [2, 5] }),
        ],
        series: [
          {},
          {
            label: 'Predicted',
            stroke: c.muted,
            width: 2,
            dash: [6, 4],
            points: { show: true, size: 7, fill: c.muted, stroke: c.muted },
          },
          {
            label: 'Actual',
            stroke: c.primary,
            width: 2,
            points: { show: true, size: 9, fill: c.primary, stroke: c.primary },
          },
        ],
      }),
    [done.length],
  );
  return <UplotChart options={options} data={data} />;
}
