import type { ClinicianReport } from '../../domain/reports';
import { formatDayAndTime, formatLongDay } from '../../ui/format';
import { TableScroll } from '../../ui/table-scroll';
import { ReportCare } from './report-care';

/** The printable report itself: plain tables and sentences, no charts. */
export function ReportBody({ report }: { report: ClinicianReport }) {
  const { period, spasms, triggers } = report;
  return (
    <article className="report" aria-labelledby="report-heading">
      <h2 id="report-heading">
        Steadyback report: {formatLongDay(period.from)} to {formatLongDay(period.to)}
      </h2>
      <p className="muted">
        Self-reported by the patient in the Steadyback app. It records and counts; it does not
        diagnose.
      </p>
      <section aria-labelledby="report-spasms">
        <h3 id="report-spasms">Spasms</h3>
        <p>
          {spasms.count} logged ({spasms.perThirtyDays} per 30 days)
          {spasms.meanSeverity === null ? '.' : `, mean severity ${spasms.meanSeverity}/10.`}
        </p>
        {spasms.rows.length > 0 ? (
          <TableScroll label="Spasms in this period">
            <table>
              <thead>
                <tr>
                  <th scope="col">Started</th>
                  <th scope="col">Severity</th>
                  <th scope="col">Activity</th>
                  <th scope="col">Movement</th>
                  <th scope="col">Lasted</th>
                </tr>
              </thead>
              <tbody>
                {spasms.rows.map((row) => (
                  <tr key={row.startedAt + row.activity}>
                    <td>{formatDayAndTime(row.startedAt, { withYear: true })}</td>
                    <td>{row.severity}/10</td>
                    <td>{row.activity}</td>
                    <td>{row.movement}</td>
                    <td>{row.duration}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </section>
      <section aria-labelledby="report-triggers">
        <h3 id="report-triggers">Trigger findings</h3>
        {triggers.length === 0 ? (
          <p>Not enough logs and check-ins in this period to say anything about triggers.</p>
        ) : (
          <ul>
            {triggers.map((t) => (
              <li key={t.name}>
                <strong>
                  {t.name}: {t.verdict}.
                </strong>{' '}
                {t.sentence} <span className="muted">{t.statistics}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ReportCare report={report} />
    </article>
  );
}
