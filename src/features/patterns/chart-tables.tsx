import type { SpasmWeek } from '../../domain/episodes';
import { formatLongDay } from '../../ui/format';

/** The weekly chart's figures as a table, behind a disclosure (a year of rows is long). */
export function WeeklyTable({ weeks }: { weeks: readonly SpasmWeek[] }) {
  const withSpasms = weeks.filter((w) => w.count > 0);
  return (
    <details>
      <summary>Spasms per week as a table</summary>
      {withSpasms.length === 0 ? (
        <p>No spasms in the last year.</p>
      ) : (
        <table>
          <caption>Weeks with spasms (weeks not listed had none)</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Spasms</th>
              <th scope="col">Worst severity</th>
            </tr>
          </thead>
          <tbody>
            {withSpasms.map((w) => (
              <tr key={w.weekOf}>
                <th scope="row">{formatLongDay(w.weekOf)}</th>
                <td>{w.count}</td>
                <td>{w.maxSeverity}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

/** The hourly chart's figures as a table, behind a disclosure. */
export function HourTable({ byHour }: { byHour: readonly number[] }) {
  return (
    <details>
      <summary>Spasms by hour as a table</summary>
      <table>
        <caption>Spasms by the hour they began (hours not listed had none)</caption>
        <thead>
          <tr>
            <th scope="col">Hour</th>
            <th scope="col">Spasms</th>
          </tr>
        </thead>
        <tbody>
          {byHour.flatMap((n, h) =>
            n > 0
              ? [
                  <tr key={h}>
                    <th scope="row">{`${h}:00 to ${h}:59`}</th>
                    <td>{n}</td>
                  </tr>,
                ]
              : [],
          )}
        </tbody>
      </table>
    </details>
  );
}
