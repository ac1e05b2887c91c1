import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldErrors } from '../../domain/common';
import { SubmitButton } from './submit-button';
import { clearTabDrafts, forgetTabDraftsInMemory, tabDraft } from './tab-draft';
import { textDraft } from './draft-parsers';
import { useForm } from './use-form';

type Values = { name: string; pain: string };
const empty: Values = { name: '', pain: '' };
const draft = tabDraft('kit-test', textDraft(['name', 'pain']));

type Save = (values: Values) => Promise<FieldErrors | null>;

function KitForm({ onSubmit, withDraft = true }: { onSubmit: Save; withDraft?: boolean }) {
  const form = useForm<Values>({
    initial: empty,
    fields: ['name', 'pain'],
    onSubmit,
    draft: withDraft ? draft : undefined,
  });
  const { values, errors } = form;
  return (
    <form {...form.formProps}>
      {errors._form ? (
        <p role="alert" className="form-alert" tabIndex={-1}>
          {errors._form}
        </p>
      ) : null}
      {form.restored ? <p>We kept what you started.</p> : null}
      <label htmlFor="name">Name</label>
      <input
        id="name"
        data-field="name"
        value={values.name}
        aria-invalid={errors.name ? true : undefined}
        onChange={(event) => {
          form.set({ name: event.target.value });
        }}
      />
      <fieldset data-field="pain" aria-invalid={errors.pain ? true : undefined}>
        <legend>Pain</legend>
        {['1', '2'].map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="pain"
              checked={values.pain === value}
              onChange={() => {
                form.set({ pain: value });
              }}
            />
            {value}
          </label>
        ))}
      </fieldset>
      <SubmitButton saving={form.saving}>Save</SubmitButton>
      <button type="button" onClick={form.reset}>
        Start again
      </button>
    </form>
  );
}

beforeEach(() => {
  sessionStorage.clear();
  forgetTabDraftsInMemory();
});

describe('the form kit', () => {
  it('moves focus to the first field with a message, in reading order', async () => {
    const onSubmit = vi.fn<Save>(() => Promise.resolve({ pain: 'Choose one', name: 'Too long' }));
    render(<KitForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(screen.getByLabelText('Name')).toHaveFocus();
    });
  });

  it('enters a radio group at its chosen radio', async () => {
    const onSubmit = vi.fn<Save>(() => Promise.resolve({ pain: 'Choose again' }));
    render(<KitForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByLabelText('2'));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(screen.getByLabelText('2')).toHaveFocus();
    });
  });

  it("takes the person to the form's alert for a message no field shows", async () => {
    const onSubmit = vi.fn<Save>(() => Promise.resolve({ _form: 'The disk is full' }));
    render(<KitForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveFocus();
    });
    expect(screen.getByRole('alert')).toHaveTextContent('The disk is full');
  });

  it('shows the saving state and ignores a second submit while saving', async () => {
    let finish: (value: FieldErrors | null) => void = () => undefined;
    const onSubmit = vi.fn<Save>(
      () =>
        new Promise((resolve) => {
          finish = resolve;
        }),
    );
    render(<KitForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    act(() => {
      screen.getByRole('button', { name: 'Saving…' }).closest('form')?.requestSubmit();
    });
    expect(onSubmit).toHaveBeenCalledOnce();
    await act(async () => {
      finish(null);
      await Promise.resolve();
    });
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('keeps a per-tab draft that comes back after a reload, and drops it once saved', async () => {
    const onSubmit = vi.fn<Save>(() => Promise.resolve(null));
    const first = render(<KitForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('Name'), 'Lifting');
    await userEvent.click(screen.getByLabelText('1'));
    expect(JSON.parse(sessionStorage.getItem(draft.key) ?? 'null')).toEqual({
      name: 'Lifting',
      pain: '1',
    });
    first.unmount();
    forgetTabDraftsInMemory();

    render(<KitForm onSubmit={onSubmit} />);
    expect(screen.getByText('We kept what you started.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Lifting');
    expect(screen.getByLabelText('1')).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Lifting', pain: '1' });
    expect(sessionStorage.getItem(draft.key)).toBeNull();
  });

  it('keeps the draft when the save is refused', async () => {
    const onSubmit = vi.fn<Save>(() => Promise.resolve({ name: 'Too long' }));
    render(<KitForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByLabelText('Name'), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(draft.read()).toEqual({ name: 'x', pain: '' });
  });

  it('drops a stored draft of another shape instead of trusting it', () => {
    sessionStorage.setItem(draft.key, JSON.stringify({ name: 3 }));
    render(<KitForm onSubmit={vi.fn<Save>()} />);
    expect(screen.getByLabelText('Name')).toHaveValue('');
    expect(screen.queryByText('We kept what you started.')).not.toBeInTheDocument();
  });

  it('starts again on request, and when all data is erased', async () => {
    render(<KitForm onSubmit={vi.fn<Save>()} />);
    await userEvent.type(screen.getByLabelText('Name'), 'Gardening');
    await userEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(screen.getByLabelText('Name')).toHaveValue('');
    expect(draft.read()).toBeNull();

    await userEvent.type(screen.getByLabelText('Name'), 'Hoovering');
    act(() => {
      clearTabDrafts();
    });
    expect(screen.getByLabelText('Name')).toHaveValue('');
    expect(sessionStorage.getItem(draft.key)).toBeNull();
  });

  it('works without a draft: nothing is stored', async () => {
    render(<KitForm onSubmit={vi.fn<Save>()} withDraft={false} />);
    await userEvent.type(screen.getByLabelText('Name'), 'Walking');
    expect(sessionStorage.length).toBe(0);
  });
});
