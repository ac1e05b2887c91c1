import { Link } from 'react-router';
import {
  coExposureSentence,
  countsExplained,
  findingSentence,
  shortfallSentence,
  spasmsBehind,
  triggerAdvice,
  verdictLabels,
  type TriggerFinding,
} from '../../domain/triggers';
import { plural } from '../../ui/format';
import { TriggerAdviceNote } from './trigger-advice-note';
import { findingPath } from './use-patterns';

type TriggerListProps = {
  findings: readonly TriggerFinding[];
  nameOf: (finding: Pick<TriggerFinding, 'kind' | 'id'>) => string;
};

/**
 * Activities and movements, strongest verdict first, each with the counts behind its words, what
 * those counts are, and for a possible or likely trigger what to do next.
 */
export function TriggerList({ findings, nameOf }: TriggerListProps) {
  const activityName = (id: string) => nameOf({ kind: 'activity', id });
  return (
    <ol className="trigger-list" aria-labelledby="triggers-heading">
      {findings.map((finding) => {
        const name = nameOf(finding);
        const key = `${finding.kind}-${finding.id}`;
        const early = finding.verdict === 'too-early' ? shortfallSentence(finding.shortfall) : null;
        const shared = coExposureSentence(finding, activityName);
        const advice = triggerAdvice(finding);
        return (
          <li key={key} className={`card trigger verdict-${finding.verdict}`}>
            <h3>
              {name} <span className="muted">({finding.kind})</span>
            </h3>
            <p className="verdict">{verdictLabels[finding.verdict]}</p>
            <p>{findingSentence(finding, name)}</p>
            {shared ? <p>{shared}</p> : null}
            {early ? <p className="muted">{early}</p> : null}
            {advice ? (
              <TriggerAdviceNote advice={advice} id={`advice-${key}`} name={name} level={4} />
            ) : null}
            <p className="muted">{countsExplained(finding)}</p>
            <p className="link-line">
              <Link to={findingPath(finding)}>
                {spasmsBehind(finding) > 0
                  ? `See these ${plural(spasmsBehind(finding), 'spasm')}`
                  : 'See the days behind this'}{' '}
                <span className="visually-hidden">({name})</span>
              </Link>
            </p>
          </li>
        );
      })}
    </ol>
  );
}
