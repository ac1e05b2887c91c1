import type { EpisodeDraft, StartChoice } from '../../domain/logging';
import type { FieldErrors } from '../../domain/common';
import { ChoiceGroup, type Choice } from './choice-group';
import { FieldError, invalidProps } from './field-error';
import { localNow, suggestedTimeOfDay } from './local-time';

const startChoices: readonly Choice<StartChoice>[] = [
  { value: 'just-now', label: 'Just now' },
  { value: 'earlier-today', label: 'Earlier today' },
  { value: 'yesterday', label: 'Yesterday' },
  { value: 'exact', label: 'Exact time' },
];

type StartFieldProps = {
  draft: EpisodeDraft;
  onChange: (patch: Partial<EpisodeDraft>) => void;
  errors: FieldErrors;
};

/** "When did it start?": a quick choice, with a time input only when one is needed. */
export function StartField({ draft, onChange, errors }: StartFieldProps) {
  return (
    <>
      <ChoiceGroup
        field="when"
        legend="When did it start?"
        choices={startChoices}
        value={draft.when}
        errors={errors}
        onChange={(when) => {
          // Prefill the revealed input so the common case is still one tap; never overwrite.
          onChange({
            when,
            startTime:
              draft.startTime === '' && (when === 'earlier-today' || when === 'yesterday')
                ? suggestedTimeOfDay()
                : draft.startTime,
            exactStart: draft.exactStart === '' && when === 'exact' ? localNow() : draft.exactStart,
          });
        }}
      />
      {draft.when === 'earlier-today' || draft.when === 'yesterday' ? (
        <div className="field" data-field="startTime">
          <label htmlFor="episode-start-time">About what time?</label>
          <input
            id="episode-start-time"
            type="time"
            value={draft.startTime}
            {...invalidProps(errors, 'startTime')}
            onChange={(event) => {
              onChange({ startTime: event.target.value });
            }}
          />
          <FieldError errors={errors} field="startTime" />
        </div>
      ) : null}
      {draft.when === 'exact' ? (
        <div className="field" data-field="exactStart">
          <label htmlFor="episode-exact-start">Date and time it started</label>
          <input
            id="episode-exact-start"
            type="datetime-local"
            value={draft.exactStart}
            {...invalidProps(errors, 'exactStart')}
            onChange={(event) => {
              onChange({ exactStart: event.target.value });
            }}
          />
          <FieldError errors={errors} field="exactStart" />
        </div>
      ) : null}
    </>
  );
}
