import { dayOfInstant } from '../../../data/clock';
import { LOG_MAX_ROWS, useEpisodeLog } from '../../../data/episodes/episode-log';
import { useSettings } from '../../../data/settings/settings-queries';
import { addDays, weekStart, type Episode } from '../../../domain/episodes';

export type WeekSpasms = { episodes: readonly Episode[]; thisWeek: boolean };

/**
 * The person's spasms of the last year (what eased them feeds the gentle routine) and whether
 * one started this week up to `day` (docs/domain.md §5b rule 1: the rest of the week offers a
 * lighter session). Undefined while loading.
 */
export function useWeekSpasms(day: string): WeekSpasms | undefined {
  const settings = useSettings();
  const log = useEpisodeLog({ from: addDays(day, -365), to: day }, LOG_MAX_ROWS, day);
  if (settings === undefined || log === undefined) return undefined;
  const from = weekStart(day, settings.weekStartsOn);
  const episodes: readonly Episode[] = log.records;
  const thisWeek = episodes.some((e) => {
    const started = dayOfInstant(e.startedAt);
    return started >= from && started <= day;
  });
  return { episodes, thisWeek };
}

type LighterOfferProps = {
  /** The lighter version is on. */
  lighter: boolean;
  /** No set saved yet today: the person can still switch. */
  canChange: boolean;
  onChange: (lighter: boolean) => void;
};

/** After a spasm this week: today's session, one tap lighter, the plan itself unchanged. */
export function LighterOffer({ lighter, canChange, onChange }: LighterOfferProps) {
  return (
    <section className="card notice" aria-labelledby="lighter-heading">
      <h2 id="lighter-heading">
        {lighter ? 'Lighter session today' : 'A lighter session after this week’s spasm?'}
      </h2>
      <p>
        {lighter
          ? 'Each exercise is about a quarter lighter today (or one set fewer). Your plan is unchanged, and these sets still count.'
          : 'You logged a spasm this week. You can do today’s session about a quarter lighter; your plan stays as it is.'}
      </p>
      {canChange ? (
        <button
          type="button"
          className={lighter ? 'button' : 'button button-primary'}
          onClick={() => {
            onChange(!lighter);
          }}
        >
          {lighter ? 'Back to the full session' : 'Make today lighter'}
        </button>
      ) : null}
    </section>
  );
}
