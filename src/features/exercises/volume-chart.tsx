import type { WeeklyVolume } from '../../domain/progression';
import { formatLongDay } from '../../ui/format';
import { TableScroll } from '../../ui/table-scroll';

const WEEKS = 26;

/**
 * Weekly volume of one exercise over the last half year as bars, with the same figures as a
 * table for anyone who can't see the chart (the chart itself is hidden from screen readers).
 */
export function VolumeChart({
  weeks,
  format,
}: {
  weeks: readonly WeeklyVolume[];
  format: (volume: number) => string;
}) {
  const recent = weeks.slice(-WEEKS);
  const top = Math.max(1, ...recent.map((w) => w.volume));
  const width = 300;
  const height = 90;
  const bar = width / Math.max(recent.length, 1);
  return (
    <div className="volume-chart">
      <h3>
        Weekly work, last {recent.length} {recent.length === 1 ? 'week' : 'weeks'}
      </h3>
      <svg
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        aria-hidden="true"
        className="volume-bars"
      >
        {recent.map((w, i) => {
          const h = (w.volume / top) * (height - 4);
          return (
            <rect
              key={w.weekOf}
              x={i * bar + 1}
              y={height - h}
              width={Math.max(1, bar - 2)}
              height={h}
            />
          );
        })}
        <path d={`M0 ${String(height - 0.5)} H${String(width)}`} className="volume-axis" />
      </svg>
      <details>
        <summary>The chart as a table</summary>
        <TableScroll label="Weekly work as a table">
          <table aria-label="Weekly work">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Work</th>
                <th scope="col">Sessions</th>
              </tr>
            </thead>
            <tbody>
              {[...recent].reverse().map((w) => (
                <tr key={w.weekOf}>
                  <th scope="row">{formatLongDay(w.weekOf)}</th>
                  <td>{format(w.volume)}</td>
                  <td>{w.sessions}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </div>
  );
}
