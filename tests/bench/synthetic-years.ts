// Ten years of one synthetic person's use of the app, for `npm run seed` and `npm run bench`:
// a check-in every day, spasms in bursts that thin out as the years go by (with a planted trigger),
// an exercise plan followed three days a week and reviewed every week by the real weekly review,
// medicines, a beliefs journal, experiments, weekly ratings and safety checks.
// Deterministic: seeded PRNGs (never Math.random) and the last day passed in (never the clock).
import type { Activity } from '../../src/domain/episodes/activity';
import type { Belief, Experiment } from '../../src/domain/guide/belief';
import type { Checkin, MorningResponse } from '../../src/domain/episodes/checkin';
import { weekdayOf } from '../../src/domain/common/day-number';
import { easers, sides, type Episode } from '../../src/domain/episodes/episode';
import { addDays, daysBetween } from '../../src/domain/episodes/episode-history';
import type { Medication } from '../../src/domain/medications/medication';
import type { Outcome } from '../../src/domain/guide/outcome';
import type { Plan } from '../../src/domain/plan/plan';
import type { NewPlanChange } from '../../src/domain/plan/plan-change';
import type { ExerciseSet, Session } from '../../src/domain/plan/session';
import type { Settings } from '../../src/domain/settings/settings';
import { HISTORY_KEPT } from '../../src/domain/review/review-history';
import { reviewWeek } from '../../src/domain/review/weekly-review';
import { PLANTED_TRIGGER, seededRandom, syntheticDiary } from './synthetic-diary';
import { at, clamp, plusMinutes } from './synthetic-time';
import { startPlan, trainingWeek, utcDay } from './synthetic-training';
import {
  hardActivities,
  journal,
  medicines,
  screenings,
  weeklyOutcomes,
  type SyntheticScreening,
} from './synthetic-journal';

export type YearsOptions = {
  /** The last day of the diary ('YYYY-MM-DD'): "today" for the person. */
  lastDay: string;
  seed?: number;
  /** Check-in days, ending on `lastDay` (3,650: ten years). */
  days?: number;
  /** Spasms in all (1,000). */
  episodes?: number;
};

/** One weekly review as the app runs it the morning after the week: the new plan and its entry. */
export type ReviewStep = { day: string; at: string; plan: Plan; change: NewPlanChange };

export type SyntheticYears = {
  firstDay: string;
  lastDay: string;
  /** The person's settings after onboarding (saved on the first day). */
  settings: Pick<
    Settings,
    'units' | 'weekStartsOn' | 'onboarding' | 'reminders' | 'hardActivities' | 'lastRegion'
  > & { suspectedTriggers: string[] };
  /** Activities of the person's own; check-ins and spasms refer to them by these ids. */
  activities: Activity[];
  checkins: Checkin[];
  episodes: Episode[];
  sessions: Session[];
  sets: ExerciseSet[];
  /** The plan as set up (step 2, two weeks after the first check-in). */
  plan: Plan;
  /** Every weekly review of a week that is over, oldest first. */
  reviews: ReviewStep[];
  medications: Medication[];
  beliefs: Belief[];
  experiments: Experiment[];
  outcomes: Outcome[];
  screenings: SyntheticScreening[];
};

export const OWN_ACTIVITIES = [
  { id: 'own-dog-walk', name: 'Walking the dog', share: 0.6 },
  { id: 'own-shopping-stairs', name: 'Carrying shopping upstairs', share: 0.15 },
  { id: 'own-five-a-side', name: 'Five-a-side football', share: 0.08 },
] as const;

const activityShares: Record<string, number> = {
  [PLANTED_TRIGGER]: 0.2,
  'cat-gardening': 0.25,
  'cat-desk-work': 0.65,
  'cat-housework': 0.4,
  'cat-long-sitting': 0.45,
  'cat-lifting-heavy': 0.08,
  'cat-getting-out-of-bed': 0.1,
  ...Object.fromEntries(OWN_ACTIVITIES.map((a) => [a.id, a.share])),
};

/**
 * Bursts of spasm-prone days: 14 in the first year, a fifth fewer each year after (about 63 in
 * ten years), 2 to 6 days each. A spasm is 500 times as likely to begin on one of those days,
 * never on the last day (the person's today has not happened yet).
 */
function flareDays(random: () => number, days: number): Float64Array {
  const weights = new Float64Array(days).fill(0.002);
  for (let year = 0; year * 365 < days; year += 1) {
    const bursts = Math.round(14 * 0.8 ** year);
    for (let b = 0; b < bursts; b += 1) {
      const start = year * 365 + Math.floor(random() * 365);
      const length = 2 + Math.floor(random() * 5);
      for (let d = start; d < Math.min(days, start + length); d += 1) weights[d] = 1;
    }
  }
  weights[days - 1] = 0;
  return weights;
}

/** Minutes a spasm lasts: mostly under 3 hours, sometimes a day, now and then a few days. */
function durationMinutes(random: () => number): number {
  const roll = random();
  if (roll < 0.7) return 20 + Math.floor(random() * 160);
  if (roll < 0.95) return 180 + Math.floor(random() * 1260);
  return 1440 + Math.floor(random() * 2880);
}

function enrichEpisodes(random: () => number, raw: readonly Episode[], lastDay: string): Episode[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const ease = easers.filter((e) => e !== 'nothing');
  return raw.map((episode) => {
    const endedAtLatest = at(lastDay, 0);
    let endedAt = plusMinutes(episode.startedAt, durationMinutes(random));
    if (endedAt > endedAtLatest) endedAt = plusMinutes(episode.startedAt, 45);
    const easedBy =
      random() < 0.05
        ? ['nothing' as const]
        : [...new Set([pick(ease), ...(random() < 0.5 ? [pick(ease)] : [])])];
    const region = random() < 0.9 ? 'lower-back' : pick(['mid-back', 'neck'] as const);
    return {
      id: episode.id,
      createdAt: plusMinutes(episode.startedAt, 3),
      updatedAt: plusMinutes(endedAt, 10),
      startedAt: episode.startedAt,
      severity: episode.severity,
      region,
      side: pick(sides),
      activityId: episode.activityId,
      movement: episode.movement,
      loadKg: episode.movement === 'lifting' ? 5 + Math.floor(random() * 16) : undefined,
      endedAt,
      easedBy,
      couldMove: random() < 0.85,
      notes: random() < 0.1 ? 'Felt it go as I straightened up.' : undefined,
    };
  });
}

function morningAnswer(random: () => number, flaring: boolean): MorningResponse {
  if (random() < (flaring ? 0.05 : 0.01)) return 'worse';
  return random() < 0.3 ? 'better' : 'same';
}

/**
 * The plan set up on `planDay` (a Monday), followed week by week: trainingWeek's sessions on the
 * plan's days (fewer while in flare mode), the next morning's answer on the check-in, and a weekly
 * review by the app's own reviewWeek of every week over by `lastDay`, each on the plan the one
 * before returned. Check-ins get their next-morning answers here.
 */
function followPlan(
  random: () => number,
  plan: Plan,
  checkins: readonly Checkin[],
  episodes: readonly Episode[],
  lastDay: string,
) {
  const firstDay = checkins[0]!.day;
  const checkinOn = (day: string) => checkins[daysBetween(firstDay, day)];
  const episodesByDay = new Map<string, Episode[]>();
  for (const e of episodes) {
    const day = utcDay(e.startedAt);
    episodesByDay.set(day, [...(episodesByDay.get(day) ?? []), e]);
  }
  const mornings = new Map<string, MorningResponse>();
  const sessions: Session[] = [];
  const sets: ExerciseSet[] = [];
  const reviews: ReviewStep[] = [];
  let previous: NewPlanChange | undefined;
  // Earlier reviews, newest first, as the app keeps them (stalls read the run before a week).
  const history: NewPlanChange[] = [];
  let current = plan;
  for (let weekOf = plan.createdAt.slice(0, 10); weekOf < lastDay; weekOf = addDays(weekOf, 7)) {
    const attendance = current.flareMode ? 0.9 : 0.98;
    const week = trainingWeek(random, current, weekOf, { attendance, before: lastDay });
    sessions.push(...week.sessions);
    sets.push(...week.sets);
    for (const session of week.sessions) {
      const next = addDays(session.day, 1);
      mornings.set(next, morningAnswer(random, current.flareMode));
    }
    const dayAfter = addDays(weekOf, 7);
    if (dayAfter > lastDay) break;
    const days = Array.from({ length: 8 }, (_, i) => addDays(weekOf, i));
    const weekCheckins = days.flatMap((day) => {
      const checkin = checkinOn(day);
      return checkin ? [{ ...checkin, morningAfterSession: mornings.get(day) }] : [];
    });
    const review = reviewWeek({
      plan: current,
      weekOf,
      sessions: week.sessions,
      sets: week.sets,
      checkins: weekCheckins,
      episodes: days.slice(0, 7).flatMap((day) => episodesByDay.get(day) ?? []),
      dayOf: utcDay,
      previous,
      history: [...history],
    });
    reviews.push({
      day: dayAfter,
      at: at(dayAfter, 7, 30),
      plan: review.plan,
      change: review.change,
    });
    current = review.plan;
    previous = review.change;
    history.unshift(review.change);
    history.length = Math.min(history.length, HISTORY_KEPT);
  }
  return { sessions, sets, reviews, mornings };
}

/**
 * Ten years (by default) of one person's records ending on `lastDay`. Every record passes its
 * schema and the "not in the future" rules at the time it is dated; ids are the generator's own
 * (the seed gives records fresh ids as the app does and maps the references).
 */
export function syntheticYears(options: YearsOptions): SyntheticYears {
  const { lastDay, seed = 2026, days = 3650, episodes: spasms = 1000 } = options;
  const firstDay = addDays(lastDay, -(days - 1));
  const weights = flareDays(seededRandom(seed + 1), days);
  const diary = syntheticDiary({
    seed,
    days,
    episodes: spasms,
    lastDay,
    activities: activityShares,
    spasmWeight: (index) => weights[index] ?? 0,
  });
  const detail = seededRandom(seed + 2);
  const episodes = enrichEpisodes(detail, diary.episodes, lastDay);

  const painful: Checkin[] = diary.checkins.map((c, i) => {
    // Pain is higher on spasm-prone days and eases over the years.
    const years = i / 365;
    const backPain = clamp(Math.round(c.backPain + 3 * (weights[i] ?? 0) - 0.3 * years), 0, 10);
    // The last day's check-in is that morning's; every other one is made in the evening.
    const stamp = c.day === lastDay ? at(c.day, 7, 30) : at(c.day, 20, 30);
    return {
      id: c.id,
      createdAt: stamp,
      updatedAt: stamp,
      day: c.day,
      backPain,
      activityIds: c.activityIds,
      morningAfterSession: undefined,
    };
  });

  // Set up two weeks into the diary, on a Monday, so the plan's first week is a full week.
  const planDay = addDays(firstDay, 14 + ((8 - weekdayOf(addDays(firstDay, 14))) % 7));
  const plan: Plan = { ...startPlan, createdAt: at(planDay, 20), updatedAt: at(planDay, 20) };
  const training = followPlan(seededRandom(seed + 3), plan, painful, episodes, lastDay);
  const checkins = painful.map((c) => ({
    ...c,
    morningAfterSession: training.mornings.get(c.day),
  }));
  return {
    firstDay,
    lastDay,
    settings: {
      units: 'kg',
      weekStartsOn: 1,
      onboarding: 'done',
      reminders: { checkinTime: '20:30', sessionTime: '18:15' },
      hardActivities,
      lastRegion: 'lower-back',
      suspectedTriggers: [PLANTED_TRIGGER, 'cat-long-sitting'],
    },
    activities: OWN_ACTIVITIES.map((a) => ({
      id: a.id,
      createdAt: at(firstDay, 20),
      updatedAt: at(firstDay, 20),
      name: a.name,
    })),
    checkins,
    episodes,
    sessions: training.sessions,
    sets: training.sets,
    plan,
    reviews: training.reviews,
    medications: medicines(firstDay),
    ...journal(seededRandom(seed + 4), firstDay, lastDay),
    outcomes: weeklyOutcomes(seededRandom(seed + 5), checkins, lastDay),
    screenings: screenings(firstDay, lastDay),
  };
}
