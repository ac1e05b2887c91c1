import { Link } from 'react-router';
import { findingSentence, shortfallSentence, verdictLabels } from '../../domain/triggers';
import type { TriggerFinding } from '../../domain/triggers';
import { plural } from '../../ui/format';
import { findingPath } from './use-patterns';

type TriggerListProps = {
  findings: readonly TriggerFinding[];
  nameOf: (finding: TriggerFinding) => string;
};

/** Activities and movements, strongest verdict first, each with the counts behind its words. */
export function TriggerList({ findings, nameOf }: TriggerListProps) {
  return (
    <ol className="trigger-list">
      {findings.map((finding) => {
        const name = nameOf(finding);
        const early = finding.verdict === 'too-early' ? shortfallSentence(finding.shortfall) : null;
        return (
          <li
            key={`${finding.kind}-${finding.id}`}
            className={`card trigger verdict-${finding.verdict}`}
          >
            <h3>
              {name} <span className="muted">({finding.kind})</span>
            </h3>
            <p className="verdict">{verdictLabels[finding.verdict]}</p>
            <p>{findingSentence(finding, name)}</p>
            {early ? <p className="muted">{early}</p> : null}
            {finding.linked > 0 ? (
              <p className="link-line">
                <Link to={findingPath(finding)}>
                  See the {plural(finding.linked, 'spasm')} behind this
                  <span className="visually-hidden"> ({name})</span>
                </Link>
              </p>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
