import type { ExerciseLevel } from './exercise-level';

// Row ladder toward bent-over rows for endurance (docs/domain.md §5): higher reps throughout.
// Pound loads are the weights sold in pounds (10 lb dumbbells, 15 lb kettlebells, a 45 lb bar),
// not conversions of the kg ones; each step is one sold step (load-units.ts, loadGrid).
const row = { ladder: 'row', track: 'row', unit: 'reps', sets: 2, maxSets: 3 } as const;
const cuesOneArm = [
  'One hand and knee on a chair or bench',
  'Pull the weight to your hip',
  'Back flat, no twisting',
];
const cuesBentOver = [
  'Hinge forward from the hips, back flat',
  'Pull to your lower ribs',
  'Lower slowly, keep the hinge',
];

export const rowLevels: readonly ExerciseLevel[] = [
  {
    ...row,
    id: 'one-arm-row',
    name: 'Supported one-arm row',
    level: 0,
    trains: 'Upper-back muscles with the spine supported',
    cues: cuesOneArm,
    loadKind: 'dumbbell',
    equipment: ['dumbbells'],
    repsMin: 10,
    repsMax: 15,
    load: { kg: { start: 4, step: 2, moveOnAt: 8 }, lb: { start: 10, step: 5, moveOnAt: 17.5 } },
  },
  {
    ...row,
    id: 'one-arm-row-kettlebell',
    name: 'Supported one-arm kettlebell row',
    level: 0,
    trains: 'Upper-back muscles with the spine supported',
    cues: cuesOneArm,
    loadKind: 'kettlebell',
    equipment: ['kettlebell'],
    repsMin: 10,
    repsMax: 15,
    load: { kg: { start: 8, step: 4, moveOnAt: 12 }, lb: { start: 15, step: 5, moveOnAt: 25 } },
  },
  {
    ...row,
    id: 'chest-supported-row',
    name: 'Chest-supported row',
    level: 1,
    trains: 'Both sides of the upper back, chest resting on an inclined bench',
    cues: ['Chest on the bench, feet planted', 'Pull both elbows back', 'Squeeze, then lower'],
    loadKind: 'dumbbell',
    equipment: ['dumbbells', 'bench'],
    repsMin: 10,
    repsMax: 15,
    load: { kg: { start: 4, step: 2, moveOnAt: 10 }, lb: { start: 10, step: 5, moveOnAt: 22.5 } },
  },
  {
    ...row,
    id: 'bent-over-row',
    name: 'Bent-over row',
    level: 2,
    trains: 'Back endurance holding a hinge: the destination',
    cues: cuesBentOver,
    loadKind: 'dumbbell',
    equipment: ['dumbbells'],
    sets: 3,
    maxSets: 4,
    repsMin: 12,
    repsMax: 20,
    load: { kg: { start: 4, step: 2 }, lb: { start: 10, step: 5 } },
  },
  {
    ...row,
    id: 'bent-over-row-barbell',
    name: 'Barbell bent-over row',
    level: 2,
    trains: 'Back endurance holding a hinge: the destination',
    cues: cuesBentOver,
    loadKind: 'barbell',
    equipment: ['barbell'],
    sets: 3,
    maxSets: 4,
    repsMin: 12,
    repsMax: 20,
    load: { kg: { start: 20, step: 2.5 }, lb: { start: 45, step: 5 } },
  },
];
