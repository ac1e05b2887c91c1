import { activityName, dateRangeProblem, type Activity } from '../../domain/episodes';
import { movementLabels, movements, type Movement } from '../../domain/episodes';
import type { EpisodeSearch } from '../../domain/episodes';

type EpisodeFiltersProps = {
  /** Every activity a spasm began with, over the whole diary (not only the spasms shown). */
  activityIds: readonly string[];
  custom: readonly Activity[];
  search: EpisodeSearch;
  onChange: (search: EpisodeSearch) => void;
};

/**
 * Search the history by words and a range of days, and filter it by activity or movement. The
 * activity choices come from every spasm ever logged; the movement choices are the fixed list
 * the spasm form offers, so none that was ever used can be missing.
 */
export function EpisodeFilters({ activityIds, custom, search, onChange }: EpisodeFiltersProps) {
  const set = (change: Partial<EpisodeSearch>) => {
    onChange({ ...search, ...change });
  };
  const named = activityIds
    .map((id) => ({ id, name: activityName(id, custom) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const rangeProblem = dateRangeProblem(search);
  return (
    <search>
      <fieldset className="filters">
        <legend>Find spasms</legend>
        <label htmlFor="filter-text">Words in the notes, activity or movement</label>
        <input
          id="filter-text"
          type="search"
          autoComplete="off"
          value={search.text ?? ''}
          onChange={(event) => {
            set({ text: event.target.value });
          }}
        />
        <label htmlFor="filter-from">From (day)</label>
        <input
          id="filter-from"
          type="date"
          value={search.from ?? ''}
          aria-describedby={rangeProblem ? 'filter-range-problem' : undefined}
          onChange={(event) => {
            set({ from: event.target.value || undefined });
          }}
        />
        <label htmlFor="filter-to">To (day)</label>
        <input
          id="filter-to"
          type="date"
          value={search.to ?? ''}
          aria-describedby={rangeProblem ? 'filter-range-problem' : undefined}
          onChange={(event) => {
            set({ to: event.target.value || undefined });
          }}
        />
        {rangeProblem ? (
          <p id="filter-range-problem" role="alert" className="field-error">
            {rangeProblem}
          </p>
        ) : null}
        <label htmlFor="filter-activity">Activity</label>
        <select
          id="filter-activity"
          value={search.activityId ?? ''}
          onChange={(event) => {
            set({ activityId: event.target.value || undefined });
          }}
        >
          <option value="">All activities</option>
          {named.map(({ id, name }) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </select>
        <label htmlFor="filter-movement">Movement</label>
        <select
          id="filter-movement"
          value={search.movement ?? ''}
          onChange={(event) => {
            set({ movement: (event.target.value || undefined) as Movement | undefined });
          }}
        >
          <option value="">All movements</option>
          {movements.map((m) => (
            <option key={m} value={m}>
              {movementLabels[m]}
            </option>
          ))}
        </select>
      </fieldset>
    </search>
  );
}
