import type { ClinicianReport } from '../../domain/reports';
import { formatDayAndTime, formatLongDay } from '../../ui/format';

/** Safety checks, medicines and weekly ratings: the report's second half. */
export function ReportCare({ report }: { report: ClinicianReport }) {
  const { safetyChecks, medications, outcomes } = report;
  return (
    <>
      <section aria-labelledby="report-safety">
        <h3 id="report-safety">Safety checks</h3>
        {safetyChecks.length === 0 ? <p>None in this period.</p> : null}
        <ul>
          {safetyChecks.map((check) => (
            <li key={check.takenAt}>
              {formatDayAndTime(check.takenAt, { withYear: true })}:{' '}
              <strong>{check.outcome}</strong>
              {check.signs.length > 0 ? `. Answered yes to: ${check.signs.join('; ')}` : ''}
              {check.seenDoctorOn ? `. Saw a doctor on ${formatLongDay(check.seenDoctorOn)}` : ''}.
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="report-medicines">
        <h3 id="report-medicines">Medicines</h3>
        {medications.length === 0 ? <p>None recorded for this period.</p> : null}
        <ul>
          {medications.map((m) => (
            <li key={m.name + m.started}>
              <strong>{m.name}</strong>
              {m.drugClass ? ` (${m.drugClass})` : ''}, started {formatLongDay(m.started)}
              {m.doses.length > 0 ? `; doses: ${m.doses.join(', ')}` : ''}
              {m.stopped ? `; stopped ${formatLongDay(m.stopped)}` : ''}.
              {m.note ? ` ${m.note}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="report-outcomes">
        <h3 id="report-outcomes">Weekly ratings</h3>
        {outcomes.length === 0 ? <p>None in this period.</p> : null}
        <ul>
          {outcomes.map((o) => (
            <li key={o.weekOf}>
              Week of {formatLongDay(o.weekOf)}: back pain {o.backPain}/10
              {o.activities.length > 0 ? `; ${o.activities.join('; ')}` : ''}.
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
