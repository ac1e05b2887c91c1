import type { ExerciseLevel } from './exercise-level';

// Accessories (docs/domain.md §5): each is its own one-rung track. Pound loads are dumbbells
// as sold in pounds (5 lb, then 2.5 lb steps on adjustable sets), not conversions.
const accessory = { ladder: 'accessory', level: 0, unit: 'reps', sets: 2, maxSets: 3 } as const;

export const accessoryLevels: readonly ExerciseLevel[] = [
  {
    ...accessory,
    id: 'reverse-flye',
    name: 'Reverse flye',
    track: 'reverse-flye',
    trains: 'Upper-back muscles between the shoulder blades',
    cues: ['Hinge forward, back flat', 'Arms wide, slight bend', 'Squeeze the shoulder blades'],
    loadKind: 'dumbbell',
    equipment: ['dumbbells'],
    repsMin: 10,
    repsMax: 15,
    load: { kg: { start: 2, step: 1 }, lb: { start: 5, step: 2.5 } },
  },
  {
    ...accessory,
    id: 'band-pull-apart',
    name: 'Band pull-apart',
    track: 'reverse-flye',
    trains: 'Upper-back muscles between the shoulder blades',
    cues: ['Band at chest height, arms straight', 'Pull it apart to your chest', 'Return slowly'],
    loadKind: 'band',
    equipment: ['bands'],
    repsMin: 10,
    repsMax: 15,
  },
  {
    ...accessory,
    id: 'good-morning',
    name: 'Good morning',
    track: 'good-morning',
    trains: 'Back and hamstrings through the hinge, with a weight held at the chest',
    cues: ['Hold the weight against your chest', 'Push your hips back, back flat', 'Stand tall'],
    loadKind: 'dumbbell',
    equipment: ['dumbbells'],
    repsMin: 8,
    repsMax: 12,
    load: { kg: { start: 4, step: 2 }, lb: { start: 10, step: 5 } },
  },
];
