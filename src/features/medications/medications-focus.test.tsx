import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { localDay } from '../../data/clock';
import { medicationRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { dismissToast, ToastRegion } from '../../ui/toast';
import { MedicationPage } from './medication-page';
import { MedicationsPage } from './medications-page';

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/medications" element={<MedicationsPage />} />
        <Route path="/medications/:id" element={<MedicationPage />} />
      </Routes>
      <ToastRegion />
    </MemoryRouter>,
  );
}

beforeEach(async () => {
  await resetDatabase();
  dismissToast();
});

describe('the medicine forms that open in place, by keyboard', () => {
  it('"Add a medicine": focus to the form heading, and back to the button on Cancel', async () => {
    const user = userEvent.setup();
    renderAt('/medications');
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
    renderAt(`/medications/${saved.value.id}`);
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
