import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { redFlagQuestions } from '../../domain/safety';
import { screeningRepository } from '../../data/repositories';
import { resetDatabase } from '../../data/test-reset';
import { SafetyCheckPage } from './safety-check-page';

type User = ReturnType<typeof userEvent.setup>;
const textOf = (id: string) => redFlagQuestions.find((q) => q.id === id)!.text;
const group = (name: string | RegExp) => screen.getByRole('radiogroup', { name });

/** Answers the emergency and bladder/bowel questions no; the rest are left to the test. */
async function answerRequiredNo(user: User) {
  for (const question of redFlagQuestions.filter((q) => q.group !== 'soon')) {
    await user.click(within(group(question.text)).getByLabelText('No'));
  }
}
const seeResult = (user: User) => user.click(screen.getByRole('button', { name: 'See my result' }));

beforeEach(async () => {
  await resetDatabase();
  window.scrollTo = vi.fn();
});

function renderCheck() {
  render(
    <MemoryRouter>
      <SafetyCheckPage />
    </MemoryRouter>,
  );
}

describe('the safety check over years of use (docs/domain.md §3)', () => {
  it('lets the "see a doctor soon" questions be left as not sure, and names them', async () => {
    const user = userEvent.setup();
    renderCheck();
    await answerRequiredNo(user);
    await user.click(within(group(textOf('night-pain'))).getByLabelText('Not sure'));
    await seeResult(user);
    const heading = await screen.findByRole('heading', { name: 'Nothing urgent found' });
    const card = heading.closest('section')!;
    expect(card).toHaveTextContent("You weren't sure about:");
    expect(within(card).getAllByRole('listitem')).toHaveLength(
      redFlagQuestions.filter((q) => q.group === 'soon').length,
    );
    const [check] = (await screeningRepository.all()).records;
    expect(check?.notSure).toContain('night-pain');
    expect(check?.answers['night-pain']).toBeUndefined();
  }, 20_000);

  it('asks a sign a doctor has checked as "new or changed since?", and a same answer is not urgent', async () => {
    const visitAt = '2025-03-02T09:00:00.000Z';
    const saved = await screeningRepository.add(
      {
        takenAt: visitAt,
        answers: { 'cough-pain': true, 'cancer-history': true },
        outcome: 'see-doctor-soon',
        seenDoctorOn: '2025-03-04',
      },
      { now: '2025-03-05T09:00:00.000Z', today: '2025-03-05' },
    );
    expect(saved.ok).toBe(true);
    const user = userEvent.setup();
    renderCheck();
    const cough = await screen.findByRole('radiogroup', {
      name: /^Pain when you sneeze.*: new or changed since a doctor checked it on .*2025\?$/,
    });
    const cancer = group(/^You have had cancer in the past \(a doctor checked this on .*2025\)$/);
    await answerRequiredNo(user);
    await user.click(within(cough).getByLabelText('No'));
    await user.click(within(cancer).getByLabelText('Yes'));
    await seeResult(user);
    expect(await screen.findByRole('heading', { name: 'Nothing urgent found' })).toBeVisible();
    const newest = (await screeningRepository.all()).records.find((r) => r.takenAt !== visitAt);
    expect(newest).toMatchObject({ outcome: 'nothing-urgent' });
    expect(newest?.askedSinceChecked).toEqual(
      expect.arrayContaining(['cough-pain', 'cancer-history']),
    );
  }, 20_000);

  it('keeps a checked past cancer a flag when it comes with night pain', async () => {
    await screeningRepository.add(
      {
        takenAt: '2025-03-02T09:00:00.000Z',
        answers: { 'cancer-history': true },
        outcome: 'see-doctor-soon',
        seenDoctorOn: '2025-03-04',
      },
      { now: '2025-03-05T09:00:00.000Z', today: '2025-03-05' },
    );
    const user = userEvent.setup();
    renderCheck();
    const cancer = await screen.findByRole('radiogroup', {
      name: /^You have had cancer.*checked this/,
    });
    await answerRequiredNo(user);
    await user.click(within(cancer).getByLabelText('Yes'));
    await user.click(within(group(textOf('night-pain'))).getByLabelText('Yes'));
    await seeResult(user);
    const heading = await screen.findByRole('heading', { name: 'See a doctor soon' });
    expect(heading.closest('section')).toHaveTextContent(textOf('cancer-history'));
  }, 20_000);
});
