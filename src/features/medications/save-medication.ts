import type { Medication } from '../../domain/medications';
import { draftToMedication, type MedicationDraft } from '../../domain/medications';
import type { Validation } from '../../domain/common';
import { systemClock } from '../../data/clock';
import { medicationRepository } from '../../data/repositories';
import { showToast } from '../../ui/toast';

/** Checks and stores a new medicine, or changes to the medicine `id`. */
export async function saveMedication(
  draft: MedicationDraft,
  id?: string,
): Promise<Validation<Medication>> {
  const clock = systemClock();
  const checked = draftToMedication(draft, clock);
  if (!checked.ok) return checked;
  return id === undefined
    ? medicationRepository.add(checked.value, clock)
    : medicationRepository.update(id, checked.value, clock);
}

/** Soft-deletes a medicine and offers Undo; resolves to whether it was removed. */
export async function deleteMedication(medication: Medication): Promise<boolean> {
  const removed = await medicationRepository.softDelete(medication.id);
  if (!removed.ok) {
    showToast({ text: 'That medicine could not be deleted. Try again.' });
    return false;
  }
  showToast({
    text: `${medication.name} deleted`,
    action: { label: 'Undo', run: () => medicationRepository.restore(medication.id) },
  });
  return true;
}
