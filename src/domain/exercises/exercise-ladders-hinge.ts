import type { ExerciseLevel } from './exercise-level';

// Hinge ladder toward deadlifts for strength (docs/domain.md §5). Pound loads are the weights
// sold in pounds (a 45 lb bar with 2.5 lb plates, 5 lb kettlebell steps), not conversions.
const hinge = { ladder: 'hinge', track: 'hinge', unit: 'reps', sets: 2, maxSets: 3 } as const;
const bodyweight = { loadKind: 'bodyweight', equipment: [], repsMin: 8, repsMax: 12 } as const;
const rdl = { ...hinge, level: 3, name: 'Romanian deadlift', sets: 3, maxSets: 4 } as const;
const rdlTrains = 'Hamstrings and back muscles under a light load';
const rdlCues = [
  'Soft knees, weight close to your legs',
  'Push your hips back until you feel the hamstrings',
  'Back flat; stand tall by driving the hips forward',
];
const deadlift = { ...hinge, level: 4, sets: 3, maxSets: 4 } as const;
const deadliftCues = [
  'Weight over the middle of your feet',
  'Brace, back flat, then push the floor away',
  'Stand tall, then lower under control',
];

export const hingeLevels: readonly ExerciseLevel[] = [
  {
    ...hinge,
    ...bodyweight,
    id: 'hip-hinge-dowel',
    name: 'Hip hinge with a dowel',
    level: 0,
    trains: 'Bending at the hips with a neutral back',
    cues: [
      'Broom handle along your back: head, upper back, tailbone',
      'Push your hips back, knees soft',
      'Keep all three points on the stick',
    ],
  },
  {
    ...hinge,
    ...bodyweight,
    id: 'glute-bridge',
    name: 'Glute bridge',
    level: 1,
    trains: 'Glutes, which share the work of lifting with the back',
    cues: ['Lie on your back, knees bent', 'Squeeze your glutes, lift your hips', 'Lower slowly'],
  },
  {
    ...hinge,
    ...bodyweight,
    id: 'light-good-morning',
    name: 'Light good morning',
    level: 2,
    trains: 'The hinge with the back muscles holding the spine',
    cues: [
      'Hands on your hips or a broom handle across your shoulders',
      'Push your hips back, back flat',
      'Stop when you feel the hamstrings, then stand',
    ],
  },
  {
    ...rdl,
    id: 'romanian-deadlift',
    trains: rdlTrains,
    cues: rdlCues,
    loadKind: 'dumbbell',
    equipment: ['dumbbells'],
    repsMin: 8,
    repsMax: 12,
    load: { kg: { start: 4, step: 2, moveOnAt: 12 }, lb: { start: 10, step: 5, moveOnAt: 25 } },
  },
  {
    ...rdl,
    id: 'romanian-deadlift-kettlebell',
    name: 'Kettlebell Romanian deadlift',
    trains: rdlTrains,
    cues: rdlCues,
    loadKind: 'kettlebell',
    equipment: ['kettlebell'],
    repsMin: 8,
    repsMax: 12,
    load: { kg: { start: 8, step: 4, moveOnAt: 16 }, lb: { start: 15, step: 5, moveOnAt: 35 } },
  },
  {
    ...rdl,
    id: 'romanian-deadlift-barbell',
    name: 'Barbell Romanian deadlift',
    trains: rdlTrains,
    cues: rdlCues,
    loadKind: 'barbell',
    equipment: ['barbell'],
    repsMin: 8,
    repsMax: 12,
    load: { kg: { start: 20, step: 2.5, moveOnAt: 40 }, lb: { start: 45, step: 5, moveOnAt: 90 } },
  },
  {
    ...deadlift,
    id: 'deadlift',
    name: 'Deadlift',
    trains: 'Lifting strength from the floor: the destination',
    cues: deadliftCues,
    loadKind: 'barbell',
    equipment: ['barbell'],
    repsMin: 5,
    repsMax: 8,
    load: { kg: { start: 30, step: 2.5 }, lb: { start: 65, step: 5 } },
  },
  {
    ...deadlift,
    id: 'kettlebell-deadlift',
    name: 'Kettlebell deadlift',
    trains: 'Lifting strength from the floor: the destination',
    cues: deadliftCues,
    loadKind: 'kettlebell',
    equipment: ['kettlebell'],
    repsMin: 8,
    repsMax: 12,
    load: { kg: { start: 12, step: 4 }, lb: { start: 25, step: 5 } },
  },
];
