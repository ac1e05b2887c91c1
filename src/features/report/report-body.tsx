import type { ClinicianReport } from '../../domain/reports';
import { formatLongDay } from '../../ui/format';
import { TableScroll } from '../../ui/table-scroll';
import { ReportCare } from './report-care';
import { reportDay, reportInstant } from './report-dates';
import { ReportGuide } from './report-guide';
import { ReportPlan } from './report-plan';
import { ReportTrend } from './report-trend';

/** The printable report itself: plain tables and sentences, no charts. */
export function ReportBody({ report }: { report: ClinicianReport }) {
  const { period, spasms, triggers, noSign, triggersSince } = report;
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
          {spasms.onsetActivities.length > 0
            ? ` Began with: ${spasms.onsetActivities
                .slice(0, 6)
                .map((a) => `${a.name} ${String(a.count)}`)
                .join(', ')}${spasms.onsetActivities.length > 6 ? ', others' : ''}.`
            : ''}
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
                    <td>{reportInstant(row.startedAt)}</td>
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
      <ReportTrend report={report} />
      <section aria-labelledby="report-triggers">
        <h3 id="report-triggers">Trigger findings</h3>
        {triggersSince ? (
          <p className="muted">
            From all records since {reportDay(triggersSince)}, not only this period.
          </p>
        ) : null}
        {triggers.length === 0 && noSign.length === 0 ? (
          <p>Not enough logs and check-ins yet to say anything about triggers.</p>
        ) : null}
        {triggers.length === 0 ? null : (
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
        {noSign.length > 0 ? <p>No sign so far: {noSign.join(', ')}.</p> : null}
      </section>
      <ReportPlan report={report} />
      <ReportGuide report={report} />
      <ReportCare report={report} />
    </article>
  );
}
