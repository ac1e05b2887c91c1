// The spasm form can't forget a field (docs/testing.md, exhaustiveness): every field of the
// spasm schema goes through named form fields, or says why the form has none, and a spasm with
// every field set comes back from episodeToDraft then draftToEpisode with each one intact.
import { describe, expect, it } from 'vitest';
import { episodeSchema, type Episode } from '../episodes';
import { buildEpisode, testClock } from '../../../tests/support/domain/test-builders';
import {
  bookkeeping,
  coverageGaps,
  schemaFields,
  shownFields,
  type FieldCoverage,
} from '../../../tests/support/domain/field-coverage';
import { draftToEpisode, episodeDraftSchema, type EpisodeDraft } from './episode-draft';
import { episodeToDraft } from './episode-draft-edit';

const draftFields = {
  ...bookkeeping,
  deletedAt: { leftOut: 'a deleted spasm is not edited' },
  startedAt: ['when', 'exactStart', 'startTime'],
  endedAt: ['stillGoing', 'endedAt'],
  severity: ['severity'],
  region: ['region'],
  side: ['side'],
  activityId: ['activityId', 'newActivity'],
  movement: ['movement'],
  loadKg: ['load'],
  easedBy: ['easedBy'],
  couldMove: ['couldMove'],
  notes: ['notes'],
} satisfies FieldCoverage<Episode, readonly (keyof EpisodeDraft)[]>;

// Local wall time is read as UTC here, so instants stay easy to compare.
const toLocal = (instant: string) => instant.slice(0, 16);
const toInstant = (local: string) => new Date(`${local}:00.000Z`).toISOString();

describe('the spasm form covers every field', () => {
  it('places every spasm field in form fields that exist, or says why not', () => {
    expect(coverageGaps(episodeSchema, draftFields, 'The spasm form')).toBe('');
    const formFields = schemaFields(episodeDraftSchema);
    for (const [field, names] of shownFields<readonly (keyof EpisodeDraft)[]>(draftFields)) {
      expect(
        names.filter((name) => !formFields.includes(name)),
        `form fields for ${field}`,
      ).toEqual([]);
    }
  });

  it('gives back every field of a spasm that has them all, after the edit form', () => {
    const stored = buildEpisode();
    for (const [field] of shownFields<readonly (keyof EpisodeDraft)[]>(draftFields)) {
      expect(stored[field as keyof Episode], `the test spasm sets ${field}`).toBeDefined();
    }
    const back = draftToEpisode(episodeToDraft(stored, 'kg', toLocal), testClock, 'kg', toInstant);
    if (!back.ok) throw new Error(JSON.stringify(back.errors));
    for (const [field] of shownFields<readonly (keyof EpisodeDraft)[]>(draftFields)) {
      const key = field as keyof Episode;
      expect(back.value[key as keyof typeof back.value], `${field} after the form`).toEqual(
        stored[key],
      );
    }
  });
});
