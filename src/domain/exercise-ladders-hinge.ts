import type { ExerciseLevel } from './exercise-level';

// Hinge ladder toward deadlifts for strength (DOMAIN.md section 5).
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
    startingLoadKg: 4,
    loadStepKg: 2,
    moveOnAtKg: 12,
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
    startingLoadKg: 8,
    loadStepKg: 4,
    moveOnAtKg: 16,
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
    startingLoadKg: 20,
    loadStepKg: 2.5,
    moveOnAtKg: 40,
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
    startingLoadKg: 30,
    loadStepKg: 2.5,
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
    startingLoadKg: 12,
    loadStepKg: 4,
  },
];
