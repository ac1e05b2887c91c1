import { Link, useParams } from 'react-router';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { FindingDetail } from './finding-detail';
import { usePatterns } from './use-patterns';
import './patterns.css';

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
