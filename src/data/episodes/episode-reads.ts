import { episodeSchema, type Episode } from '../../domain/episodes';
import { addDays } from '../../domain/episodes';
import { above, atLeast, type Reads } from '../reads';
import { hasShape, storedRows } from '../stored-rows';

// Spasm reads over Reads (Today's counts and its "still going" card). Each is an index lookup,
// an index range or a count (schema version 3): the same cost with ten years as with one week.

const liveEpisodes = (rows: unknown[]): Episode[] =>
  storedRows(episodeSchema, rows).records.filter((e) => e.deletedAt === undefined);
const isLiveEpisode = (row: unknown) => hasShape(episodeSchema, row) && row.deletedAt === undefined;

/** Spasms not deleted (unreadable ones included): two counts on indexes, no record read. */
export async function countLiveEpisodes(reads: Reads): Promise<number> {
  const [all, deleted] = await Promise.all([
    reads.count('episodes'),
    reads.count('episodes', 'deletedAt', above('')),
  ]);
  return all - deleted;
}

/**
 * What Today's counts need: the latest readable spasm not deleted, and every one that started in
 * the 31 days before `today` (a day's margin for time zones: the domain maps each start to its
 * local day). Reads the newest end of the startedAt index only.
 */
export async function readRecentEpisodes(reads: Reads, today: string): Promise<Episode[]> {
  const [latestRow, window] = await Promise.all([
    reads.find('episodes', 'startedAt', 'prev', isLiveEpisode),
    reads.all('episodes', 'startedAt', atLeast(addDays(today, -31))),
  ]);
  const recent = liveEpisodes(window);
  const [latest] = liveEpisodes(latestRow ? [latestRow] : []);
  return latest && !recent.some((e) => e.id === latest.id) ? [latest, ...recent] : recent;
}

/**
 * Spasms still going (no end time), not deleted, newest first. They are the records missing from
 * the endedAt index: when its count equals the table's, there are none and nothing more is read;
 * otherwise only the two key lists are compared and the few records left are fetched.
 */
export async function readUnfinishedEpisodes(reads: Reads): Promise<Episode[]> {
  const ended = above('');
  const [all, endedCount] = await Promise.all([
    reads.count('episodes'),
    reads.count('episodes', 'endedAt', ended),
  ]);
  if (all === endedCount) return [];
  const [ids, endedIds] = await Promise.all([
    reads.primaryKeys('episodes'),
    reads.primaryKeys('episodes', 'endedAt', ended),
  ]);
  const endedSet = new Set(endedIds);
  const rows = await reads.getMany(
    'episodes',
    ids.filter((id) => !endedSet.has(id)),
  );
  return liveEpisodes(rows.filter((row) => row !== undefined))
    .filter((e) => e.endedAt === undefined)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
