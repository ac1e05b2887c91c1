import type { TriggerFinding } from './triggers';

/** The plan's ladders (the exercises concept), by the kind of load a trigger puts on the back. */
export type LadderHint = 'hinge' | 'row' | 'extension';

const ladderOf: Record<string, LadderHint> = {
  'cat-lifting-heavy': 'hinge',
  'cat-moving-furniture': 'hinge',
  'cat-bending-over-child': 'hinge',
  'cat-floor-pickup': 'hinge',
  'cat-gardening': 'hinge',
  'cat-housework': 'hinge',
  'bending-forward': 'hinge',
  lifting: 'hinge',
  'cat-carrying-child': 'row',
  'cat-twisting-reach': 'row',
  twisting: 'row',
  reaching: 'row',
  'cat-long-sitting': 'extension',
  'cat-desk-work': 'extension',
  'cat-long-standing': 'extension',
  'cat-getting-out-of-bed': 'extension',
  'cat-sleeping-position': 'extension',
  'sustained-sitting': 'extension',
  'sustained-standing': 'extension',
  'bending-backward': 'extension',
};

const rungs: Record<LadderHint, string> = {
  hinge:
    'The hinge steps of your plan (from the hip hinge with a broom handle towards deadlifts) build the strength and tolerance for it, a little at a time.',
  row: 'The row steps of your plan (from the supported one-arm row towards bent-over rows) build the endurance for it, a little at a time.',
  extension:
    'The back-extension steps of your plan (from prone lying and bird dogs towards supermans) build the endurance for it, a little at a time.',
};

const easier: Record<LadderHint, string> = {
  hinge:
    'For a while, make it lighter: smaller loads, held close to your body, and big jobs split into smaller ones.',
  row: 'For a while, make it lighter: smaller loads with a closer grip, and turn your feet rather than twisting to reach.',
  extension:
    'For a while, take it in shorter spells: change position and move a little more often.',
};

export type TriggerAdvice = { ladder: LadderHint | null; steps: string[] };

/**
 * What to do with a possible or likely trigger (docs/domain.md §0 reasons 1-3, and §6): not
 * avoidance for good, but preparation and graded practice, pointing to the plan and the beliefs
 * journal. Null for other verdicts: "no sign" and "too early" ask for nothing to change.
 */
export function triggerAdvice(
  finding: Pick<TriggerFinding, 'id' | 'verdict'>,
): TriggerAdvice | null {
  if (finding.verdict !== 'likely' && finding.verdict !== 'possible') return null;
  const ladder = ladderOf[finding.id] ?? null;
  return {
    ladder,
    steps: [
      'Avoiding it for good is not the aim: prepare for it, then build back up to it gradually.',
      ladder ? easier[ladder] : 'For a while, make it lighter or shorter, and take breaks.',
      'Use the hip hinge your plan teaches: hips back, back long, the load close to you.',
      ladder
        ? rungs[ladder]
        : 'Your plan builds strength and endurance step by step; keep to its pace.',
      'If you notice yourself worrying about it, the beliefs journal helps you test that worry with small, safe experiments.',
    ],
  };
}
