import type {
  EquipmentKind,
  OwnedEquipment,
  PlanExercise,
  PreviousReview,
  WeekStatus,
} from '../plan';
import type { EaseHow } from './ease';
import type { ProgressionStep, StepBackHow } from '../progression';
import type { DaySets } from './exercise-week';
import type { ExerciseWeek, WeekSummary } from './week-summary';

// The types the review's decision and its sentences share. They live apart from both so that the
// decision, its sentences and the flare signals import them without importing each other.

/** What one exercise's decision depends on besides its own week. */
export type DecisionContext = {
  summary: WeekSummary;
  /** The week's sets grouped by day (summarizeWeekWithSets), for the baseline week. */
  days: readonly DaySets[];
  status: WeekStatus;
  /** Flare mode was on when the week began. */
  flareAtStart: boolean;
  flareSince: string | undefined;
  /**
   * In flare mode, the day it began: the later of flareSince and the day it was turned on by
   * hand (a person can date a flare back, but was flaring the day they said so). Undefined
   * outside flare mode.
   */
  flareBegan: string | undefined;
  phaseAfter: 1 | 2 | 3;
  /** The plan was in its baseline week when the week began (plan.findingBaseline). */
  findingBaseline: boolean;
  goodWeeksInARow: number;
  equipment: readonly EquipmentKind[];
  topLastWeek: (exerciseId: string) => boolean;
  /** The week reviewed (its first day). */
  weekOf: string;
  /** Earlier weekly reviews, newest first: stalls read the run before this week (docs/domain.md §5b rule 4). */
  history: readonly PreviousReview[];
  /** The prescriptions before a break: the first week back is capped at them (docs/domain.md §5b rule 2). */
  beforeBreak: readonly PlanExercise[] | undefined;
  /** Whole weeks without a session, ending with this one (0 when it had one). */
  weeksAway: number;
  /** The weights the person owns (plan.owned): loads come only from them (docs/domain.md §5b 5-6). */
  owned?: OwnedEquipment | undefined;
  /**
   * The most tolerable weekly volume load done on an exercise in the last 4 weeks, this one
   * included (docs/domain.md §5b rule 5: the 10 % cap is on work done).
   */
  mostDoneWeekly?: ((exerciseId: string) => number | undefined) | undefined;
};

export type SentenceFacts = {
  ctx: DecisionContext;
  week: ExerciseWeek;
  how?: StepBackHow | undefined;
  step?: ProgressionStep | undefined;
  /** How a stall or a break eased the exercise (docs/domain.md §5b rules 2 and 4). */
  eased?: EaseHow | undefined;
};
