import type { ClinicianReport } from '../../domain/reports';
import { TableScroll } from '../../ui/table-scroll';
import { reportDay } from './report-dates';

const steps = (up: number, back: number) =>
  [up > 0 ? `${String(up)} up` : '', back > 0 ? `${String(back)} back` : '']
    .filter(Boolean)
    .join(', ') || 'none';

/** The exercise plan now (rungs, loads in their own units, flare mode) and its history. */
export function ReportPlan({ report }: { report: ClinicianReport }) {
  const { plan, planHistory: history } = report;
  return (
    <section aria-labelledby="report-plan">
      <h3 id="report-plan">Exercise plan</h3>
      {plan === null ? (
        <p>No exercise plan set up.</p>
      ) : (
        <>
          <p>
            Now: step {plan.phase}, {plan.daysPerWeek} days a week.{' '}
            {plan.flareSince
              ? `Flare mode on since ${reportDay(plan.flareSince)} (no steps up, lighter exercises).`
              : 'Flare mode off.'}
          </p>
          <ul className="report-inline">
            {plan.exercises.map((e) => (
              <li key={e.ladder + e.name}>
                {e.ladder}: <strong>{e.name}</strong>, {e.prescription}
              </li>
            ))}
          </ul>
        </>
      )}
      {history.reviews > 0 ? (
        <p>
          In this period: {history.reviews} weekly reviews, {history.sessionsDone} of{' '}
          {history.sessionsPlanned} planned sessions done.
        </p>
      ) : null}
      {history.paths.length > 0 ? (
        <TableScroll label="Exercise changes in this period">
          <table className="report-compact">
            <thead>
              <tr>
                <th scope="col">Exercise</th>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Steps</th>
              </tr>
            </thead>
            <tbody>
              {history.paths.map((p) => (
                <tr key={p.name}>
                  <th scope="row">{p.name}</th>
                  <td>{p.from}</td>
                  <td>{p.to}</td>
                  <td>{steps(p.stepsUp, p.stepsBack)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {history.setupChanges.length > 0 ? (
        <p>
          Changed by the patient:{' '}
          {history.setupChanges.map((c) => `${reportDay(c.day)}: ${c.headline}`).join('; ')}
        </p>
      ) : null}
      <p>
        Flare periods:{' '}
        {history.flares.length === 0
          ? 'none in this period.'
          : `${history.flares
              .map((f) => `${reportDay(f.from)} to ${f.to ? reportDay(f.to) : 'now'}`)
              .join('; ')}.`}
      </p>
    </section>
  );
}
