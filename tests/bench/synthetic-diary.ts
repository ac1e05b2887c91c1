// A deterministic synthetic diary for tests and the benchmark: seeded PRNG (never Math.random),
// so every run sees the same records.
import type { Checkin } from '../../src/domain/episodes/checkin';
import { movements, type Episode, type Movement } from '../../src/domain/episodes/episode';
import { addDays } from '../../src/domain/episodes/episode-history';

/** mulberry32 (Tommy Ettinger's public-domain 32-bit generator): uniform in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type DiaryOptions = {
  seed: number;
  /** Check-in days, ending on `lastDay`. */
  days: number;
  episodes: number;
  lastDay?: string;
  /** Activity id -> share of days it is done (0-1). */
  activities?: Record<string, number>;
  /** The planted trigger: spasms are `strength` times as likely on days it is done. */
  trigger?: { id: string; strength: number };
  /**
   * Relative chance (0-1) that a spasm begins on the `index`-th day (0 = the first), for bursts
   * and a slow recovery over the years; 1 on every day when left out.
   */
  spasmWeight?: (index: number) => number;
};

export const PLANTED_TRIGGER = 'cat-floor-pickup';
export const UNRELATED_ACTIVITY = 'cat-gardening';
const defaultActivities: Record<string, number> = {
  [PLANTED_TRIGGER]: 0.2,
  [UNRELATED_ACTIVITY]: 0.3,
  'cat-desk-work': 0.7,
  'cat-housework': 0.4,
  'cat-long-sitting': 0.5,
  'cat-exercise-sport': 0.15,
};
const meta = (id: string, day: string) => ({
  id,
  createdAt: `${day}T21:00:00.000Z`,
  updatedAt: `${day}T21:00:00.000Z`,
});
const pad = (n: number) => String(n).padStart(2, '0');

/** Check-ins on every one of `days` days and exactly `episodes` spasms, in UTC days. */
export function syntheticDiary(options: DiaryOptions): {
  checkins: Checkin[];
  episodes: Episode[];
} {
  const { seed, days, lastDay = '2026-11-25', activities = defaultActivities } = options;
  const trigger = options.trigger ?? { id: PLANTED_TRIGGER, strength: 8 };
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  const first = addDays(lastDay, -(days - 1));
  const checkins: Checkin[] = Array.from({ length: days }, (_, i) => {
    const day = addDays(first, i);
    const done = Object.entries(activities).flatMap(([id, share]) =>
      random() < share ? [id] : [],
    );
    return {
      ...meta(`checkin-${i}`, day),
      day,
      backPain: Math.floor(random() * 6),
      activityIds: done,
    };
  });

  const episodes: Episode[] = [];
  const weight = options.spasmWeight ?? (() => 1);
  while (episodes.length < options.episodes) {
    const index = Math.floor(random() * days);
    const checkin = checkins[index];
    if (!checkin) continue;
    const exposed = checkin.activityIds.includes(trigger.id);
    // Rejection sampling: a day with the trigger is accepted `strength` times as often.
    if (random() >= weight(index) * (exposed ? 1 : 1 / trigger.strength)) continue;
    const activityId = exposed && random() < 0.8 ? trigger.id : pick(checkin.activityIds);
    const movement: Movement =
      activityId === trigger.id ? 'bending-forward' : (pick(movements) ?? 'not-sure');
    const hour = 6 + Math.floor(random() * 16);
    const startedAt = `${checkin.day}T${pad(hour)}:${pad(Math.floor(random() * 60))}:00.000Z`;
    episodes.push({
      ...meta(`episode-${episodes.length}`, checkin.day),
      startedAt,
      severity: 2 + Math.floor(random() * 8),
      region: 'lower-back',
      activityId,
      movement,
      easedBy: [],
    });
  }
  return { checkins, episodes };
}

/** Local day, hour and weekday of an instant, taking UTC as the local zone (tests and bench). */
export const utcDay = (instant: string) => instant.slice(0, 10);
export const utcHour = (instant: string) => new Date(instant).getUTCHours();
export const utcWeekday = (instant: string) => new Date(instant).getUTCDay();

export type PlannedDay = {
  activities: readonly string[];
  /** Spasms that began that day, each with its onset activity (or none) and movement. */
  spasms?: readonly { activityId?: string; movement?: Movement; hour?: number }[];
};

/** A hand-made diary: one check-in per planned day, consecutive days ending on `lastDay`. */
export function diaryFromDays(
  days: readonly PlannedDay[],
  lastDay = '2026-11-25',
): { checkins: Checkin[]; episodes: Episode[] } {
  const first = addDays(lastDay, -(days.length - 1));
  const checkins: Checkin[] = [];
  const episodes: Episode[] = [];
  days.forEach((planned, i) => {
    const day = addDays(first, i);
    checkins.push({
      ...meta(`c-${day}`, day),
      day,
      backPain: 2,
      activityIds: [...planned.activities],
    });
    (planned.spasms ?? []).forEach((spasm, n) => {
      episodes.push({
        ...meta(`e-${day}-${n}`, day),
        startedAt: `${day}T${pad(spasm.hour ?? 9)}:${pad(n)}:00.000Z`,
        severity: 5,
        region: 'lower-back',
        activityId: spasm.activityId,
        movement: spasm.movement ?? 'not-sure',
        easedBy: [],
      });
    });
  });
  return { checkins, episodes };
}
