import { systemClock, fromLocalInput } from '../clock';
import { episodeRepository } from '../repositories';

/**
 * Sets the end time of a spasm that is still going, from a datetime-local value.
 * Resolves to the message to show at the field, or null once saved.
 */
export async function finishEpisode(id: string, local: string): Promise<string | null> {
  const endedAt = fromLocalInput(local);
  if (!endedAt) return 'Enter the date and time it eased';
  const result = await episodeRepository.update(id, { endedAt }, systemClock());
  if (result.ok) return null;
  return result.errors.endedAt ?? Object.values(result.errors)[0] ?? 'This could not be saved';
}
