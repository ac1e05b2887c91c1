import { MEANINGFUL_CHANGE } from '../../domain/guide';
import type { ClinicianReport } from '../../domain/reports';
import { TableScroll } from '../../ui/table-scroll';
import { reportDay, reportMonth } from './report-dates';

const score = (value: number | null) => (value === null ? '–' : `${String(value)}/10`);
const signed = (value: number) => {
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${String(rounded)}` : String(rounded);
};
const change = (value: number, meaningful: boolean) =>
  `${signed(value)} points${meaningful ? ' (meaningful)' : ''}`;

/** Month by month: spasms, daily pain from check-ins, weekly ratings; then the ratings' change. */
export function ReportTrend({ report }: { report: ClinicianReport }) {
  const { months, outcomeChange } = report;
  return (
    <section aria-labelledby="report-trend">
      <h3 id="report-trend">Pain and ratings by month</h3>
      <TableScroll label="Month-by-month table">
        <table className="report-compact">
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Spasms</th>
              <th scope="col">Mean severity</th>
              <th scope="col">Daily pain (days)</th>
              <th scope="col">Weekly pain</th>
              <th scope="col">Hard activities</th>
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{reportMonth(m.month)}</th>
                <td>{m.spasms}</td>
                <td>{score(m.meanSeverity)}</td>
                <td>
                  {score(m.meanPain)}
                  {m.checkinDays > 0 ? ` (${String(m.checkinDays)})` : ''}
                </td>
                <td>{score(m.meanRatedPain)}</td>
                <td>{score(m.meanActivities)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">
        Daily pain: the mean of the day’s check-ins (0-10). Weekly pain and hard activities: the
        weekly ratings (hard activities 0 = can’t do it, 10 = as before the back trouble).
      </p>
      {outcomeChange ? (
        <p>
          Weekly ratings, week of {reportDay(outcomeChange.from)} to week of{' '}
          {reportDay(outcomeChange.to)}: back pain{' '}
          {change(outcomeChange.pain, outcomeChange.painMeaningful)}
          {outcomeChange.activities === null
            ? ''
            : `; hard activities ${change(outcomeChange.activities, outcomeChange.activitiesMeaningful)}`}
          . Meaningful: {MEANINGFUL_CHANGE} points or more.
        </p>
      ) : null}
    </section>
  );
}
