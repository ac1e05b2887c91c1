import { timeBandLabels, timeBands, type SpasmTiming } from '../../domain/episodes';

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const share = (n: number, total: number) =>
  total === 0 ? '–' : `${Math.round((n / total) * 100)} %`;

/** When spasms start, by time of day and day of week: tables, readable by everyone. */
export function TimingTables({
  timing,
  weekStartsOn,
}: {
  timing: SpasmTiming;
  weekStartsOn: 0 | 1;
}) {
  const total = timing.byBand.reduce((sum, n) => sum + n, 0);
  const order = Array.from({ length: 7 }, (_, i) => (i + weekStartsOn) % 7);
  return (
    <div className="timing">
      <table>
        <caption>Spasms by time of day</caption>
        <thead>
          <tr>
            <th scope="col">Time of day</th>
            <th scope="col">Spasms</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {timeBands.map((band, i) => (
            <tr key={band}>
              <th scope="row">{timeBandLabels[band]}</th>
              <td>{timing.byBand[i]}</td>
              <td>{share(timing.byBand[i] ?? 0, total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>Spasms by day of the week</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Spasms</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {order.map((day) => (
            <tr key={day}>
              <th scope="row">{weekdays[day]}</th>
              <td>{timing.byWeekday[day]}</td>
              <td>{share(timing.byWeekday[day] ?? 0, total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
