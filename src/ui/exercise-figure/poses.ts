import type { Arm, Leg, Point, Pose, Prop } from './pose';

// The start and end positions of every exercise in the library, drawn for this project as joint
// angles (pose.ts). The floor is y = 130; the figure faces right. Words for each position (the
// pictures' text alternatives) live with the exercise in src/domain/exercises/exercise-form.ts.

export type PosePair = { start: Pose; end: Pose };

const stand: Point = [110, 67];
const straightLegs: Leg = { thigh: 90, shin: 90 };
const hanging: Arm = { upper: 90, fore: 90 };
// Hips back, knees soft: the hinge the plan teaches.
const hingeHip: Point = [100, 70];
const hingeLegs: Leg = { thigh: 74, shin: 100 };
const hingeFarLeg: Leg = { thigh: 78, shin: 98 };
// Lying face down, head to the right, legs along the floor.
const prone: Point = [95, 121];
const proneLegs: Leg = { thigh: 180, shin: 180, foot: 95 };
const overhead: Arm = { upper: 0, fore: 0 };
const bySides: Arm = { upper: 178, fore: 180 };
// On hands and knees: thigh straight down to the knee, arms straight down to the floor.
const fours: Point = [95, 97];
const kneeling: Leg = { thigh: 90, shin: 180, foot: 180 };
const foursTorso = -15;
// A row pulls the elbow back past the ribs, a little above the line of the back; the forearm hangs.
const rowedArm = (torso: number): Arm => ({ upper: 195 + torso, fore: 90 });

const weight = (kind: 'dumbbell' | 'kettlebell' | 'barbell', far = false): Prop => ({
  kind,
  at: far ? 'far-hand' : 'near-hand',
});

/** A standing start and a hinged end, holding `kind` with straight arms. */
function hingeWith(props: readonly Prop[], torso = -20): PosePair {
  return {
    start: { hip: stand, torso: -90, nearArm: hanging, nearLeg: straightLegs, props },
    end: {
      hip: hingeHip,
      torso,
      nearArm: hanging,
      nearLeg: hingeLegs,
      farLeg: hingeFarLeg,
      props,
    },
  };
}

/** Arms folded on the chest, turning with the torso (the standing angles are for torso -90). */
const foldedArms = (torso: number): Arm => ({ upper: 80 + torso + 90, fore: -120 + torso + 90 });

const bench = (from: Point, to: Point): Prop => ({ kind: 'bench', from, to });

function bentOverRow(kind: 'dumbbell' | 'barbell'): PosePair {
  const base = { hip: hingeHip, torso: -20, nearLeg: hingeLegs, farLeg: hingeFarLeg };
  return {
    start: { ...base, nearArm: hanging, props: [weight(kind)] },
    end: { ...base, nearArm: rowedArm(-20), props: [weight(kind)] },
  };
}

function supportedRow(kind: 'dumbbell' | 'kettlebell'): PosePair {
  const base = {
    hip: [92, 69] as Point,
    torso: -5,
    farArm: { upper: 52, fore: 52 },
    nearLeg: { thigh: 95, shin: 90 },
    farLeg: { thigh: 90, shin: 180, foot: 180 },
  };
  const props = [bench([48, 100], [176, 100]), weight(kind)];
  return {
    start: { ...base, nearArm: hanging, props },
    end: { ...base, nearArm: rowedArm(-5), props },
  };
}

function deadliftFrom(floorWeight: 'barbell' | 'kettlebell'): PosePair {
  return {
    start: {
      hip: [96, 96],
      torso: -37,
      nearArm: hanging,
      nearLeg: { thigh: 8, shin: 116 },
      props: [weight(floorWeight)],
    },
    end: {
      hip: stand,
      torso: -90,
      nearArm: hanging,
      nearLeg: straightLegs,
      props: [weight(floorWeight)],
    },
  };
}

export const poses: Readonly<Record<string, PosePair>> = {
  'prone-lying': {
    start: { hip: fours, torso: foursTorso, nearArm: hanging, nearLeg: kneeling },
    end: { hip: prone, torso: 0, nearArm: bySides, nearLeg: proneLegs },
  },
  'prone-press-up': {
    start: { hip: prone, torso: 0, nearArm: { upper: -120, fore: 75 }, nearLeg: proneLegs },
    end: { hip: prone, torso: -52, nearArm: { upper: 95, fore: 92 }, nearLeg: proneLegs },
  },
  'bird-dog': {
    start: { hip: fours, torso: foursTorso, nearArm: hanging, nearLeg: kneeling },
    end: {
      hip: fours,
      torso: foursTorso,
      nearArm: hanging,
      farArm: { upper: -8, fore: -8 },
      nearLeg: { thigh: 182, shin: 180, foot: 180 },
      farLeg: kneeling,
    },
  },
  'alternating-superman': {
    start: { hip: prone, torso: 0, nearArm: overhead, nearLeg: proneLegs },
    end: {
      hip: prone,
      torso: -4,
      nearArm: overhead,
      farArm: { upper: -14, fore: -14 },
      nearLeg: { thigh: 190, shin: 190, foot: 100 },
      farLeg: proneLegs,
    },
  },
  'superman-hold': {
    start: { hip: prone, torso: 0, nearArm: overhead, nearLeg: proneLegs },
    end: {
      hip: prone,
      torso: -9,
      nearArm: { upper: -16, fore: -16 },
      nearLeg: { thigh: 190, shin: 192, foot: 100 },
    },
  },
  'hip-hinge-dowel': {
    start: {
      hip: stand,
      torso: -90,
      nearArm: { upper: 100, fore: 150 },
      farArm: { upper: -140, fore: 40 },
      nearLeg: straightLegs,
      props: [{ kind: 'dowel' }],
    },
    end: {
      hip: hingeHip,
      torso: -25,
      nearArm: { upper: 165, fore: 220 },
      farArm: { upper: -75, fore: 105 },
      nearLeg: hingeLegs,
      farLeg: hingeFarLeg,
      props: [{ kind: 'dowel' }],
    },
  },
  'glute-bridge': {
    start: {
      hip: [135, 121],
      torso: 180,
      nearArm: { upper: 4, fore: 0 },
      nearLeg: { thigh: -55, shin: 78, foot: 0 },
    },
    end: {
      hip: [132, 100],
      torso: 152,
      nearArm: { upper: 0, fore: 0 },
      nearLeg: { thigh: -10, shin: 85, foot: 0 },
    },
  },
  'light-good-morning': {
    start: { hip: stand, torso: -90, nearArm: foldedArms(-90), nearLeg: straightLegs },
    end: {
      hip: hingeHip,
      torso: -30,
      nearArm: foldedArms(-30),
      nearLeg: hingeLegs,
      farLeg: hingeFarLeg,
    },
  },
  'romanian-deadlift': hingeWith([weight('dumbbell')]),
  'romanian-deadlift-kettlebell': hingeWith([weight('kettlebell')]),
  'romanian-deadlift-barbell': hingeWith([weight('barbell')]),
  deadlift: deadliftFrom('barbell'),
  'kettlebell-deadlift': deadliftFrom('kettlebell'),
  'one-arm-row': supportedRow('dumbbell'),
  'one-arm-row-kettlebell': supportedRow('kettlebell'),
  'chest-supported-row': {
    start: {
      hip: [88, 104],
      torso: -32,
      nearArm: hanging,
      nearLeg: { thigh: 170, shin: 150, foot: 80 },
      props: [bench([70, 122], [150, 72]), weight('dumbbell')],
    },
    end: {
      hip: [88, 104],
      torso: -32,
      nearArm: { upper: 205, fore: 95 },
      nearLeg: { thigh: 170, shin: 150, foot: 80 },
      props: [bench([70, 122], [150, 72]), weight('dumbbell')],
    },
  },
  'bent-over-row': bentOverRow('dumbbell'),
  'bent-over-row-barbell': bentOverRow('barbell'),
  'reverse-flye': {
    start: {
      hip: hingeHip,
      torso: -20,
      nearArm: hanging,
      nearLeg: hingeLegs,
      farLeg: hingeFarLeg,
      props: [weight('dumbbell')],
    },
    end: {
      hip: hingeHip,
      torso: -20,
      nearArm: { upper: -60, fore: -60, reach: 0.45 },
      nearLeg: hingeLegs,
      farLeg: hingeFarLeg,
      props: [weight('dumbbell')],
    },
  },
  'band-pull-apart': {
    start: {
      hip: stand,
      torso: -90,
      nearArm: { upper: 0, fore: 0 },
      nearLeg: straightLegs,
      props: [{ kind: 'band', at: 'near-hand' }],
    },
    end: {
      hip: stand,
      torso: -90,
      nearArm: { upper: 0, fore: 0, reach: 0.3 },
      nearLeg: straightLegs,
    },
  },
  'good-morning': {
    start: {
      hip: stand,
      torso: -90,
      nearArm: foldedArms(-90),
      nearLeg: straightLegs,
      props: [weight('kettlebell')],
    },
    end: {
      hip: hingeHip,
      torso: -30,
      nearArm: foldedArms(-30),
      nearLeg: hingeLegs,
      farLeg: hingeFarLeg,
      props: [weight('kettlebell')],
    },
  },
};
