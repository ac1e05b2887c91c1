import { regionLabels, regions, sideLabels, sides } from '../../domain/episodes';
import type { EpisodeDraft } from '../../domain/logging';
import type { Units } from '../../domain/settings';
import type { FieldErrors } from '../../domain/common';
import { ChoiceGroup, choicesOf } from './choice-group';
import { EasedFields } from './eased-fields';
import { FieldError, invalidProps } from './field-error';
import { StartField } from './start-field';

/** The fields inside "More details", in the order they appear; used to open it for an error. */
export const detailFields = [
  'when',
  'startTime',
  'exactStart',
  'region',
  'side',
  'load',
  'couldMove',
  'easedBy',
  'endedAt',
  'notes',
] as const;

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

type MoreDetailsProps = {
  draft: EpisodeDraft;
  onChange: (patch: Partial<EpisodeDraft>) => void;
  errors: FieldErrors;
  units: Units;
};

/** Everything optional beyond severity, activity and movement. */
export function MoreDetails({ draft, onChange, errors, units }: MoreDetailsProps) {
  return (
    <div className="more-details-body">
      <StartField draft={draft} onChange={onChange} errors={errors} />
      <ChoiceGroup
        field="region"
        legend="Where was it?"
        choices={choicesOf(regions, regionLabels)}
        value={draft.region}
        errors={errors}
        onChange={(region) => {
          onChange({ region });
        }}
      />
      <ChoiceGroup
        field="side"
        legend="Which side?"
        choices={choicesOf(sides, sideLabels)}
        value={draft.side}
        errors={errors}
        onChange={(side) => {
          onChange({ side });
        }}
      />
      <div className="field" data-field="load">
        <label htmlFor="episode-load">Load you were carrying ({units})</label>
        <input
          id="episode-load"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={draft.load}
          {...invalidProps(errors, 'load')}
          onChange={(event) => {
            onChange({ load: event.target.value });
          }}
        />
        <FieldError errors={errors} field="load" />
      </div>
      <ChoiceGroup
        field="couldMove"
        legend="Could you still move?"
        choices={yesNo}
        value={draft.couldMove === '' ? undefined : draft.couldMove}
        errors={errors}
        onChange={(couldMove) => {
          onChange({ couldMove });
        }}
      />
      <EasedFields draft={draft} onChange={onChange} errors={errors} />
      <div className="field" data-field="notes">
        <label htmlFor="episode-notes">Notes</label>
        {/* No maxLength: the browser would cut text off silently; the domain's message explains. */}
        <textarea
          id="episode-notes"
          rows={3}
          value={draft.notes}
          {...invalidProps(errors, 'notes')}
          onChange={(event) => {
            onChange({ notes: event.target.value });
          }}
        />
        <FieldError errors={errors} field="notes" />
      </div>
    </div>
  );
}
