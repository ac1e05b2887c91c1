import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as planActions from '../../../data/plan/plan-actions';
import { recordSet } from '../../../data/plan/plan-actions';
import { exerciseSetRepository, sessionRepository } from '../../../data/repositories';
import { buildExerciseSet } from '../../../../tests/support/domain/test-builders';
import { FORM_ERROR_KEY, type Validation } from '../../../domain/common';
import type { ExerciseSet } from '../../../domain/plan';
import { renderPlan, resetPlan, seedPlan, today } from '../plan-test-kit';
import { answer, storedSessions, storedSets } from './session-test-kit';

// The real recordSet, with a test able to stand in for one call of it.
vi.mock('../../../data/plan/plan-actions', async (importOriginal) => {
  const actual = await importOriginal<typeof planActions>();
  return { ...actual, recordSet: vi.fn(actual.recordSet) };
});

beforeEach(resetPlan);

const openFirstSet = async () => {
  const user = userEvent.setup();
  await seedPlan();
  renderPlan('/plan/session');
  await screen.findByRole('heading', { name: 'Prone press-up' });
  await answer(user, 'Moderate', '2');
  return user;
};

/** Stores set 1 of the press-ups, as the save stood in for by a test would have. */
async function storeFirstSet() {
  const session = await sessionRepository.add({ day: today() });
  if (!session.ok) throw new Error('session not stored');
  await exerciseSetRepository.add({
    sessionId: session.value.id,
    exerciseId: 'prone-press-up',
    setNumber: 1,
    reps: 8,
    effort: 'moderate',
    painDuring: 2,
  });
}

/** The next save resolves at once, without storing the set, so the read-back has not come yet. */
function saveAheadOfReadBack() {
  vi.mocked(recordSet).mockResolvedValueOnce({
    ok: true,
    value: buildExerciseSet({ exerciseId: 'prone-press-up', setNumber: 1 }),
  });
}

describe('saving a set from the session screen', () => {
  it('stores one set and one session when Done is double-tapped', async () => {
    const user = await openFirstSet();
    await user.dblClick(screen.getByRole('button', { name: 'Done: 8 reps' }));

    expect(await screen.findByText('Set 2 of 2: 8 reps')).toBeVisible();
    expect(await storedSets()).toHaveLength(1);
    expect(await storedSessions()).toHaveLength(1);
  });

  it('keeps Done busy after the save until the saved set is read back', async () => {
    const user = await openFirstSet();
    // A save that resolves before the live query has the set: the gap a second tap fell into.
    saveAheadOfReadBack();
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));
    expect(await screen.findByRole('timer', { name: 'Rest time left' })).toBeVisible();
    // Done waits behind the rest in the action bar; skipped at once, it is still busy.
    await user.click(screen.getByRole('button', { name: 'Skip rest' }));

    const busy = screen.getByRole('button', { name: 'Saving…' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    expect(recordSet).toHaveBeenCalledTimes(1);
    expect(await storedSets()).toEqual([]);

    // The set comes back from storage: the next set takes the button's place, ready.
    await storeFirstSet();
    expect(await screen.findByText('Set 2 of 2: 8 reps')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Done: 8 reps' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('shows Saving… while the save is under way, then frees Done with the refusal kept', async () => {
    const user = await openFirstSet();
    let refuse: (result: Validation<ExerciseSet>) => void = () => undefined;
    vi.mocked(recordSet).mockReturnValueOnce(
      new Promise((resolve) => {
        refuse = resolve;
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));
    expect(screen.getByRole('button', { name: 'Saving…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );

    refuse({ ok: false, errors: { [FORM_ERROR_KEY]: "Your phone's storage is full." } });
    expect(await screen.findByRole('alert')).toHaveTextContent("Your phone's storage is full.");
    const done = screen.getByRole('button', { name: 'Done: 8 reps' });
    expect(done).not.toHaveAttribute('aria-disabled');
    expect(screen.getByText('Set 1 of 2: 8 reps')).toBeVisible();

    // Trying again saves the set (the real recordSet this time).
    await user.click(done);
    expect(await screen.findByText('Set 2 of 2: 8 reps')).toBeVisible();
    expect(await storedSets()).toHaveLength(1);
  });

  it('keeps the Skip rest button through the read-back of the set, so a tap then is not lost', async () => {
    const user = await openFirstSet();
    // The save resolves before the live query has the set: the rest shows, the set is not back.
    saveAheadOfReadBack();
    await user.click(screen.getByRole('button', { name: 'Done: 8 reps' }));
    expect(await screen.findByRole('timer', { name: 'Rest time left' })).toBeVisible();
    const skip = screen.getByRole('button', { name: 'Skip rest' });
    expect(screen.getByText('Set 1 of 2: 8 reps')).toBeVisible();

    // The set is read back and set 2 comes up: the bar's content stays, its very button too.
    await storeFirstSet();
    expect(await screen.findByText('Set 2 of 2: 8 reps')).toBeVisible();
    expect(skip).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skip rest' })).toBe(skip);

    // A tap aimed at it just before the read-back lands now: it takes effect.
    await user.click(skip);
    expect(screen.queryByRole('timer', { name: 'Rest time left' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Done: 8 reps' })).toHaveFocus();
    expect(recordSet).toHaveBeenCalledTimes(1);
  });
});
