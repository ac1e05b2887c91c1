import { useMemo } from 'react';
import { activityName, spasmsByMonth } from '../../domain/episodes';
import { movementLabels, type Movement } from '../../domain/episodes';
import { analysePatterns } from '../../domain/triggers';
import { buildDiary, type Diary } from '../../domain/triggers';
import type { TriggerFinding } from '../../domain/triggers';
import { useCheckins } from '../../data/episodes/checkin-queries';
import { convertingOnce, systemClock } from '../../data/clock';
import { useCustomActivities, useEpisodes } from '../../data/episodes/episode-queries';
import { useSettings } from '../../data/settings/settings-queries';

// The browser knows the person's time zone; the domain takes these as arguments to stay pure.
const hourOf = (instant: string) => new Date(instant).getHours();
const weekdayOf = (instant: string) => new Date(instant).getDay();

/** The whole Patterns analysis over the live diary, with names; undefined while loading. */
export function usePatterns() {
  const episodes = useEpisodes();
  const checkins = useCheckins();
  const custom = useCustomActivities();
  const settings = useSettings();
  return useMemo(() => {
    if (!episodes || !checkins || !custom || !settings) return undefined;
    const today = systemClock().today;
    // Every spasm's local day, converted once for this analysis and the figures drawn from it.
    const dayOf = convertingOnce();
    const patterns = analysePatterns({
      episodes: episodes.records,
      checkins: checkins.records,
      today,
      weekStartsOn: settings.weekStartsOn,
      dayOf,
      hourOf,
      weekdayOf,
    });
    const nameOf = (f: Pick<TriggerFinding, 'kind' | 'id'>) =>
      f.kind === 'movement' ? movementLabels[f.id as Movement] : activityName(f.id, custom);
    // Check-in days the activity was done (ticked, or a spasm began with it): for the tap-through
    // only, so the diary is built again when a finding is opened, not with the screen.
    let diary: Diary | undefined;
    const exposureDays = (id: string) => {
      diary ??= buildDiary(episodes.records, checkins.records, dayOf);
      return [...diary.exposures].filter(([, done]) => done.includes(id)).map(([day]) => day);
    };
    return {
      ...patterns,
      exposureDays,
      nameOf,
      episodes: episodes.records,
      months: spasmsByMonth(episodes.records, today, dayOf),
      dayOf,
      weekStartsOn: settings.weekStartsOn,
      unreadable: episodes.unreadable + checkins.unreadable,
    };
  }, [episodes, checkins, custom, settings]);
}

export type LoadedPatterns = NonNullable<ReturnType<typeof usePatterns>>;

/** The tap-through path for a finding: the spasms behind it. */
export const findingPath = (f: Pick<TriggerFinding, 'kind' | 'id'>) =>
  `/patterns/${f.kind}/${encodeURIComponent(f.id)}`;
