import type { Diary } from './trigger-diary';

export type Tally = {
  beganWith: number;
  linked: number;
  days: number;
  spasmDays: number;
  hazard: number;
  controlExposed: number;
  mhNumerator: number;
  mhDenominator: number;
};

/**
 * Every count for every activity in single passes over the check-in days and the spasms, rather
 * than one pass per activity: this keeps 10 years of data within the 20 ms budget (docs/performance.md).
 * Case-crossover sums are Mantel-Haenszel's for 1:m matched sets (each spasm with its control days).
 */
export function tallyActivities(diary: Diary) {
  const tallies = new Map<string, Tally>();
  const tally = (id: string) => {
    let t = tallies.get(id);
    if (t === undefined) {
      t = {
        beganWith: 0,
        linked: 0,
        days: 0,
        spasmDays: 0,
        hazard: 0,
        controlExposed: 0,
        mhNumerator: 0,
        mhDenominator: 0,
      };
      tallies.set(id, t);
    }
    return t;
  };
  let totalSpasmDays = 0;
  for (const [day, done] of diary.exposures) {
    const spasm = diary.spasmDays.has(day);
    if (spasm) totalSpasmDays += 1;
    for (const id of done) {
      const t = tally(id);
      t.days += 1;
      if (spasm) t.spasmDays += 1;
    }
  }
  const sets = { count: 0, controlDays: 0 };
  for (const e of diary.episodes) {
    const done = diary.exposures.get(e.day) ?? [];
    for (const id of done) tally(id).linked += 1;
    if (e.activityId === undefined) continue;
    const onset = tally(e.activityId);
    onset.beganWith += 1;
    if (!done.includes(e.activityId)) onset.linked += 1;
    const m = e.controls.length;
    if (m === 0) continue;
    sets.count += 1;
    sets.controlDays += m;
    // Only the onset activity and those done on control days add to their Mantel-Haenszel sums.
    const touched = new Set([e.activityId, ...e.controls.flat()]);
    for (const id of touched) {
      const t = tally(id);
      const hazard = id === e.activityId ? 1 : 0;
      const exposed = e.controls.filter((c) => c.includes(id)).length;
      t.hazard += hazard;
      t.controlExposed += exposed;
      t.mhNumerator += (hazard * (m - exposed)) / (m + 1);
      t.mhDenominator += ((1 - hazard) * exposed) / (m + 1);
    }
  }
  return { tallies, totalSpasmDays, sets };
}
