import { endOf, figureOf, type Figure, type Limb, type Point, type Pose, type Prop } from './pose';
import './exercise-figure.css';

const path = (limb: Limb) => limb.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');

function handOf(figure: Figure, at: 'near-hand' | 'far-hand' | Point): Point {
  if (typeof at !== 'string') return at;
  return endOf(at === 'near-hand' ? figure.nearArm : (figure.farArm ?? figure.nearArm));
}

function PropShape({ prop, figure }: { prop: Prop; figure: Figure }) {
  switch (prop.kind) {
    case 'dumbbell': {
      const [x, y] = handOf(figure, prop.at);
      return <rect className="figure-weight" x={x - 7} y={y - 3} width={14} height={6} rx={2} />;
    }
    case 'kettlebell': {
      const [x, y] = handOf(figure, prop.at);
      return (
        <g className="figure-weight">
          <circle cx={x} cy={y + 9} r={7} />
          <path className="figure-line" d={`M${x - 4} ${y + 3} Q${x} ${y - 3} ${x + 4} ${y + 3}`} />
        </g>
      );
    }
    case 'barbell': {
      const [x, y] = handOf(figure, prop.at);
      return <circle className="figure-plate" cx={x} cy={y} r={14} />;
    }
    case 'band': {
      const [x, y] = handOf(figure, prop.at);
      return <path className="figure-band" d={`M${x} ${y - 6} q4 3 0 6 q-4 3 0 6`} />;
    }
    case 'bench':
      return (
        <g className="figure-prop">
          <path d={`M${prop.from[0]} ${prop.from[1]} L${prop.to[0]} ${prop.to[1]}`} />
          <path d={`M${prop.from[0] + 8} ${prop.from[1]} L${prop.from[0] + 8} 130`} />
          <path d={`M${prop.to[0] - 8} ${prop.to[1]} L${prop.to[0] - 8} 130`} />
        </g>
      );
    case 'dowel': {
      // Along the back, touching the head, the upper back and the tailbone.
      const [hx, hy] = figure.spine[0] ?? [0, 0];
      const [sx, sy] = figure.spine[1] ?? [0, 0];
      const ux = (sx - hx) / 42;
      const uy = (sy - hy) / 42;
      const [nx, ny] = [uy, -ux];
      const off = 5;
      const a = [hx - ux * 12 + nx * off, hy - uy * 12 + ny * off];
      const b = [
        figure.head.centre[0] + ux * 10 + nx * off,
        figure.head.centre[1] + uy * 10 + ny * off,
      ];
      return <path className="figure-dowel" d={`M${a.join(' ')} L${b.join(' ')}`} />;
    }
  }
}

/**
 * One position of an exercise as a line drawing. It uses the text colour (currentColor), so it
 * follows both themes; `labelledBy` names the element whose text is its text alternative.
 */
export function PoseDrawing({ pose, labelledBy }: { pose: Pose; labelledBy: string }) {
  const figure = figureOf(pose);
  return (
    <svg className="exercise-figure" viewBox="0 0 240 140" role="img" aria-labelledby={labelledBy}>
      <path className="figure-floor" d="M8 130 L232 130" />
      {figure.props
        .filter((p) => p.kind === 'bench')
        .map((p, i) => (
          <PropShape key={`bench-${String(i)}`} prop={p} figure={figure} />
        ))}
      {figure.farLeg ? <path className="figure-far" d={path(figure.farLeg)} /> : null}
      {figure.farArm ? <path className="figure-far" d={path(figure.farArm)} /> : null}
      <path className="figure-line" d={path(figure.nearLeg)} />
      <path className="figure-line" d={path(figure.spine)} />
      <circle
        className="figure-head"
        cx={figure.head.centre[0]}
        cy={figure.head.centre[1]}
        r={figure.head.radius}
      />
      <path className="figure-line" d={path(figure.nearArm)} />
      {figure.props
        .filter((p) => p.kind !== 'bench')
        .map((p, i) => (
          <PropShape key={`${p.kind}-${String(i)}`} prop={p} figure={figure} />
        ))}
    </svg>
  );
}
