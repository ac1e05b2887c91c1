import { useRef, useState } from 'react';
import type { FieldErrors } from '../../domain/common';
import { fieldErrorsFor } from '../../ui/field-error';
import { TextField } from '../../ui/form-kit/text-field';

const messages = fieldErrorsFor('reminders');

type ReminderFieldProps = {
  field: 'checkinTime' | 'sessionTime';
  toggleLabel: string;
  timeLabel: string;
  time: string | undefined;
  defaultTime: string;
  /** Saves the time (undefined turns the reminder off); resolves to messages or null. */
  onSave: (time: string | undefined) => Promise<FieldErrors | null>;
};

/** A reminder turned on or off, and its time; a time being typed is kept even when refused. */
export function ReminderField(props: ReminderFieldProps) {
  const { field, toggleLabel, timeLabel, time, defaultTime, onSave } = props;
  const [typed, setTyped] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const path = `reminders.${field}`;
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  // Saves run one after another, so the last time typed is the one stored.
  function save(next: string | undefined) {
    queue.current = queue.current.then(async () => {
      const refused = await onSave(next);
      setErrors(refused ?? {});
    });
  }

  return (
    <div className="reminder-field">
      <label className="check">
        <input
          type="checkbox"
          checked={time !== undefined}
          onChange={(event) => {
            setTyped(null);
            save(event.target.checked ? defaultTime : undefined);
          }}
        />
        {toggleLabel}
      </label>
      {time !== undefined ? (
        <TextField
          id={`reminder-${field}`}
          label={timeLabel}
          messages={messages}
          errors={errors}
          field={path}
          type="time"
          value={typed ?? time}
          onChange={(event) => {
            setTyped(event.target.value);
            if (event.target.value !== '') save(event.target.value);
          }}
          onBlur={(event) => {
            if (event.target.value === '') {
              setErrors({ [path]: 'Enter a time like 08:30, or turn the reminder off' });
            }
          }}
        />
      ) : null}
    </div>
  );
}
