import type { OutcomeWeek } from '../../domain/guide';
import { formatLongDay } from '../../ui/format';
import { TableScroll } from '../../ui/table-scroll';

const oneDecimal = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const signed = (n: number | null) => (n === null ? '' : ` (${n > 0 ? '+' : ''}${oneDecimal(n)})`);

/** The chart's figures, with each meaningful change named in words. */
export function OutcomeTable({ weeks }: { weeks: readonly OutcomeWeek[] }) {
  return (
    <details>
      <summary>Weekly ratings as a table</summary>
      <TableScroll label="Your weekly ratings">
        <table>
          <caption>Your weekly ratings, oldest first, with changes since the week before</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Back pain</th>
              <th scope="col">Activities (average)</th>
              <th scope="col">Meaningful change since your first week</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekOf}>
                <th scope="row">{formatLongDay(w.weekOf)}</th>
                <td>
                  {w.backPain}
                  {signed(w.painChange)}
                </td>
                <td>
                  {oneDecimal(w.activityAverage)}
                  {signed(w.activityChange)}
                </td>
                <td>
                  {[w.painMeaningful ? 'pain' : '', w.activityMeaningful ? 'activities' : '']
                    .filter(Boolean)
                    .join(' and ') || 'none'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
