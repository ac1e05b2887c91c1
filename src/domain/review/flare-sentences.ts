import { findLevel } from '../exercises';
import { signalsSteppingBack } from './flare-signals';
import type { DecisionContext } from './decision-context';
import { factsFor, formatPercent, listDays, nameInSentence, weekdayName } from '../progression';
import type { SentenceFacts } from './decision-context';
import type { DecisionCore } from '../plan';

const spasmClause = (days: readonly string[]) =>
  `you logged ${days.length === 1 ? 'a spasm' : 'spasms'} on ${listDays(days)}`;

/** A worse morning entered after its week's review (docs/domain.md §5b rule 10): dated, as it is not this week. */
const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const lateMorning = (day: string) =>
  `your back was worse than usual on the morning of ${weekdayName(day)} ${String(Number(day.slice(8, 10)))} ${months[Number(day.slice(5, 7)) - 1] ?? ''}, noted after that week's review`;

/** The week's first flare signal as a clause: "you logged a spasm on Tuesday". */
export function otherSignal(ctx: DecisionContext): string {
  const { spasmDays, painSets, worseMornings } = ctx.summary;
  if (spasmDays.length > 0) return spasmClause(spasmDays);
  const pain = painSets[0];
  if (pain) {
    const name = nameInSentence(findLevel(pain.exerciseId)?.name ?? pain.exerciseId);
    return `pain during ${name} reached ${pain.pain}/10 on ${weekdayName(pain.day)}`;
  }
  const morning = worseMornings[0];
  if (morning?.late === true) return lateMorning(morning.day);
  return morning ? `your back was worse than usual on ${weekdayName(morning.day)} morning` : '';
}

/** Why this exercise stepped back: its own signal (signalsSteppingBack), in plain words. */
function flareCause(d: DecisionCore, f: SentenceFacts): string {
  const signals = signalsSteppingBack(f.ctx, f.week, d.exerciseId);
  const pain = signals.painDays[0];
  if (d.reason === 'flare-pain' && pain) {
    return `pain during this exercise reached ${pain.pain}/10 on ${weekdayName(pain.day)}, above the 5/10 that's fine during exercise`;
  }
  const morning = signals.worseMornings[0];
  if (d.reason === 'flare-morning-worse' && morning?.late === true) return lateMorning(morning.day);
  if (d.reason === 'flare-morning-worse' && morning) {
    return `your back was worse than usual on ${weekdayName(morning.day)} morning, after ${weekdayName(morning.sessionDay)}'s session`;
  }
  if (d.reason === 'flare-spasm' && signals.spasmDays.length > 0) {
    return spasmClause(signals.spasmDays);
  }
  return otherSignal(f.ctx);
}

export function stepBackSentence(d: DecisionCore, f: SentenceFacts): string {
  const after = d.afterText;
  const tail = f.ctx.flareAtStart
    ? ' Flare mode stays on.'
    : ' Flare mode is on: no steps up until a calm week has passed.';
  const cause = flareCause(d, f);
  if (f.how === 'none') return `Kept at ${after}, already the lightest: ${cause}.${tail}`;
  if (f.how === 'level') {
    return `Stepped back to ${nameInSentence(factsFor(d.after).name)}, ${after}: ${cause}.${tail}`;
  }
  const less = d.volumeChange === null ? '' : ` (${formatPercent(d.volumeChange)} less)`;
  return `Stepped back to ${after}${less}: ${cause}.${tail}`;
}
