import type { ClinicianReport } from '../../domain/reports';
import { reportDay } from './report-dates';

/** Beliefs about the back (held then and now) and behavioural experiments with their results. */
export function ReportGuide({ report }: { report: ClinicianReport }) {
  const { beliefs, experiments, tally } = report.guide;
  return (
    <section aria-labelledby="report-guide">
      <h3 id="report-guide">Beliefs and experiments</h3>
      {beliefs.length === 0 && experiments.length === 0 ? <p>None in this period.</p> : null}
      {beliefs.length > 0 ? (
        <ul>
          {beliefs.map((b) => (
            <li key={b.writtenOn + b.belief}>
              “{b.belief}” ({reportDay(b.writtenOn)}): held {b.strengthAtFirst} %, now{' '}
              {b.strengthNow} %.
            </li>
          ))}
        </ul>
      ) : null}
      {experiments.length > 0 ? (
        <>
          <p>
            {tally.done} of {experiments.length} experiments done: actual pain lower than predicted
            in {tally.lower}, as predicted in {tally.same}, higher in {tally.higher}.
          </p>
          <ul>
            {experiments.map((e) => (
              <li key={e.plannedFor + e.activity}>
                {reportDay(e.doneOn ?? e.plannedFor)}: {e.activity}: predicted {e.predictedPain}/10
                {e.actualPain === undefined
                  ? ', not done yet'
                  : `, actual ${String(e.actualPain)}/10`}
                .
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
