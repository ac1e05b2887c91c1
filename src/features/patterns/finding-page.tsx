import { Link, useParams } from 'react-router';
import { movementLabels, severityBand, type Episode } from '../../domain/episodes';
import { dayOfInstant } from '../../data/clock';
import {
  crossoverSentence,
  findingSentence,
  shortfallSentence,
  verdictLabels,
} from '../../domain/triggers';
import type { TriggerFinding } from '../../domain/triggers';
import type { Proportion } from '../../domain/common';
import { formatDayAndTime, listNeedsYear, plural } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { usePatterns, type LoadedPatterns } from './use-patterns';
import './patterns.css';

const percent = (n: number) => `${Math.round(n * 100)} %`;
const range = (p: Proportion) =>
  p.of === 0
    ? 'no days yet'
    : `${percent(p.point)} (95 % range ${percent(p.lower)} to ${percent(p.upper)})`;

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

/** Routes /patterns/activity/:id and /patterns/movement/:id: the counts and spasms behind a verdict. */
export function FindingPage() {
  const { kind = '', id = '' } = useParams();
  const patterns = usePatterns();
  if (!patterns) {
    return (
      <>
        <PageTitle>Patterns</PageTitle>
        <Loading label="Looking for patterns…" />
      </>
    );
  }
  const finding = patterns.triggers.find((f) => f.kind === kind && f.id === id);
  if (!finding) {
    return (
      <>
        <PageTitle>Nothing found</PageTitle>
        <p>Nothing in your diary matches this link any more.</p>
        <p className="link-line">
          <Link to="/patterns">Back to Patterns</Link>
        </p>
      </>
    );
  }
  return <FindingDetail finding={finding} patterns={patterns} />;
}

function FindingDetail({
  finding,
  patterns,
}: {
  finding: TriggerFinding;
  patterns: LoadedPatterns;
}) {
  const name = patterns.nameOf(finding);
  const newestFirst = [...patterns.episodes].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const began = newestFirst.filter((e) =>
    finding.kind === 'activity' ? e.activityId === finding.id : e.movement === finding.id,
  );
  const doneDays = new Set(patterns.exposureDays(finding.id));
  const sameDay =
    finding.kind === 'activity'
      ? newestFirst.filter(
          (e) => e.activityId !== finding.id && doneDays.has(dayOfInstant(e.startedAt)),
        )
      : [];
  const crossover = crossoverSentence(finding, name);
  const early = finding.verdict === 'too-early' ? shortfallSentence(finding.shortfall) : null;
  return (
    <>
      <PageTitle>{name}</PageTitle>
      <p className="verdict">{verdictLabels[finding.verdict]}</p>
      <p>{findingSentence(finding, name)}</p>
      {early ? <p className="muted">{early}</p> : null}
      {finding.exposure ? (
        <dl className="finding-rates">
          <dt>Spasm rate on days you did it</dt>
          <dd>{range(finding.exposure.withIt)}</dd>
          <dt>Spasm rate on other check-in days</dt>
          <dd>{range(finding.exposure.without)}</dd>
        </dl>
      ) : null}
      {crossover ? <p>{crossover}</p> : null}
      <h2>{`Spasms that began ${finding.kind === 'activity' ? 'with it' : 'with this movement'}`}</h2>
      <EpisodeList episodes={began} nameOf={patterns.nameOf} />
      {finding.kind === 'activity' ? (
        <>
          <h2>Other spasms on days you did it</h2>
          <EpisodeList episodes={sameDay} nameOf={patterns.nameOf} />
        </>
      ) : null}
      <p>
        {plural(began.length + sameDay.length, 'spasm')} in all.{' '}
        <Link to="/patterns">Back to Patterns</Link>
      </p>
    </>
  );
}
