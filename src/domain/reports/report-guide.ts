import { currentStrength, tallyExperiments, type Belief, type Experiment } from '../guide';
import type { DayOf } from '../episodes';
import type { ReportPeriod } from './report-period';

export type ReportBeliefs = {
  /** Journal entries written or re-rated in the period: how strongly held then and now (0-100). */
  beliefs: { belief: string; writtenOn: string; strengthAtFirst: number; strengthNow: number }[];
  /** Experiments planned in the period: predicted pain before, actual pain after (0-10). */
  experiments: {
    activity: string;
    plannedFor: string;
    predictedPain: number;
    actualPain?: number;
    doneOn?: string;
  }[];
  /** Done experiments by how the actual pain compared with the prediction. */
  tally: { done: number; lower: number; same: number; higher: number };
};

/** Beliefs and experiments for the period (live records, any order). */
export function reportBeliefs(
  beliefs: readonly Belief[],
  experiments: readonly Experiment[],
  period: ReportPeriod,
  dayOf: DayOf,
): ReportBeliefs {
  const inPeriod = (day: string) => day >= period.from && day <= period.to;
  const planned = experiments
    .filter((e) => inPeriod(e.plannedFor))
    .sort((a, b) => a.plannedFor.localeCompare(b.plannedFor));
  const { done, lower, same, higher } = tallyExperiments(planned);
  return {
    beliefs: beliefs
      .filter((b) => inPeriod(dayOf(b.createdAt)) || b.reRatings.some((r) => inPeriod(dayOf(r.on))))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map((b) => ({
        belief: b.belief,
        writtenOn: dayOf(b.createdAt),
        strengthAtFirst: b.strength,
        strengthNow: currentStrength(b),
      })),
    experiments: planned.map((e) => ({
      activity: e.activity,
      plannedFor: e.plannedFor,
      predictedPain: e.predictedPain,
      ...(e.actualPain === undefined ? {} : { actualPain: e.actualPain }),
      ...(e.doneOn === undefined ? {} : { doneOn: e.doneOn }),
    })),
    tally: { done, lower, same, higher },
  };
}
