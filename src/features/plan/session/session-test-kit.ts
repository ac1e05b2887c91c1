// Shared by the session screen's component tests: what is stored, and answering a set by label.
import { screen, within } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { exerciseSetRepository, sessionRepository } from '../../../data/repositories';

export type User = ReturnType<typeof userEvent.setup>;

/** The stored sets in the order they were saved. */
export const storedSets = async () =>
  (await exerciseSetRepository.all()).records.sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );

export const storedSessions = async () => (await sessionRepository.all()).records;

export const effortGroup = () => screen.getByRole('radiogroup', { name: 'How hard was it?' });
export const painGroup = () => screen.getByRole('radiogroup', { name: /Pain during the set/ });

/** Taps the effort tile (its label) and the pain tile for the set on screen. */
export async function answer(user: User, effort: string, pain: string) {
  await user.click(within(effortGroup()).getByRole('radio', { name: effort }));
  await user.click(within(painGroup()).getByRole('radio', { name: pain }));
}
