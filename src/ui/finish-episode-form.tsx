import { useId, useState, type ReactNode } from 'react';
import { textDraft } from './form-kit/draft-parsers';
import { FormActions } from './form-kit/form-actions';
import { tabDraft, type TabDraft } from './form-kit/tab-draft';
import { useForm } from './form-kit/use-form';
import { useInPlacePanel } from './in-place-focus';

type EndDraft = { end: string };

/**
 * This tab's unsaved end time of the spasm `id`, shared by Today and the log (one spasm, one
 * end). Erasing all data empties it (clearTabDrafts, wired once in src/app/erase-drafts.ts).
 */
const endDraftOf = (id: string) => tabDraft(`spasm-end:${id}`, textDraft(['end']));

type FinishEpisodeFormProps = {
  /** Prefilled end time, as a datetime-local value. */
  defaultValue: string;
  /** Saves the end time; resolves to a message when it was refused, or null when saved. */
  onSave: (local: string) => Promise<string | null>;
  onCancel: () => void;
  draft?: TabDraft<EndDraft> | undefined;
};

/** "It eased at…": sets the end time of a spasm that is still going. */
function FinishEpisodeForm(props: FinishEpisodeFormProps) {
  const { defaultValue, onSave, onCancel, draft } = props;
  const form = useForm<EndDraft>({
    initial: { end: defaultValue },
    fields: ['end'],
    onSubmit: async ({ end }) => {
      const message = await onSave(end);
      return message === null ? null : { end: message };
    },
    draft,
  });
  const error = form.errors.end;
  const id = useId();

  return (
    <form {...form.formProps} className="finish-form">
      <label htmlFor={`${id}-end`}>It eased at</label>
      <input
        id={`${id}-end`}
        type="datetime-local"
        data-field="end"
        value={form.values.end}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          form.set({ end: event.target.value });
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <FormActions form={form} submitLabel="Save end time" onCancel={onCancel} />
    </form>
  );
}

type FinishEpisodeControlProps = {
  /** Whether to offer "It eased…" (only while the spasm is still going). */
  offer: boolean;
  /** The end time to prefill, read when the form opens. */
  defaultValue: () => string;
  onSave: (local: string) => Promise<string | null>;
  /** The spasm's id: a half-typed end time is kept in this tab's draft, open again after a reload. */
  draftId?: string;
  /** Other actions shown beside "It eased…" (edit, delete). */
  children?: ReactNode;
};

/**
 * "It eased…" that opens the end-time form in place, and closes it once saved or cancelled. Focus
 * goes to the end time on open and back to "It eased…" on Cancel; once saved, the spasm is over
 * and "It eased…" goes, so to the heading of the row or card it was in.
 */
export function FinishEpisodeControl({
  offer,
  defaultValue,
  onSave,
  draftId,
  children,
}: FinishEpisodeControlProps) {
  const draft = draftId === undefined ? undefined : endDraftOf(draftId);
  // A draft kept from before a reload reopens the form as the person left it.
  const [open, setOpen] = useState(() => draft?.read() != null);
  const { panelRef, openerRef } = useInPlacePanel<HTMLDivElement>(open);
  if (open) {
    return (
      <div ref={panelRef}>
        <FinishEpisodeForm
          draft={draft}
          defaultValue={defaultValue()}
          onSave={async (local) => {
            const message = await onSave(local);
            if (message === null) setOpen(false);
            return message;
          }}
          onCancel={() => {
            setOpen(false);
          }}
        />
      </div>
    );
  }
  return (
    <p className="button-row">
      {offer ? (
        <button
          ref={openerRef}
          type="button"
          className="button button-primary"
          onClick={() => {
            setOpen(true);
          }}
        >
          It eased…
        </button>
      ) : null}
      {children}
    </p>
  );
}
