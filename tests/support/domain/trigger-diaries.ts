// Seeded synthetic diaries for the trigger calibration suite (docs/domain.md §2): one check-in a
// day, each activity done on its own share of days, a spasm when a done activity fires its own
// chance (recorded with it as the onset) or at a base rate (onset "not sure", or in the stress
// case blamed on something done that day). Deterministic: a seeded PRNG, never Math.random.
import type { Checkin } from '../../../src/domain/episodes';
import type { Episode, Movement } from '../../../src/domain/episodes';
import { seededRandom } from '../../bench/synthetic-diary';

export type ActivitySpec = {
  id: string;
  /** Share of days it is done (0-1); with `coDoneWith`, the share on days the other is not done. */
  share: number;
  /** Chance a spasm begins with it on a day it is done (0 for a harmless activity). */
  chance?: number;
  /** The movement its spasms begin with. */
  movement: Movement;
  /** Done on this share of the days an earlier activity is done (co-exposure). */
  coDoneWith?: { id: string; share: number };
};

export type Scenario = {
  days: number;
  /** Chance per day of a spasm unrelated to any activity. */
  base: number;
  activities: readonly ActivitySpec[];
  /** Stress case: every "not sure" spasm is blamed on an activity done that day, when there is one. */
  blameNotSure?: boolean;
  lastDay?: string;
};

const pad = (n: number) => String(n).padStart(2, '0');
const meta = (id: string, day: string) => ({
  id,
  createdAt: `${day}T21:00:00.000Z`,
  updatedAt: `${day}T21:00:00.000Z`,
});

function dayList(days: number, lastDay: string): string[] {
  const last = Date.parse(`${lastDay}T00:00:00.000Z`);
  return Array.from({ length: days }, (_, i) =>
    new Date(last - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10),
  );
}

/** One diary of the scenario; the same seed always gives the same records. */
export function generateDiary(scenario: Scenario, seed: number) {
  const random = seededRandom(seed);
  const checkins: Checkin[] = [];
  const episodes: Episode[] = [];
  const spec = new Map(scenario.activities.map((a) => [a.id, a]));
  for (const day of dayList(scenario.days, scenario.lastDay ?? '2026-11-25')) {
    const done: string[] = [];
    for (const a of scenario.activities) {
      const co = a.coDoneWith;
      const share = co && done.includes(co.id) ? co.share : a.share;
      if (random() < share) done.push(a.id);
    }
    checkins.push({ ...meta(`c-${day}`, day), day, backPain: 2, activityIds: done });
    const spasm = (activityId: string | undefined, movement: Movement) => {
      const n = episodes.length;
      episodes.push({
        ...meta(`e-${String(n)}`, day),
        startedAt: `${day}T${pad(7 + (n % 12))}:${pad(n % 60)}:00.000Z`,
        severity: 5,
        region: 'lower-back',
        activityId,
        movement,
        easedBy: [],
      });
    };
    for (const id of done) {
      const a = spec.get(id);
      if (a?.chance !== undefined && random() < a.chance) spasm(id, a.movement);
    }
    if (random() < scenario.base) {
      const blamed = scenario.blameNotSure ? done[Math.floor(random() * done.length)] : undefined;
      spasm(blamed, blamed === undefined ? 'not-sure' : (spec.get(blamed)?.movement ?? 'not-sure'));
    }
  }
  return { checkins, episodes };
}

/** Eight activities with their own shares and movements; none adds any risk unless given a chance. */
export const eightActivities: readonly ActivitySpec[] = [
  { id: 'cat-floor-pickup', share: 0.2, movement: 'bending-forward' },
  { id: 'cat-gardening', share: 0.3, movement: 'twisting' },
  { id: 'cat-desk-work', share: 0.7, movement: 'sustained-sitting' },
  { id: 'cat-housework', share: 0.4, movement: 'reaching' },
  { id: 'cat-long-sitting', share: 0.5, movement: 'bending-backward' },
  { id: 'cat-exercise-sport', share: 0.15, movement: 'sudden-movement' },
  { id: 'cat-carrying-child', share: 0.25, movement: 'lifting' },
  { id: 'cat-long-standing', share: 0.35, movement: 'sustained-standing' },
];

/** The same eight with the first made a trigger of the given daily chance. */
export const withTrigger = (chance: number, activities = eightActivities) =>
  activities.map((a, i) => (i === 0 ? { ...a, chance } : a));
