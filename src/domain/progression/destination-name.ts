import { destinationFor, type MainLadder } from '../exercises';
import type { EquipmentKind } from '../plan';

/** The destination a person can reach, named for what they own, and why it serves the back. */
export type DestinationTitle = { id: string | undefined; name: string; why: string | undefined };

// docs/domain.md §5b rule 6: the destination is named for what the person owns, with one
// sentence on why it serves the back as well. Keyed by library id; never "Deadlift" for an RDL.
const titles: Record<string, { name: string; why: string | undefined }> = {
  deadlift: { name: 'Deadlift', why: undefined },
  'kettlebell-deadlift': {
    name: 'Kettlebell deadlift',
    why: 'Lifting a kettlebell from the floor trains the same hinge as a barbell deadlift: back held firm while the hips and legs do the lifting.',
  },
  'romanian-deadlift': {
    name: 'Dumbbell Romanian deadlift',
    why: 'With dumbbells it trains the same hip hinge with a firm back that a deadlift builds, the movement of lifting a box or a child.',
  },
  'romanian-deadlift-kettlebell': {
    name: 'Kettlebell Romanian deadlift',
    why: 'It trains the same hip hinge with a firm back that a deadlift builds, the movement of lifting a box or a child.',
  },
  'bent-over-row': { name: 'Dumbbell bent-over row', why: undefined },
  'bent-over-row-barbell': { name: 'Barbell bent-over row', why: undefined },
  'one-arm-row-kettlebell': {
    name: 'Supported one-arm kettlebell row',
    why: 'Rowing with one hand supported works the same upper-back muscles for endurance as a bent-over row.',
  },
};

/** The destination of `ladder` for this person's `equipment`, named for it. */
export function destinationTitle(
  ladder: MainLadder,
  equipment: readonly EquipmentKind[],
): DestinationTitle {
  const level = destinationFor(ladder, equipment) ?? destinationFor(ladder);
  const known = level && titles[level.id];
  return { id: level?.id, name: known?.name ?? level?.name ?? ladder, why: known?.why };
}
