import { Link } from 'react-router';
import { movementLabels, severityBand, type Episode } from '../../domain/episodes';
import {
  coExposureSentence,
  countsExplained,
  findingSentence,
  shortfallSentence,
  triggerAdvice,
  verdictLabels,
  type TriggerFinding,
} from '../../domain/triggers';
import { dayOfInstant } from '../../data/clock';
import { formatDayAndTime, listNeedsYear, plural } from '../../ui/format';
import { PageTitle } from '../../ui/page-title';
import { TriggerAdviceNote } from './trigger-advice-note';
import type { LoadedPatterns } from './use-patterns';

function EpisodeList({
  episodes,
  nameOf,
}: {
  episodes: Episode[];
  nameOf: LoadedPatterns['nameOf'];
}) {
  if (episodes.length === 0) return <p>None.</p>;
  const withYear = listNeedsYear(episodes.map((e) => e.startedAt));
  return (
    <ul className="finding-episodes">
      {episodes.map((e) => (
        <li key={e.id}>
          <Link to={`/log/${e.id}/edit`}>{formatDayAndTime(e.startedAt, { withYear })}</Link>:
          severity {e.severity} ({severityBand(e.severity)}) ·{' '}
          {e.activityId ? nameOf({ kind: 'activity', id: e.activityId }) : 'Activity not noted'} ·{' '}
          {movementLabels[e.movement]}
        </li>
      ))}
    </ul>
  );
}

/** The counts and spasms behind one verdict, and what to do next for a possible or likely trigger. */
export function FindingDetail({
  finding,
  patterns,
}: {
  finding: TriggerFinding;
  patterns: LoadedPatterns;
}) {
  const name = patterns.nameOf(finding);
  const activity = finding.kind === 'activity';
  const newestFirst = [...patterns.episodes].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const beganWith = (e: Episode) =>
    activity ? e.activityId === finding.id : e.movement === finding.id;
  const began = newestFirst.filter(beganWith);
  const doneDays = new Set(
    (activity ? [finding.id] : finding.via).flatMap((id) => patterns.exposureDays(id)),
  );
  const sameDay = newestFirst.filter(
    (e) => !beganWith(e) && doneDays.has(dayOfInstant(e.startedAt)),
  );
  const early = finding.verdict === 'too-early' ? shortfallSentence(finding.shortfall) : null;
  const shared = coExposureSentence(finding, (id) => patterns.nameOf({ kind: 'activity', id }));
  const advice = triggerAdvice(finding);
  const c = finding.counts;
  const daysLabel = activity
    ? 'Check-in days you did it'
    : 'Check-in days you did something you have logged with it';
  return (
    <>
      <PageTitle>{name}</PageTitle>
      <p className="verdict">{verdictLabels[finding.verdict]}</p>
      <p>{findingSentence(finding, name)}</p>
      {shared ? <p>{shared}</p> : null}
      {early ? <p className="muted">{early}</p> : null}
      <dl className="finding-rates">
        <dt>{daysLabel}</dt>
        <dd>
          {plural(c.daysWith, 'day')}; a spasm began with it on {plural(c.onsetDays, 'day')}
        </dd>
        <dt>Other check-in days</dt>
        <dd>
          {plural(c.daysWithout, 'day')}; a spasm began on {plural(c.spasmDaysWithout, 'day')}
        </dd>
      </dl>
      {advice ? (
        <TriggerAdviceNote advice={advice} id="finding-advice" name={name} level={2} />
      ) : null}
      <p>{countsExplained(finding)}</p>
      <h2>{activity ? 'Spasms that began with it' : 'Spasms that began with this movement'}</h2>
      <EpisodeList episodes={began} nameOf={patterns.nameOf} />
      <h2>{activity ? 'Other spasms on days you did it' : 'Other spasms on those days'}</h2>
      <EpisodeList episodes={sameDay} nameOf={patterns.nameOf} />
      <p>
        {plural(began.length + sameDay.length, 'spasm')} in all.{' '}
        <Link to="/patterns">Back to Patterns</Link>
      </p>
    </>
  );
}
