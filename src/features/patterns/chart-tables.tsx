import type { SpasmMonth, SpasmWeek } from '../../domain/episodes';
import { formatDate, formatLongDay } from '../../ui/format';

/** The monthly chart's figures as a table: every month, oldest first, behind a disclosure. */
export function MonthlyTable({ months }: { months: readonly SpasmMonth[] }) {
  return (
    <details>
      <summary>Spasms per month as a table</summary>
      <table>
        <caption>Spasms per month (every month, 0 when there were none)</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Spasms</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{formatDate(`${m.month}-01`, 'month')}</th>
              <td>{m.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

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
