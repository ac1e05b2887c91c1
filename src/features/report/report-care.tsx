import type { ClinicianReport } from '../../domain/reports';
import { reportDay, reportInstant } from './report-dates';

/** Safety checks and medicines: the report's last part. */
export function ReportCare({ report }: { report: ClinicianReport }) {
  const { safetyChecks, medications } = report;
  return (
    <>
      <section aria-labelledby="report-safety">
        <h3 id="report-safety">Safety checks</h3>
        {safetyChecks.length === 0 ? <p>None in this period.</p> : null}
        <ul>
          {safetyChecks.map((check) => (
            <li key={check.takenAt}>
              {reportInstant(check.takenAt)}: <strong>{check.outcome}</strong>
              {check.signs.length > 0 ? `. Answered yes to: ${check.signs.join('; ')}` : ''}
              {check.seenDoctorOn ? `. Saw a doctor on ${reportDay(check.seenDoctorOn)}` : ''}.
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
              {m.drugClass ? ` (${m.drugClass})` : ''}, started {reportDay(m.started)}
              {m.doses.length > 0
                ? `; doses: ${m.doses
                    .map((d) => (d.from ? `${d.dose} from ${reportDay(d.from)}` : d.dose))
                    .join(', ')}`
                : ''}
              {m.stopped ? `; stopped ${reportDay(m.stopped)}` : ''}.{m.note ? ` ${m.note}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
