import type { Checkin, DayOf, Episode } from '../episodes';
import { wilson, type Proportion } from '../common';
import { logFactorials, midP, rateRatio, type RateRatio } from './exact-test';
import { tallyMovements } from './movement-tally';
import { buildDiary, compare } from './trigger-diary';
import { tallyActivities, type Tally } from './trigger-tally';
import {
  adjustFamily,
  gateVerdict,
  MIN_DAYS,
  passesGate,
  shortfall,
  testedVerdict,
  verdictOrder,
  type Adjusted,
  type Shortfall,
  type TriggerCounts,
  type Verdict,
} from './trigger-verdict';

export type TriggerFinding = {
  kind: 'activity' | 'movement';
  id: string;
  /** Spasms that began with it, of all spasms. */
  share: Proportion;
  /** Spasms on check-in days it was done that began with something else. */
  othersOnDays: number;
  /** max(spasm days with it, spasms that began with it): the gate's count. */
  linked: number;
  counts: TriggerCounts;
  /** Raw one-sided mid-p of the onset test and of the day test (for the clinician, never the person). */
  pOnset: number;
  pDay: number;
  /** Holm p and BH q over the family; null when the finding did not pass the gate. */
  adjusted: Adjusted | null;
  /** Days a spasm began with it over days with it, against spasm days over other days. */
  rateRatio: RateRatio | null;
  /** Activities done on the same days: more than half of either's days (the co-exposure note). */
  sharedDaysWith: string[];
  /** Movements: the activities the person has logged with it, whose days are its days. */
  via: string[];
  shortfall: Shortfall;
  verdict: Verdict;
};

type Raw = Omit<TriggerFinding, 'adjusted' | 'verdict'>;

function raw(
  kind: TriggerFinding['kind'],
  id: string,
  t: Tally,
  total: number,
  checkinDays: number,
  spasmDayCount: number,
  logFact: Float64Array,
): Raw {
  const counts: TriggerCounts = {
    daysWith: t.days,
    daysWithout: checkinDays - t.days,
    spasmDaysWith: t.spasmDays,
    spasmDaysWithout: spasmDayCount - t.spasmDays,
    onsetDays: t.onsetDays,
    linked: Math.max(t.spasmDays, t.beganWith),
  };
  const onset = {
    hits: counts.onsetDays,
    days: counts.daysWith,
    otherHits: counts.spasmDaysWithout,
    otherDays: counts.daysWithout,
  };
  return {
    kind,
    id,
    share: wilson(t.beganWith, total),
    othersOnDays: t.othersOnDays,
    linked: counts.linked,
    counts,
    pOnset: midP(onset, logFact),
    pDay: midP({ ...onset, hits: counts.spasmDaysWith }, logFact),
    rateRatio: null,
    sharedDaysWith: [],
    via: [],
    shortfall: shortfall(counts),
  };
}

/** Gate, then Holm and BH over the findings past it: the verdicts of one family. */
function judge(family: Raw[]): TriggerFinding[] {
  const tested = family.filter((f) => passesGate(f.counts));
  const adjusted = adjustFamily(tested);
  return family.map((f) => {
    const i = tested.indexOf(f);
    const adj = adjusted[i];
    if (i < 0 || adj === undefined) return { ...f, adjusted: null, verdict: gateVerdict(f.counts) };
    return { ...f, adjusted: adj, verdict: testedVerdict(f, adj) };
  });
}

const rank = (f: TriggerFinding) => verdictOrder.indexOf(f.verdict);
const rateGap = ({ counts: c }: TriggerFinding) =>
  (c.daysWith ? c.onsetDays / c.daysWith : 0) -
  (c.daysWithout ? c.spasmDaysWithout / c.daysWithout : 0);

/**
 * Every activity and movement the diary mentions, each with its verdict (docs/domain.md §2): an
 * exact conditional test (one-sided mid-p Fisher) on the days a spasm began with it, Holm for
 * "likely" and Benjamini-Hochberg for "possible" across the activities past the minimum-data gate
 * (movements are a family of their own), and the day-level test as a guard. Strongest verdict
 * first, then most spasms begun with it, then the largest rate gap, activities first, then id.
 * Soft-deleted records never count; the result never depends on input order.
 */
export function analyseTriggers(
  episodes: readonly Episode[],
  checkins: readonly Checkin[],
  dayOf: DayOf,
): TriggerFinding[] {
  const diary = buildDiary(episodes, checkins, dayOf);
  const total = diary.episodes.length;
  const acts = tallyActivities(diary);
  const moves = tallyMovements(diary);
  const logFact = logFactorials(acts.checkinDays + 1);
  const make = (kind: TriggerFinding['kind'], id: string, t: Tally) => {
    const f = raw(kind, id, t, total, acts.checkinDays, acts.spasmDayCount, logFact);
    const c = f.counts;
    f.rateRatio = rateRatio({
      hits: c.onsetDays,
      days: c.daysWith,
      otherHits: c.spasmDaysWithout,
      otherDays: c.daysWithout,
    });
    return f;
  };
  const activities = [...acts.tallies].map(([id, t]) => {
    const f = make('activity', id, t);
    f.sharedDaysWith = [...acts.tallies]
      .filter(([other, o]) => {
        if (other === id || o.days < MIN_DAYS || t.days < MIN_DAYS) return false;
        const both = acts.sharedDays(id, other);
        return both * 2 > t.days || both * 2 > o.days;
      })
      .sort(([a], [b]) => acts.sharedDays(id, b) - acts.sharedDays(id, a) || compare(a, b))
      .map(([other]) => other);
    return f;
  });
  const movements = [...moves.tallies].map(([id, t]) => {
    const f = make('movement', id, t);
    f.via = [...(moves.via.get(id) ?? [])].sort(compare);
    return f;
  });
  return [...judge(activities), ...judge(movements)].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.share.count - a.share.count ||
      rateGap(b) - rateGap(a) ||
      compare(a.kind, b.kind) ||
      compare(a.id, b.id),
  );
}
