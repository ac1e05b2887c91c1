import { defaultPrescription, previousLevel } from '../exercises';
import type { EquipmentKind, OwnedEquipment, PlanExercise } from '../plan';
import { comparableVolumes, loadUnitsOf, sessionVolume } from '../progression';
import { easeAbout10, heavier, lighterOf, type Eased } from './ease';
import { stepBack } from '../progression';

/** Whole weeks without a session from which a return is eased (docs/domain.md §5b rule 2). */
export const BREAK_WEEKS = 2;
const STEP_BACK_WEEKS = 4;
const RUNG_DOWN_WEEKS = 8;

const asEased = (after: PlanExercise, how: Eased['how'], from: PlanExercise): Eased =>
  heavier(from, after) ? { after, how } : { after: from, how: 'none' };

/**
 * The restart after `weeksAway` whole weeks without a session, from the prescription before the
 * break (docs/domain.md §5b rule 2; Mujika & Padilla 2000 on detraining): 0-1 unchanged; 2-3
 * about 10 % less; 4-7 one step back (about 25 %); 8 or more two step-backs or one rung down,
 * whichever is lighter. Each band is at least as light as the one before it, so a longer break
 * never gives a heavier restart. Loads step back on the weights the person owns (docs/domain.md §5b rule 5).
 */
export function restartAfterBreak(
  before: PlanExercise,
  weeksAway: number,
  equipment: readonly EquipmentKind[],
  owned?: OwnedEquipment,
): Eased {
  if (weeksAway < BREAK_WEEKS) return { after: before, how: 'none' };
  const ten = easeAbout10(before);
  if (weeksAway < STEP_BACK_WEEKS) return ten;
  const one = stepBack(before, equipment, owned);
  const oneStep = lighterOf(asEased(one.after, 'step-back', before), ten);
  if (weeksAway < RUNG_DOWN_WEEKS) return oneStep;
  const two = asEased(stepBack(one.after, equipment, owned).after, 'two-steps', before);
  const below = previousLevel(before.exerciseId, equipment);
  const start = below && defaultPrescription(below.id, loadUnitsOf(before));
  const rung: Eased | undefined = start ? { after: start, how: 'rung-down' } : undefined;
  // Compared by volume where they can be; across kinds of rung the lower rung is the lighter.
  const lightest =
    rung === undefined
      ? two
      : comparableVolumes(rung.after, two.after) &&
          sessionVolume(two.after) < sessionVolume(rung.after)
        ? two
        : rung;
  return lighterOf(lightest, oneStep);
}
