import { checkExperiment, type Experiment } from '../../domain/guide';
import type { FieldErrors, Validation } from '../../domain/common';
import { systemClock } from '../../data/clock';
import { experimentRepository } from '../../data/repositories';
import { showToast } from '../../ui/toast';

/** A new experiment as typed; pain is the tile's value, '' until one is chosen. */
export type ExperimentDraft = { activity: string; predictedPain: string; plannedFor: string };

/** The result as typed. */
export type ResultDraft = { actualPain: string; doneOn: string; notes: string };

const painOf = (text: string) => (text === '' ? Number.NaN : Number(text));

/** Checks and stores a planned experiment. */
export async function addExperiment(draft: ExperimentDraft): Promise<Validation<Experiment>> {
  const clock = systemClock();
  const record = {
    activity: draft.activity,
    predictedPain: painOf(draft.predictedPain),
    plannedFor: draft.plannedFor,
  };
  const checked = checkExperiment(
    { ...record, id: 'draft', createdAt: clock.now, updatedAt: clock.now },
    clock,
  );
  const blank: FieldErrors = {};
  if (draft.predictedPain === '') blank.predictedPain = 'Choose the pain you expect, from 0 to 10';
  if (draft.plannedFor === '') blank.plannedFor = 'Enter the day you plan to do it';
  if (!checked.ok || Object.keys(blank).length > 0) {
    return { ok: false, errors: { ...(checked.ok ? {} : checked.errors), ...blank } };
  }
  return experimentRepository.add(record, clock);
}

/** Records how a planned experiment went: the actual pain and the day. */
export async function recordResult(id: string, draft: ResultDraft): Promise<FieldErrors | null> {
  const blank: FieldErrors = {};
  if (draft.actualPain === '') blank.actualPain = 'Choose the pain you actually had, from 0 to 10';
  if (draft.doneOn === '') blank.doneOn = 'Enter the day you did it';
  // Nothing is written while an answer is missing, so a half-recorded result never shows as done.
  if (Object.keys(blank).length > 0) return blank;
  const saved = await experimentRepository.update(id, {
    actualPain: painOf(draft.actualPain),
    doneOn: draft.doneOn,
    notes: draft.notes.trim() === '' ? undefined : draft.notes,
  });
  return saved.ok ? null : saved.errors;
}

/** Soft-deletes an experiment and offers Undo. */
export async function deleteExperiment(experiment: Experiment): Promise<void> {
  const removed = await experimentRepository.softDelete(experiment.id);
  showToast(
    removed.ok
      ? {
          text: 'Experiment deleted',
          action: { label: 'Undo', run: () => experimentRepository.restore(experiment.id) },
        }
      : { text: 'That experiment could not be deleted. Try again.' },
  );
}
