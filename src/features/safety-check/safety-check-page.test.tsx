import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { redFlagQuestions } from '../../domain/safety';
import { screeningRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { dismissToast, ToastRegion } from '../../ui/toast';
import { SafetyCheckPage } from './safety-check-page';

type User = ReturnType<typeof userEvent.setup>;

function renderCheck() {
  render(
    <MemoryRouter initialEntries={['/safety-check']}>
      <Routes>
        <Route path="/safety-check" element={<SafetyCheckPage />} />
      </Routes>
      <ToastRegion />
    </MemoryRouter>,
  );
}

const required = redFlagQuestions.filter((q) => q.group !== 'soon');
const textOf = (id: string) => redFlagQuestions.find((q) => q.id === id)!.text;
async function answer(user: User, id: string, value: 'Yes' | 'No') {
  await user.click(
    within(screen.getByRole('radiogroup', { name: textOf(id) })).getByLabelText(value),
  );
}
async function answerAll(user: User, yes: string[]) {
  for (const question of redFlagQuestions) {
    await answer(user, question.id, yes.includes(question.id) ? 'Yes' : 'No');
  }
}
const seeResult = (user: User) => user.click(screen.getByRole('button', { name: 'See my result' }));
const stored = async () => (await screeningRepository.all()).records;

const scrollTo = vi.fn();

beforeEach(async () => {
  await resetDatabase();
  // jsdom has no scrolling; the result card scrolls the page to its top in a browser.
  scrollTo.mockClear();
  window.scrollTo = scrollTo;
  dismissToast();
});

describe('the safety check', () => {
  it('asks every question by urgency group, yes or no', () => {
    renderCheck();
    expect(screen.getByRole('heading', { level: 1, name: 'Safety check' })).toBeInTheDocument();
    for (const name of ['Signs that need emergency care', 'Signs to get checked soon']) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    }
    expect(screen.getAllByRole('radiogroup')).toHaveLength(redFlagQuestions.length);
  });

  // Answering all 18 questions by taps is slow on a shared machine: a longer limit, no assertion on time.
  it('finds nothing urgent when every answer is no, with the reminder it cannot diagnose', async () => {
    const user = userEvent.setup();
    renderCheck();
    await answerAll(user, []);
    await seeResult(user);
    const heading = await screen.findByRole('heading', { name: 'Nothing urgent found' });
    expect(heading).toHaveFocus();
    expect(screen.getByText(/This check can't diagnose/)).toBeInTheDocument();
    expect(screen.getByText(/if something feels off or not muscular/)).toBeInTheDocument();
    const [check, ...others] = await stored();
    expect(others).toEqual([]);
    expect(check).toMatchObject({ outcome: 'nothing-urgent' });
    expect(Object.keys(check!.answers)).toHaveLength(redFlagQuestions.length);
    expect(await screen.findByText('No to every sign.')).toBeInTheDocument();
  }, 20_000);

  it('gives emergency advice at once for one emergency sign, even with questions left', async () => {
    const user = userEvent.setup();
    renderCheck();
    await answer(user, 'chest-pain', 'Yes');
    await seeResult(user);
    const heading = await screen.findByRole('heading', { name: 'Get emergency help now' });
    expect(heading).toHaveFocus();
    expect(scrollTo).toHaveBeenCalledWith({ top: 0 });
    const card = heading.closest('section')!;
    expect(card).toHaveTextContent(/Call \d+ or go to the emergency department now/);
    expect(within(card).getByRole('link', { name: /^Call \d+$/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^tel:\d+$/),
    );
    expect(within(card).getByRole('listitem')).toHaveTextContent('Chest pain');
    expect(await stored()).toMatchObject([
      { outcome: 'emergency', answers: { 'chest-pain': true } },
    ]);
  });

  it('sends two bladder, bowel or genital signs to emergency care', async () => {
    const user = userEvent.setup();
    renderCheck();
    await answer(user, 'wiping-feeling', 'Yes');
    await answer(user, 'sexual-function', 'Yes');
    await seeResult(user);
    expect(
      await screen.findByRole('heading', { name: 'Get emergency help now' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Two or more of these together/)).toBeInTheDocument();
  });

  it('says what to mention to a doctor, and records the visit when marked', async () => {
    const user = userEvent.setup();
    renderCheck();
    await answerAll(user, ['night-pain', 'weight-loss']);
    await seeResult(user);
    const heading = await screen.findByRole('heading', { name: 'See a doctor soon' });
    const card = heading.closest('section')!;
    expect(card).toHaveTextContent('Tell them about:');
    expect(
      within(card)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([textOf('weight-loss'), textOf('night-pain')]);
    await user.click(await screen.findByRole('button', { name: /^I've seen a doctor/ }));
    expect(await screen.findByText('Marked as seen a doctor')).toBeInTheDocument();
    expect((await stored())[0]?.seenDoctorOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.queryByRole('button', { name: /^I've seen a doctor/ })).not.toBeInTheDocument();
  }, 20_000);

  it('asks for the unanswered emergency questions before saying nothing or soon, and stores nothing', async () => {
    const user = userEvent.setup();
    renderCheck();
    await answer(user, 'night-pain', 'Yes');
    await seeResult(user);
    expect(
      await screen.findByText(
        `Answer the ${required.length} questions marked below to see your result.`,
      ),
    ).toBeInTheDocument();
    const first = screen.getByRole('radiogroup', { name: textOf('both-legs-numb') });
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(within(first).getByLabelText('Yes')).toHaveFocus();
    expect(
      within(screen.getByRole('radiogroup', { name: textOf('night-pain') })).getByLabelText('Yes'),
    ).toBeChecked();
    expect(await stored()).toEqual([]);
  });

  it('starts again with empty answers', async () => {
    const user = userEvent.setup();
    renderCheck();
    await answer(user, 'serious-accident', 'Yes');
    await seeResult(user);
    await user.click(await screen.findByRole('button', { name: 'Take the check again' }));
    expect(
      within(screen.getByRole('radiogroup', { name: textOf('serious-accident') })).getByLabelText(
        'Yes',
      ),
    ).not.toBeChecked();
  });
});
