import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import type { FieldErrors } from '../../domain/common';
import { focusFirstError } from './focus-first-error';
import { onTabDraftsCleared, type TabDraft } from './tab-draft';

export type FormOptions<T> = {
  /** The values to start from (a stored record's, or an empty form's); read once, on mount. */
  initial: T | (() => T);
  /** Every field path the form shows a message next to, in reading order. */
  fields: readonly string[];
  /** Checks and saves; resolves to messages per field, or null once saved. */
  onSubmit: (values: T) => Promise<FieldErrors | null> | FieldErrors | null;
  /** Keeps the values in this tab's draft, so a reload (an update) brings them back. */
  draft?: TabDraft<T> | undefined;
  /** Told of a refused save's messages before they render (e.g. to open a disclosure). */
  onRefused?: (errors: FieldErrors) => void;
};

export type Form<T> = {
  values: T;
  /** Changes some values, keeping the rest. */
  set: (patch: Partial<T>) => void;
  setValues: (next: T | ((current: T) => T)) => void;
  /** The last refused save's messages, by field path. */
  errors: FieldErrors;
  /** True while a save runs: a second submit is ignored. */
  saving: boolean;
  /** The form began with a draft kept from before, not with `initial`. */
  restored: boolean;
  /** Back to `initial`: the draft and the messages are dropped. */
  reset: () => void;
  /** Runs the save, as the form's submit does. */
  submit: () => Promise<void>;
  /** Spread on the <form>: its ref, noValidate (the domain's messages, not the browser's), onSubmit. */
  formProps: {
    ref: RefObject<HTMLFormElement | null>;
    noValidate: true;
    onSubmit: (event: SyntheticEvent) => void;
  };
};

/**
 * The one form kit (docs/architecture.md, "Forms"): owns a form's values, the messages of a
 * refused save, the move of focus to the first of them, the saving state, and optionally a
 * per-tab draft that survives a reload and is cleared once saved or when all data is erased.
 */
export function useForm<T>(options: FormOptions<T>): Form<T> {
  const { draft } = options;
  // The latest options, for handlers: a save always uses the newest onSubmit.
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });
  const [initial] = useState<T>(() =>
    typeof options.initial === 'function' ? (options.initial as () => T)() : options.initial,
  );
  const [restored, setRestored] = useState(() => draft?.read() != null);
  const [values, setValuesState] = useState<T>(() => draft?.read() ?? initial);
  const current = useRef(values);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusals, setRefusals] = useState(0);
  const [saving, setSaving] = useState(false);
  const busy = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);

  const setValues = (next: T | ((value: T) => T)) => {
    const value = typeof next === 'function' ? (next as (value: T) => T)(current.current) : next;
    current.current = value;
    setValuesState(value);
    latest.current.draft?.write(value);
  };

  const reset = () => {
    latest.current.draft?.clear();
    current.current = initial;
    setValuesState(current.current);
    setErrors({});
    setRestored(false);
  };

  // All data was erased (here or in another tab): what was typed must not be written back.
  const hasDraft = draft !== undefined;
  useEffect(() => {
    if (!hasDraft) return undefined;
    return onTabDraftsCleared(() => {
      current.current = initial;
      setValuesState(current.current);
      setErrors({});
      setRestored(false);
    });
  }, [hasDraft, initial]);

  // After a refused save has rendered its messages, take the person to the first one.
  useEffect(() => {
    if (refusals > 0 && formRef.current) {
      focusFirstError(formRef.current, errors, latest.current.fields);
    }
    // Only a new refusal moves focus, never a re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refusals]);

  const submit = async () => {
    if (busy.current) return;
    busy.current = true;
    setSaving(true);
    let refused: FieldErrors | null;
    try {
      refused = await latest.current.onSubmit(current.current);
    } finally {
      busy.current = false;
      setSaving(false);
    }
    if (refused) {
      latest.current.onRefused?.(refused);
      setErrors(refused);
      setRefusals((count) => count + 1);
    } else {
      setErrors({});
      latest.current.draft?.clear();
    }
  };

  return {
    values,
    set: (patch) => {
      setValues((value) => ({ ...value, ...patch }));
    },
    setValues,
    errors,
    saving,
    restored,
    reset,
    submit,
    formProps: {
      ref: formRef,
      noValidate: true,
      onSubmit: (event) => {
        event.preventDefault();
        void submit();
      },
    },
  };
}
