import type { Diary } from './trigger-diary';

/** Day-level counts of one activity or movement over the check-in days (docs/domain.md §2). */
export type Tally = {
  /** Spasms that began with it, any day. */
  beganWith: number;
  /** Check-in days with it (n1), and spasm days among them (x). */
  days: number;
  spasmDays: number;
  /** Days with it on which a spasm began with it (b, in days for the exact test). */
  onsetDays: number;
  /** Spasms on check-in days it was done that began with something else. */
  othersOnDays: number;
};

const emptyTally = (): Tally => ({
  beganWith: 0,
  days: 0,
  spasmDays: 0,
  onsetDays: 0,
  othersOnDays: 0,
});

/**
 * Every activity's counts in single passes over the check-in days and the spasms, rather than one
 * pass per activity: ten years of data stay within the analysis budget (docs/architecture.md).
 * Also counts, for each pair of activities, the check-in days they shared (the co-exposure note).
 */
export function tallyActivities(diary: Diary) {
  const tallies = new Map<string, Tally>();
  const tally = (id: string) => {
    let t = tallies.get(id);
    if (t === undefined) tallies.set(id, (t = emptyTally()));
    return t;
  };
  const index = new Map<string, number>();
  const ids: string[] = [];
  for (const done of diary.exposures.values())
    for (const id of done)
      if (!index.has(id)) {
        index.set(id, ids.length);
        ids.push(id);
      }
  const k = ids.length;
  const shared = new Uint32Array(k * k);
  let spasmDayCount = 0;
  for (const [day, done] of diary.exposures) {
    const spasm = diary.spasmDays.has(day);
    if (spasm) spasmDayCount += 1;
    for (let i = 0; i < done.length; i++) {
      const id = done[i] as string;
      const t = tally(id);
      t.days += 1;
      if (spasm) t.spasmDays += 1;
      const a = index.get(id) ?? 0;
      for (let j = i + 1; j < done.length; j++) {
        const b = index.get(done[j] as string) ?? 0;
        shared[a * k + b] = (shared[a * k + b] ?? 0) + 1;
        shared[b * k + a] = (shared[b * k + a] ?? 0) + 1;
      }
    }
  }
  const onsetSeen = new Set<string>();
  for (const e of diary.episodes) {
    const done = diary.exposures.get(e.day);
    if (done) for (const id of done) if (id !== e.activityId) tally(id).othersOnDays += 1;
    if (e.activityId === undefined) continue;
    const t = tally(e.activityId);
    t.beganWith += 1;
    const key = `${e.day}\u0000${e.activityId}`;
    if (done && !onsetSeen.has(key)) {
      onsetSeen.add(key);
      t.onsetDays += 1;
    }
  }
  const sharedDays = (a: string, b: string) => {
    const i = index.get(a);
    const j = index.get(b);
    return i === undefined || j === undefined ? 0 : (shared[i * k + j] ?? 0);
  };
  return { tallies, spasmDayCount, checkinDays: diary.exposures.size, ids, sharedDays };
}
