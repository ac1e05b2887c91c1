import { useLiveQuery } from 'dexie-react-hooks';
import { activityName, addDays, episodeMatcher, episodeSchema } from '../../domain/episodes';
import { recentCounts, type Episode, type EpisodeSearch } from '../../domain/episodes';
import { dayOfInstant } from '../clock';
import { db } from '../db';
import { parseRows, type ReadResult } from '../repository';

/** Spasms the Log shows at first; "Show earlier spasms" adds as many again. */
export const LOG_PAGE = 50;
/** The most rows the Log renders at once: past it, the newest pages make way for earlier ones. */
export const LOG_MAX_ROWS = 300;

export type EpisodeLog = ReadResult<Episode> & {
  /** Matching spasms newer than those shown (left out to keep the list short). */
  skipped: number;
  /** Whether a matching spasm is older than those shown. */
  hasEarlier: boolean;
  /** The counts on top of the Log, over every spasm whatever the search. */
  recent: { daysSinceLast: number | null; inLast30Days: number };
};

const notDeleted = (row: { deletedAt?: string | undefined }) => row.deletedAt === undefined;

async function readRecent(today: string) {
  const [latest] = (await newestMatching('', '\uffff', notDeleted, 1)).rows;
  // A day's margin: the 30 days are local days, startedAt is UTC. Read whole, then filtered (see
  // newestMatching for why not in the query); up to '\uffff', as Dexie's query cache never
  // matches a range open at the top (aboveOrEqual) with another.
  const recent = (
    await db.episodes
      .where('startedAt')
      .between(addDays(today, -31), '\uffff', true, false)
      .toArray()
  ).filter(notDeleted);
  const rows = latest && !recent.some((e) => e.id === latest.id) ? [latest, ...recent] : recent;
  return recentCounts(parseRows(episodeSchema, rows).records, today, dayOfInstant);
}

/**
 * The newest `wanted` spasms in [lower, upper) on the startedAt index that `matches` keeps, newest
 * first, and whether any older one exists. Read in batches, each one request for the whole batch
 * (getAll, newest first), each as large as what is still missing, filtered here. A filter inside
 * the query would step a cursor instead, which Dexie's query cache never holds: only whole reads
 * can be kept read ahead of the History tap (../kept-reads.ts, docs/performance.md). A batch goes
 * on from the last startedAt read, that instant included (and the batch larger by the spasms read
 * again there), skipping those already seen: spasms that share an instant are neither lost nor
 * doubled.
 */
async function newestMatching(
  lower: string,
  upper: string,
  matches: (row: Episode) => boolean,
  wanted: number,
): Promise<{ rows: Episode[]; more: boolean }> {
  const found: Episode[] = [];
  const seen = new Set<string>();
  let top = upper;
  let topIncluded = false;
  let batch = wanted + 1;
  for (;;) {
    const rows = await db.episodes
      .where('startedAt')
      .between(lower, top, true, topIncluded)
      .reverse()
      .limit(batch)
      .toArray();
    for (const row of rows) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      if (typeof row.startedAt === 'string' && matches(row)) found.push(row);
    }
    const last = rows.at(-1);
    if (found.length > wanted || rows.length < batch || last === undefined) {
      return { rows: found.slice(0, wanted), more: found.length > wanted };
    }
    top = last.startedAt;
    topIncluded = true;
    const readAgain = rows.filter((row) => row.startedAt === top).length;
    batch = wanted + 1 - found.length + readAgain;
  }
}

/**
 * The Log's page: the `shown` newest spasms matching `search`, newest first, but never more than
 * LOG_MAX_ROWS (the newest are skipped then). Walks the startedAt index from the newest, within
 * the date range when there is one (a day's margin each side: days are local, startedAt is UTC),
 * and stops once it has one spasm past the page, so it reads what it shows, not the whole diary
 * (a rare search matches little and walks further).
 */
export async function readEpisodeLog(
  search: EpisodeSearch,
  shown: number,
  today: string,
): Promise<EpisodeLog> {
  // The counts on top don't depend on the search: read alongside the page, not after it.
  const [page, recent] = await Promise.all([readPage(search, shown), readRecent(today)]);
  return { ...page, recent };
}

async function readPage(search: EpisodeSearch, shown: number) {
  const custom = await db.activities.toArray();
  const matches = episodeMatcher(search, (id) => activityName(id, custom), dayOfInstant);
  const lower = search.from ? addDays(search.from, -1) : '';
  const upper = search.to ? addDays(search.to, 2) : '\uffff';
  const skipped = Math.max(0, shown - LOG_MAX_ROWS);
  const { rows, more } = await newestMatching(lower, upper, matches, shown);
  return {
    ...parseRows(episodeSchema, rows.slice(skipped)),
    skipped,
    hasEarlier: more,
  };
}

/** readEpisodeLog, live; undefined while loading. */
export function useEpisodeLog(search: EpisodeSearch, shown: number, today: string) {
  const { text, from, to, activityId, movement } = search;
  return useLiveQuery(
    () => readEpisodeLog({ text, from, to, activityId, movement }, shown, today),
    [text, from, to, activityId, movement, shown, today],
  );
}

/**
 * Every activity a spasm not deleted began with, over the whole diary: the activityId index's
 * distinct keys (keys only), each confirmed by one live spasm, so the Log's filter offers every
 * activity ever used without reading every spasm.
 */
export async function readUsedActivityIds(): Promise<string[]> {
  const ids = (await db.episodes.orderBy('activityId').uniqueKeys()).map(String);
  const used = await Promise.all(
    ids.map(
      async (id) =>
        (await db.episodes.where('activityId').equals(id).filter(notDeleted).first()) !== undefined,
    ),
  );
  return ids.filter((_, i) => used[i]);
}

/** readUsedActivityIds, live. */
export function useUsedActivityIds() {
  return useLiveQuery(readUsedActivityIds);
}
