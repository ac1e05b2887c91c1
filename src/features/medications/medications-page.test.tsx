import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildEpisode, withoutMeta } from '../../../tests/support/domain/test-builders';
import { localDay } from '../../data/clock';
import { episodeRepository, medicationRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { renderScreens } from '../../ui/screens.test-helper';
import { dismissToast } from '../../ui/toast';
import { MedicationPage } from './medication-page';
import { MedicationsPage } from './medications-page';

const daysAgo = (days: number) => localDay(new Date(Date.now() - days * 86_400_000));
const stored = async () => (await medicationRepository.all()).records;

function renderMedicines(path = '/medications') {
  renderScreens(path, {
    '/medications': <MedicationsPage />,
    '/medications/:id': <MedicationPage />,
  });
}

beforeEach(async () => {
  await resetDatabase();
  dismissToast();
});

describe('medicines', () => {
  it('explains the empty list and adds a statin, showing its class and source', async () => {
    const user = userEvent.setup();
    renderMedicines();
    expect(await screen.findByRole('heading', { name: 'No medicines listed' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a medicine' }));
    await user.type(screen.getByLabelText('Medicine name'), 'ATORVASTATIN 20mg');
    expect(
      screen.getByText(/On the list of medicines linked to cramps: Statin/),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Started on'), daysAgo(21));
    await user.click(screen.getByRole('button', { name: 'Save medicine' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'ATORVASTATIN 20mg' }),
    ).toBeInTheDocument();
    expect(screen.getByText('ATORVASTATIN 20mg saved')).toBeInTheDocument();
    const linked = screen.getByRole('region', { name: 'Linked to cramps or muscle pain' });
    expect(linked).toHaveTextContent('Statin (cholesterol medicine).');
    expect(linked).toHaveTextContent(/Source: .*Lancet 2022/);
    const note = await screen.findByRole('region', { name: 'Your spasms before and after' });
    expect(note).toHaveTextContent(
      /In the \d+ days since you started ATORVASTATIN 20mg, you logged 0 spasms/,
    );
    expect(note).toHaveTextContent(/Talk to your prescriber/);
    expect(note).not.toHaveTextContent(/\bstop\b/i);
    expect(await stored()).toMatchObject([{ name: 'ATORVASTATIN 20mg', drugClass: 'statin' }]);
  });

  it('keeps what was typed and saves nothing when the form is refused', async () => {
    const user = userEvent.setup();
    renderMedicines();
    await user.click(await screen.findByRole('button', { name: 'Add a medicine' }));
    await user.type(screen.getByLabelText('Dose (optional)'), '10 mg');
    await user.click(screen.getByRole('button', { name: 'Add a dose change' }));
    await user.type(screen.getByLabelText('New dose 1'), '20 mg');
    await user.click(screen.getByRole('button', { name: 'Save medicine' }));

    expect(await screen.findByText('Enter the medicine name')).toBeInTheDocument();
    expect(screen.getByLabelText('Medicine name')).toHaveFocus();
    expect(screen.getByLabelText('Medicine name')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Enter the start date')).toBeInTheDocument();
    expect(screen.getByText('Enter the date the dose changed')).toBeInTheDocument();
    expect(screen.getByLabelText('Dose (optional)')).toHaveValue('10 mg');
    expect(screen.getByLabelText('New dose 1')).toHaveValue('20 mg');
    expect(await stored()).toEqual([]);
  });

  it('edits a medicine, then deletes it with Undo', async () => {
    const user = userEvent.setup();
    const added = await medicationRepository.add({
      name: 'Furosemide',
      startedOn: daysAgo(40),
      doseChanges: [],
    });
    if (!added.ok) throw new Error('not stored');
    renderMedicines(`/medications/${added.value.id}`);
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.type(screen.getByLabelText('Stopped on (optional)'), daysAgo(50));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText("Stop date can't be before the start date")).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Stopped on (optional)'));
    await user.type(screen.getByLabelText('Notes (optional)'), 'Mornings');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    // Saving closes the form and the page re-renders from the live query, which can replace a
    // node found a moment earlier: assert on the settled page rather than on a found node.
    await waitFor(() => {
      expect(screen.getByText('Mornings')).toBeInTheDocument();
    });

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Medicines' })).toBeInTheDocument();
    expect(screen.getByText('Furosemide deleted')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No medicines listed' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const list = await screen.findByRole('list', { name: 'Your medicines' });
    expect(within(list).getByRole('link', { name: 'Furosemide' })).toBeInTheDocument();
    expect((await stored())[0]).toMatchObject({ notes: 'Mornings', deletedAt: undefined });
  });

  it('shows the spasm counts before and after a statin started three weeks ago', async () => {
    const noon = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    for (const days of [25, 10, 5, 1]) {
      const episode = withoutMeta(buildEpisode({ startedAt: noon(days), endedAt: undefined }));
      await episodeRepository.add(episode);
    }
    const added = await medicationRepository.add({
      name: 'Simvastatin',
      startedOn: daysAgo(21),
      doseChanges: [],
    });
    if (!added.ok) throw new Error('not stored');
    renderMedicines(`/medications/${added.value.id}`);
    const note = await screen.findByRole('region', { name: 'Your spasms before and after' });
    expect(note).toHaveTextContent(
      /In the \d+ days since you started Simvastatin, you logged 3 spasms \(1\.0 a week\); in the 4 weeks before, 1 spasm \(0\.3 a week\)\./,
    );
    expect(note).toHaveTextContent('That is more spasms than before the change.');
    expect(note).toHaveTextContent(/within 4–6 weeks/);
  });

  it('shows a page for a missing medicine', async () => {
    renderMedicines('/medications/no-such-id');
    expect(await screen.findByRole('heading', { name: 'Medicine not found' })).toBeInTheDocument();
  });

  it('says when a medicine is not on the list', async () => {
    const added = await medicationRepository.add({
      name: 'Paracetamol',
      startedOn: daysAgo(3),
      doseChanges: [],
    });
    if (!added.ok) throw new Error('not stored');
    renderMedicines(`/medications/${added.value.id}`);
    expect(await screen.findByText(/isn't on Steadyback's list/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Your spasms before and after' })).toBeNull();
  });
});

describe('the medicine forms that open in place, by keyboard', () => {
  it('"Add a medicine": focus to the form heading, and back to the button on Cancel', async () => {
    const user = userEvent.setup();
    renderMedicines('/medications');
    const add = await screen.findByRole('button', { name: 'Add a medicine' });
    add.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Add a medicine' })).toHaveFocus();
    await user.tab();
    expect(screen.getByLabelText('Medicine name')).toHaveFocus();

    screen.getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByLabelText('Medicine name')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add a medicine' })).toHaveFocus();
  });

  it('Edit: focus to the form heading, back to Edit on Cancel and after Save', async () => {
    const user = userEvent.setup();
    const saved = await medicationRepository.add({
      name: 'Atorvastatin',
      startedOn: localDay(new Date(Date.now() - 10 * 86_400_000)),
      doseChanges: [],
    });
    if (!saved.ok) throw new Error('seed refused');
    renderMedicines(`/medications/${saved.value.id}`);
    const edit = await screen.findByRole('button', { name: 'Edit' });
    edit.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: 'Edit medicine' })).toHaveFocus();
    screen.getByRole('button', { name: 'Cancel' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();

    await user.keyboard('{Enter}');
    const dose = screen.getByLabelText('Dose (optional)');
    await user.type(dose, '20 mg{Enter}');
    expect(await screen.findByText('Changes saved')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveFocus();
  });
});
