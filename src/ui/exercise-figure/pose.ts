// A side-view stick figure described by joint angles, turned into line segments for an SVG.
// Angles are in degrees, SVG-style: 0 points right (the way the figure faces when standing),
// 90 points down, -90 up, 180 left. Lengths are in the drawing's units (a 240 x 140 view box,
// floor at y = 130); a standing figure is about 112 tall.

export type Point = readonly [number, number];

/** An arm: upper arm then forearm; `reach` shortens it when it points toward the viewer. */
export type Arm = { upper: number; fore: number; reach?: number };
/** A leg: thigh, shin, then foot. */
export type Leg = { thigh: number; shin: number; foot?: number };

/** What the person holds or lies on, drawn with the figure. */
export type Prop =
  | { kind: 'dumbbell' | 'kettlebell' | 'barbell'; at: 'near-hand' | 'far-hand' | Point }
  | { kind: 'dowel' }
  | { kind: 'bench'; from: Point; to: Point }
  | { kind: 'band'; at: 'near-hand' };

export type Pose = {
  hip: Point;
  /** From the hip to the shoulders. */
  torso: number;
  /** The head's tilt against the torso's line (0 = in line). */
  neck?: number;
  nearArm: Arm;
  farArm?: Arm;
  nearLeg: Leg;
  farLeg?: Leg;
  props?: readonly Prop[];
};

export const SEGMENT = {
  torso: 42,
  neck: 6,
  headRadius: 8,
  upperArm: 23,
  forearm: 21,
  thigh: 31,
  shin: 30,
  foot: 9,
} as const;

const rad = (deg: number) => (deg * Math.PI) / 180;
const round = (n: number) => Math.round(n * 10) / 10;
const step = (from: Point, deg: number, length: number): Point => [
  round(from[0] + Math.cos(rad(deg)) * length),
  round(from[1] + Math.sin(rad(deg)) * length),
];

export type Limb = readonly Point[];

/** Everything the SVG draws, in absolute coordinates. */
export type Figure = {
  head: { centre: Point; radius: number };
  spine: Limb;
  nearArm: Limb;
  farArm: Limb | undefined;
  nearLeg: Limb;
  farLeg: Limb | undefined;
  props: readonly Prop[];
};

function arm(shoulder: Point, a: Arm): Limb {
  const reach = a.reach ?? 1;
  const elbow = step(shoulder, a.upper, SEGMENT.upperArm * reach);
  return [shoulder, elbow, step(elbow, a.fore, SEGMENT.forearm * reach)];
}

function leg(hip: Point, l: Leg): Limb {
  const knee = step(hip, l.thigh, SEGMENT.thigh);
  const ankle = step(knee, l.shin, SEGMENT.shin);
  return [hip, knee, ankle, step(ankle, l.foot ?? 0, SEGMENT.foot)];
}

/** Forward kinematics: the pose's joints from its hip and angles. */
export function figureOf(pose: Pose): Figure {
  const shoulder = step(pose.hip, pose.torso, SEGMENT.torso);
  const neckEnd = step(shoulder, pose.torso + (pose.neck ?? 0), SEGMENT.neck);
  const centre = step(neckEnd, pose.torso + (pose.neck ?? 0), SEGMENT.headRadius);
  return {
    head: { centre, radius: SEGMENT.headRadius },
    spine: [pose.hip, shoulder, neckEnd],
    nearArm: arm(shoulder, pose.nearArm),
    farArm: pose.farArm && arm(shoulder, pose.farArm),
    nearLeg: leg(pose.hip, pose.nearLeg),
    farLeg: pose.farLeg && leg(pose.hip, pose.farLeg),
    props: pose.props ?? [],
  };
}

/** The last point of a limb: a hand or a toe. */
export const endOf = (limb: Limb): Point => limb[limb.length - 1] ?? [0, 0];
