// How each exercise looks and the commonest mistake to avoid, beside its cues (the library).
// The two positions' words are also the text alternatives of their line drawings, so they say
// what the picture shows. Wording: design choice, plain and free of alarm (docs/domain.md §5).

export type ExerciseForm = {
  /** The commonest mistake, said as what to do instead where possible. */
  mistake: string;
  /** Label and words for the first picture ("Start", or "Get down" for a hold). */
  start: { label: string; description: string };
  end: { label: string; description: string };
};

const start = (description: string) => ({ label: 'Start', description });
const finish = (description: string) => ({ label: 'End', description });

const rdl = (what: string): ExerciseForm => ({
  mistake: 'Rounding the back to reach lower: stop where the hamstrings tighten, however high.',
  start: start(`Standing tall, arms straight, holding ${what} in front of the thighs.`),
  end: finish(
    `Hips pushed back, knees soft, back flat and leaning forward, ${what} hanging close to the legs at about knee height.`,
  ),
});

const supportedRow = (what: string): ExerciseForm => ({
  mistake: 'Twisting the body to lift the weight: keep the shoulders square to the floor.',
  start: start(
    `One knee and one hand on a bench, back flat, the other arm hanging straight down holding ${what}.`,
  ),
  end: finish(`The same position with the elbow pulled back and ${what} drawn up beside the hip.`),
});

const bentOverRow = (what: string): ExerciseForm => ({
  mistake: 'Standing up a little with every pull: keep the hinge still and move only the arms.',
  start: start(`Hinged forward from the hips, back flat, arms hanging straight holding ${what}.`),
  end: finish(`Still hinged, elbows pulled back past the ribs, ${what} at the lower ribs.`),
});

const deadlift = (what: string): ExerciseForm => ({
  mistake: 'Letting the weight drift away from the legs: keep it over the middle of the feet.',
  start: start(`Hips back and down, back flat, arms straight, hands on ${what} on the floor.`),
  end: finish(`Standing tall, hips through, arms straight, ${what} held in front of the thighs.`),
});

export const exerciseForms: Readonly<Record<string, ExerciseForm>> = {
  'prone-lying': {
    mistake: 'Holding your breath or tensing up: let the body go heavy and breathe slowly.',
    start: { label: 'Get down', description: 'On hands and knees, about to lower to the floor.' },
    end: {
      label: 'Hold',
      description: 'Lying face down, arms by the sides, head resting, legs straight and relaxed.',
    },
  },
  'prone-press-up': {
    mistake: 'Lifting the hips off the floor: the hips stay down and the back sags.',
    start: start('Lying face down, hands on the floor under the shoulders, elbows bent.'),
    end: finish('Arms straight, chest raised, hips still on the floor, back gently arched.'),
  },
  'bird-dog': {
    mistake: 'Lifting the leg too high so the lower back arches: reach long, not high.',
    start: start('On hands and knees, hands under the shoulders, knees under the hips, back flat.'),
    end: finish(
      'One arm reaching forward and the opposite leg reaching back, both level with the back, which stays flat.',
    ),
  },
  'alternating-superman': {
    mistake: 'Lifting high and jerking: a few centimetres, slowly, is enough.',
    start: start('Lying face down, arms stretched out overhead, legs straight.'),
    end: finish('One arm and the opposite leg lifted a few centimetres off the floor.'),
  },
  'superman-hold': {
    mistake: 'Craning the neck to look forward: keep looking at the floor.',
    start: start('Lying face down, arms stretched out overhead, legs straight.'),
    end: {
      label: 'Hold',
      description: 'Both arms, the chest and both legs lifted a few centimetres, held steady.',
    },
  },
  'hip-hinge-dowel': {
    mistake: 'Bending at the waist so the stick leaves the lower back: push the hips back instead.',
    start: start(
      'Standing, a broom handle held along the back touching the head, upper back and tailbone.',
    ),
    end: finish(
      'Hips pushed back, knees soft, leaning forward with the stick still touching all three points.',
    ),
  },
  'glute-bridge': {
    mistake: 'Arching the lower back at the top: lift with the buttocks, ribs down.',
    start: start('Lying on the back, knees bent, feet flat on the floor, arms by the sides.'),
    end: finish('Hips lifted so the shoulders, hips and knees make a straight line.'),
  },
  'light-good-morning': {
    mistake: 'Going down further than the hamstrings allow and rounding: stop at the stretch.',
    start: start('Standing tall, arms folded on the chest.'),
    end: finish(
      'Hips pushed back, knees soft, back flat, leaning forward until the hamstrings tighten.',
    ),
  },
  'romanian-deadlift': rdl('a dumbbell in each hand'),
  'romanian-deadlift-kettlebell': rdl('a kettlebell in both hands'),
  'romanian-deadlift-barbell': rdl('a barbell'),
  deadlift: deadlift('a barbell'),
  'kettlebell-deadlift': deadlift('a kettlebell standing between the feet'),
  'one-arm-row': supportedRow('a dumbbell'),
  'one-arm-row-kettlebell': supportedRow('a kettlebell'),
  'chest-supported-row': {
    mistake: 'Lifting the chest off the bench to pull: the chest stays on it.',
    start: start(
      'Chest on an inclined bench, feet on the floor, arms hanging with a dumbbell in each hand.',
    ),
    end: finish('Chest still on the bench, both elbows pulled back, weights beside the ribs.'),
  },
  'bent-over-row': bentOverRow('a dumbbell in each hand'),
  'bent-over-row-barbell': bentOverRow('a barbell'),
  'reverse-flye': {
    mistake: 'Swinging the weights up with the back: use light weights and a slow lift.',
    start: start('Hinged forward, back flat, arms hanging with a light dumbbell in each hand.'),
    end: finish(
      'Still hinged, arms raised out to the sides to shoulder height, elbows slightly bent.',
    ),
  },
  'band-pull-apart': {
    mistake: 'Shrugging the shoulders up: keep them down and squeeze the shoulder blades.',
    start: start('Standing, arms straight out in front at chest height, holding a band.'),
    end: finish('Arms opened wide to the sides, the band stretched across the chest.'),
  },
  'good-morning': {
    mistake: 'Rounding the back as you lean forward: go only as far as a flat back allows.',
    start: start('Standing tall, holding a weight against the chest.'),
    end: finish(
      'Hips pushed back, knees soft, back flat, leaning forward with the weight on the chest.',
    ),
  },
};

/** The form of an exercise, or undefined for an id the library doesn't know. */
export function exerciseFormOf(id: string): ExerciseForm | undefined {
  return exerciseForms[id];
}
