import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldErrors } from '../../domain/common';
import { fieldErrorsFor } from '../field-error';
import { textDraft } from './draft-parsers';
import { FormActions } from './form-actions';
import { forgetTabDraftsInMemory, tabDraft } from './tab-draft';
import { TextAreaField, TextField, textProps } from './text-field';
import { useForm } from './use-form';

type Values = { name: string; notes: string };
const empty: Values = { name: '', notes: '' };
const messages = fieldErrorsFor('kit', { tagControls: true });
const draft = tabDraft('kit-fields-test', textDraft(['name', 'notes']));

type Save = (values: Values) => Promise<FieldErrors | null>;

function KitForm({ onSubmit, onCancel }: { onSubmit: Save; onCancel?: () => void }) {
  const form = useForm<Values>({ initial: empty, fields: ['name', 'notes'], onSubmit, draft });
  return (
    <form {...form.formProps}>
      <TextField
        id="kit-name"
        label="Name"
        hint={<p id="kit-name-hint">As on the box</p>}
        messages={messages}
        {...textProps(form, 'name')}
        type="text"
        aria-describedby="kit-name-hint"
      />
      <TextAreaField
        id="kit-notes"
        label="Notes"
        messages={messages}
        {...textProps(form, 'notes')}
        rows={2}
      />
      <FormActions form={form} submitLabel="Save it" onCancel={onCancel} />
    </form>
  );
}

beforeEach(() => {
  sessionStorage.clear();
  forgetTabDraftsInMemory();
});

describe('the form kit fields', () => {
  it('ties each label to its box, and keeps what is typed', async () => {
    render(<KitForm onSubmit={() => Promise.resolve(null)} />);
    const name = screen.getByRole('textbox', { name: 'Name' });
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect(name).toHaveAttribute('type', 'text');
    expect(notes.tagName).toBe('TEXTAREA');
    expect(notes).toHaveAttribute('rows', '2');
    await userEvent.type(name, 'Ibuprofen');
    await userEvent.type(notes, 'With food');
    expect(name).toHaveValue('Ibuprofen');
    expect(notes).toHaveValue('With food');
    expect(name).toHaveAccessibleDescription('As on the box');
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('shows a refused save’s message at its field, marked invalid and describing it', async () => {
    const onSubmit = vi.fn<Save>(() =>
      Promise.resolve({ name: 'Enter a name', notes: 'Too long' }),
    );
    render(<KitForm onSubmit={onSubmit} />);
    await userEvent.click(screen.getByRole('button', { name: 'Save it' }));

    const name = screen.getByRole('textbox', { name: 'Name' });
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await waitFor(() => {
      expect(name).toHaveFocus();
    });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAttribute('aria-describedby', 'kit-name-error');
    expect(name).toHaveAccessibleDescription('Enter a name');
    expect(name).toHaveAttribute('data-field', 'name');
    expect(notes).toHaveAttribute('aria-invalid', 'true');
    expect(notes).toHaveAccessibleDescription('Too long');
    expect(screen.getByText('Enter a name')).toHaveClass('field-error');
  });

  it('saves what was typed, with the saving state on the submit button', async () => {
    // A save that is still running when the test looks.
    const onSubmit = vi.fn<Save>(() => new Promise<null>(() => undefined));
    render(<KitForm onSubmit={onSubmit} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Aspirin');
    await userEvent.click(screen.getByRole('button', { name: 'Save it' }));
    expect(onSubmit).toHaveBeenCalledWith({ name: 'Aspirin', notes: '' });
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save it' })).not.toBeInTheDocument();
  });

  it('Cancel empties the form, drops its draft and then calls onCancel', async () => {
    const onCancel = vi.fn(() => {
      // By the time the form is told, the draft is gone.
      expect(draft.read()).toBeNull();
    });
    render(
      <KitForm onSubmit={() => Promise.resolve({ name: 'Enter a name' })} onCancel={onCancel} />,
    );
    const name = screen.getByRole('textbox', { name: 'Name' });
    await userEvent.type(name, 'Half typed');
    expect(draft.read()).toEqual({ name: 'Half typed', notes: '' });
    await userEvent.click(screen.getByRole('button', { name: 'Save it' }));
    await screen.findByText('Enter a name');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(name).toHaveValue('');
    expect(screen.queryByText('Enter a name')).not.toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid');
  });

  it('offers no Cancel without onCancel, and shows other buttons before the submit', () => {
    render(
      <form>
        <FormActions form={{ saving: false, reset: vi.fn() }} submitLabel="Save list">
          <button type="button" className="button">
            Add another
          </button>
        </FormActions>
      </form>,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual(['Add another', 'Save list']);
    expect(screen.getByRole('button', { name: 'Save list' })).toHaveAttribute('type', 'submit');
  });
});
