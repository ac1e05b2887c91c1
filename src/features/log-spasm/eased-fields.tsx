import { easerLabels, easers, type Easer } from '../../domain/episodes';
import type { EpisodeDraft } from '../../domain/logging';
import type { FieldErrors } from '../../domain/common';
import { errorId, FieldError, invalidProps } from './field-error';
import { localNow } from './local-time';

type EasedFieldsProps = {
  draft: EpisodeDraft;
  onChange: (patch: Partial<EpisodeDraft>) => void;
  errors: FieldErrors;
};

/** "Nothing eased it" can't sit with other answers, so each side unticks the other. */
function toggleEaser(current: readonly Easer[], easer: Easer, on: boolean): Easer[] {
  if (!on) return current.filter((value) => value !== easer);
  if (easer === 'nothing') return ['nothing'];
  return [...current.filter((value) => value !== 'nothing'), easer];
}

/** What eased it, and whether it is still going (with the end time once it has eased). */
export function EasedFields({ draft, onChange, errors }: EasedFieldsProps) {
  const invalid = errors.easedBy !== undefined;
  return (
    <>
      <fieldset
        className="choice-group"
        data-field="easedBy"
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId('easedBy') : undefined}
      >
        <legend>What eased it?</legend>
        <div className="checks">
          {easers.map((easer) => (
            <label key={easer} className="check">
              <input
                type="checkbox"
                checked={draft.easedBy.includes(easer)}
                onChange={(event) => {
                  onChange({ easedBy: toggleEaser(draft.easedBy, easer, event.target.checked) });
                }}
              />
              {easerLabels[easer]}
            </label>
          ))}
        </div>
        <FieldError errors={errors} field="easedBy" />
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={draft.stillGoing}
          onChange={(event) => {
            const stillGoing = event.target.checked;
            onChange({
              stillGoing,
              endedAt: !stillGoing && draft.endedAt === '' ? localNow() : draft.endedAt,
            });
          }}
        />
        It&apos;s still going
      </label>
      {draft.stillGoing ? null : (
        <div className="field" data-field="endedAt">
          <label htmlFor="episode-ended-at">It eased at</label>
          <input
            id="episode-ended-at"
            type="datetime-local"
            value={draft.endedAt}
            {...invalidProps(errors, 'endedAt')}
            onChange={(event) => {
              onChange({ endedAt: event.target.value });
            }}
          />
          <FieldError errors={errors} field="endedAt" />
        </div>
      )}
    </>
  );
}
