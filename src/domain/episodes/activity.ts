import * as z from 'zod/mini';
import { notARecord, recordMetaShape, requiredTextSchema } from '../common';
import { checkRecord } from '../common';
import type { Clock, Validation } from '../common';

/** An activity the person added themselves, alongside the built-in catalogue. */
export const activitySchema = z.object(
  { ...recordMetaShape, name: requiredTextSchema('a name', 60) },
  notARecord('activity'),
);

export type Activity = z.infer<typeof activitySchema>;

/** Validates a custom activity (a name of 1-60 characters after trimming). */
export function checkActivity(input: unknown, clock: Clock): Validation<Activity> {
  return checkRecord(activitySchema, input, clock);
}

export type CatalogueActivity = { readonly id: string; readonly name: string };

/** Everyday activities that often come just before a spasm. Ids start with "cat-" and never change. */
export const activityCatalogue: readonly CatalogueActivity[] = [
  { id: 'cat-lifting-heavy', name: 'Lifting a case of water or groceries' },
  { id: 'cat-moving-furniture', name: 'Moving furniture' },
  { id: 'cat-bending-over-child', name: 'Bending over a crib or child' },
  { id: 'cat-floor-pickup', name: 'Picking something up from the floor' },
  { id: 'cat-gardening', name: 'Gardening' },
  { id: 'cat-long-sitting', name: 'Sitting for a long time or driving' },
  { id: 'cat-getting-out-of-bed', name: 'Getting out of bed' },
  { id: 'cat-exercise-sport', name: 'Exercise or sport' },
  { id: 'cat-cough-sneeze', name: 'Coughing or sneezing' },
  { id: 'cat-housework', name: 'Housework (vacuuming, laundry)' },
  { id: 'cat-carrying-child', name: 'Carrying a child' },
  { id: 'cat-desk-work', name: 'Desk work' },
  { id: 'cat-long-standing', name: 'Standing for a long time' },
  { id: 'cat-twisting-reach', name: 'Twisting to reach (car seat, back seat)' },
  { id: 'cat-sleeping-position', name: 'Sleeping position' },
];

/** The catalogue entry with this id, or undefined when the id is not a catalogue id. */
export function findCatalogueActivity(id: string): CatalogueActivity | undefined {
  return activityCatalogue.find((activity) => activity.id === id);
}

/** The name to show for an activity id: catalogue first, then the person's own activities. */
export function activityName(id: string, custom: readonly Pick<Activity, 'id' | 'name'>[]): string {
  return (
    findCatalogueActivity(id)?.name ??
    custom.find((activity) => activity.id === id)?.name ??
    'An activity that was removed'
  );
}
