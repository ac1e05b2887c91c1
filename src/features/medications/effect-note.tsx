import type { CrampDrugClass } from '../../domain/medications';
import type { Medication } from '../../domain/medications';
import {
  EFFECT_WINDOW_DAYS,
  latestChange,
  medicationEffect,
  MIN_DAYS_AFTER,
  MIN_SPASMS,
} from '../../domain/medications';
import { effectNote } from '../../domain/medications';
import { dayOfInstant, systemClock } from '../../data/clock';
import { useEpisodes } from '../../data/episodes/episode-queries';
import { formatLongDay } from '../../ui/format';
import { Loading } from '../../ui/loading';

type EffectNoteCardProps = { medication: Medication; drugClass: CrampDrugClass };

const changeLabels = { started: 'Started', 'dose-changed': 'Dose changed', stopped: 'Stopped' };

/** Spasms before and after the medicine's latest start, dose change or stop, with the counts. */
export function EffectNoteCard({ medication, drugClass }: EffectNoteCardProps) {
  const episodes = useEpisodes();
  if (!episodes) return <Loading label="Counting your spasms…" />;
  const { today } = systemClock();
  const change = latestChange(medication, drugClass.watch, today);
  if (!change) return null;
  const effect = medicationEffect(change, episodes.records, today, dayOfInstant);
  const note = effectNote(effect, medication.name, drugClass);
  return (
    <section className="card" aria-labelledby="effect-heading">
      <h2 id="effect-heading">Your spasms before and after</h2>
      <p className="muted">
        {changeLabels[change.kind]} on {formatLongDay(change.on)}
      </p>
      <p>{note.counts}</p>
      <p>
        <strong>{note.verdict}</strong>
      </p>
      {note.onset ? <p>{note.onset}</p> : null}
      <p>{note.advice}</p>
      <p className="muted">
        How we compare: the {EFFECT_WINDOW_DAYS / 7} weeks before the change against up to{' '}
        {EFFECT_WINDOW_DAYS / 7} weeks after; too early to tell before {MIN_DAYS_AFTER} days or with
        fewer than {MIN_SPASMS} spasms. These thresholds are our own choice, not a medical rule, and
        spasms have many causes.
      </p>
    </section>
  );
}
