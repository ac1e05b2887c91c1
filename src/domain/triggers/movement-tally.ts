import type { Movement } from '../episodes';
import type { Diary } from './trigger-diary';
import type { Tally } from './trigger-tally';

/**
 * Movements are not asked in the check-in, so a movement's days are the check-in days on which
 * the person did an activity they have logged a spasm with it (their own activity -> movement
 * links). Days known only from a spasm's movement are never added: they would all be spasm days and
 * make every movement look like a trigger (docs/decisions/0016-trigger-movement-days.md).
 * b is then the days among those on which a spasm began with the movement: the same rule as for
 * activities (docs/domain.md §2).
 */
export function tallyMovements(diary: Diary) {
  const linksOf = new Map<string, Movement[]>();
  const via = new Map<Movement, string[]>();
  for (const e of diary.episodes) {
    if (e.activityId === undefined || e.movement === 'not-sure') continue;
    const list = linksOf.get(e.activityId) ?? [];
    if (!list.includes(e.movement)) {
      linksOf.set(e.activityId, [...list, e.movement]);
      via.set(e.movement, [...(via.get(e.movement) ?? []), e.activityId]);
    }
  }
  const tallies = new Map<Movement, Tally>();
  for (const e of diary.episodes)
    if (e.movement !== 'not-sure' && !tallies.has(e.movement))
      tallies.set(e.movement, {
        beganWith: 0,
        days: 0,
        spasmDays: 0,
        onsetDays: 0,
        othersOnDays: 0,
      });
  const dayMovements = new Map<string, Movement[]>();
  for (const [day, done] of diary.exposures) {
    const moved: Movement[] = [];
    for (const id of done)
      for (const m of linksOf.get(id) ?? []) if (!moved.includes(m)) moved.push(m);
    if (moved.length === 0) continue;
    dayMovements.set(day, moved);
    const spasm = diary.spasmDays.has(day);
    for (const m of moved) {
      const t = tallies.get(m);
      if (!t) continue;
      t.days += 1;
      if (spasm) t.spasmDays += 1;
    }
  }
  const onsetSeen = new Set<string>();
  for (const e of diary.episodes) {
    const moved = dayMovements.get(e.day) ?? [];
    for (const m of moved) {
      const other = tallies.get(m);
      if (other && m !== e.movement) other.othersOnDays += 1;
    }
    const t = tallies.get(e.movement);
    if (!t) continue;
    t.beganWith += 1;
    const key = `${e.day}\u0000${e.movement}`;
    if (moved.includes(e.movement) && !onsetSeen.has(key)) {
      onsetSeen.add(key);
      t.onsetDays += 1;
    }
  }
  return { tallies, via };
}
