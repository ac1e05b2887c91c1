import type { DoneExperiment } from '../../domain/guide';
import { formatLongDay } from '../../ui/format';
import { TableScroll } from '../../ui/table-scroll';

/** The chart's figures: each finished experiment's predicted and actual pain. */
export function ExperimentTable({ done }: { done: readonly DoneExperiment[] }) {
  return (
    <details>
      <summary>Predicted and actual pain as a table</summary>
      <TableScroll label="Your finished experiments">
        <table>
          <caption>Your finished experiments, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Activity</th>
              <th scope="col">Predicted</th>
              <th scope="col">Actual</th>
            </tr>
          </thead>
          <tbody>
            {done.map((e) => (
              <tr key={e.id}>
                <th scope="row">{formatLongDay(e.doneOn)}</th>
                <td>{e.activity}</td>
                <td>{e.predictedPain}</td>
                <td>{e.actualPain}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
