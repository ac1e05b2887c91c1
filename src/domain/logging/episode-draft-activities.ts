import type { Activity, CatalogueActivity } from '../episodes';
import type { Episode } from '../episodes';

/** An activity the "What were you doing?" list offers. */
export type ActivityChoice = { id: string; name: string };

type Use = { count: number; last: number };

/**
 * Every catalogue and (not deleted) custom activity, the person's most used first: by count of
 * uses (in episodes that are not deleted, plus each check-in listing it), then most recent use
 * in an episode, then catalogue order, then custom activities by name and id.
 * Invariant: the result depends only on the contents of `episodes`, `checkinActivityIds` and
 * `custom`, never on their order, and lists each id once.
 */
export function rankActivities(
  episodes: readonly Episode[],
  checkinActivityIds: readonly string[],
  custom: readonly Activity[],
  catalogue: readonly CatalogueActivity[],
): ActivityChoice[] {
  const uses = new Map<string, Use>();
  const addUse = (id: string, at: number) => {
    const current = uses.get(id) ?? { count: 0, last: -Infinity };
    uses.set(id, { count: current.count + 1, last: Math.max(current.last, at) });
  };
  for (const episode of episodes) {
    if (episode.deletedAt === undefined && episode.activityId !== undefined) {
      addUse(episode.activityId, Date.parse(episode.startedAt));
    }
  }
  for (const id of checkinActivityIds) addUse(id, -Infinity);

  const own = custom
    .filter((activity) => activity.deletedAt === undefined)
    .map(({ id, name }) => ({ id, name }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id));
  const seen = new Set<string>();
  const base = [...catalogue.map(({ id, name }) => ({ id, name })), ...own].filter((choice) => {
    if (seen.has(choice.id)) return false;
    seen.add(choice.id);
    return true;
  });
  const none: Use = { count: 0, last: -Infinity };
  const ranked = base.map((choice, index) => ({ choice, index, use: uses.get(choice.id) ?? none }));
  ranked.sort(
    (a, b) =>
      b.use.count - a.use.count || compareNumber(b.use.last, a.use.last) || a.index - b.index,
  );
  return ranked.map(({ choice }) => choice);
}

// Plain code-unit order: locale-independent, so the ranking is the same on every device.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// -Infinity - -Infinity is NaN, so compare rather than subtract.
function compareNumber(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The listed activity whose name matches `name` ignoring case and surrounding spaces, so typing
 * "gardening" under "Add your own" reuses the catalogue entry instead of adding a twin.
 */
export function findActivityByName(
  name: string,
  choices: readonly ActivityChoice[],
): ActivityChoice | undefined {
  const wanted = name.trim().toLowerCase();
  return choices.find((choice) => choice.name.trim().toLowerCase() === wanted);
}
