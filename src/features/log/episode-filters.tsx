import { activityName, type Activity } from '../../domain/episodes';
import { movementLabels, movements, type Episode, type Movement } from '../../domain/episodes';
import type { EpisodeFilter } from '../../domain/episodes';

type EpisodeFiltersProps = {
  episodes: readonly Episode[];
  custom: readonly Activity[];
  filter: EpisodeFilter;
  onChange: (filter: EpisodeFilter) => void;
};

/** Filter the history by activity or movement; only choices that occur in the log are offered. */
export function EpisodeFilters({ episodes, custom, filter, onChange }: EpisodeFiltersProps) {
  const activityIds = [...new Set(episodes.flatMap((e) => (e.activityId ? [e.activityId] : [])))];
  const usedMovements = movements.filter((m) => episodes.some((e) => e.movement === m));
  return (
    <fieldset className="filters">
      <legend>Show spasms by</legend>
      <label htmlFor="filter-activity">Activity</label>
      <select
        id="filter-activity"
        value={filter.activityId ?? ''}
        onChange={(event) => {
          onChange({ ...filter, activityId: event.target.value || undefined });
        }}
      >
        <option value="">All activities</option>
        {activityIds.map((id) => (
          <option key={id} value={id}>
            {activityName(id, custom)}
          </option>
        ))}
      </select>
      <label htmlFor="filter-movement">Movement</label>
      <select
        id="filter-movement"
        value={filter.movement ?? ''}
        onChange={(event) => {
          onChange({
            ...filter,
            movement: (event.target.value || undefined) as Movement | undefined,
          });
        }}
      >
        <option value="">All movements</option>
        {usedMovements.map((m) => (
          <option key={m} value={m}>
            {movementLabels[m]}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
