import { Link, useNavigate, useParams } from 'react-router';
import type { Belief } from '../../domain/guide';
import { currentStrength } from '../../domain/guide';
import { dayOfInstant } from '../../data/clock';
import { useBelief } from '../../data/guide-queries';
import { EmptyState } from '../../ui/empty-state';
import { formatDayAndTime, formatLongDay, listNeedsYear } from '../../ui/format';
import { TableScroll } from '../../ui/table-scroll';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { ReRateForm } from './rerate-form';
import { deleteBelief } from './save-belief';
import './beliefs.css';

function Facts({ entry }: { entry: Belief }) {
  const rows: [string, string | undefined][] = [
    ['Situation', entry.situation],
    ['Evidence for', entry.evidenceFor],
    ['Evidence against', entry.evidenceAgainst],
    ['A more helpful thought', entry.alternative],
  ];
  return (
    <dl className="card guide-facts">
      {rows.map(([label, value]) =>
        value ? (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ) : null,
      )}
      <div>
        <dt>How strongly you believe it now</dt>
        <dd>{currentStrength(entry)} out of 100</dd>
      </div>
    </dl>
  );
}

/** The first rating and every re-rating, oldest first. */
function History({ entry }: { entry: Belief }) {
  const ratings = [
    { on: entry.createdAt, strength: entry.strength, first: true },
    ...[...entry.reRatings]
      .sort((a, b) => a.on.localeCompare(b.on))
      .map((r) => ({ ...r, first: false })),
  ];
  const withYear = listNeedsYear(ratings.map((r) => r.on));
  return (
    <TableScroll label="How strongly you believed it over time">
      <table>
        <caption>How strongly you believed it over time</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Strength (0 to 100)</th>
          </tr>
        </thead>
        <tbody>
          {ratings.map((r) => (
            <tr key={r.on}>
              <th scope="row">
                {formatDayAndTime(r.on, { withYear })}
                {r.first ? ' (first rating)' : ''}
              </th>
              <td>{r.strength}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Route /beliefs/:id: one journal entry, its re-ratings, and rating it again. */
export function BeliefPage() {
  const { id } = useParams();
  const entry = useBelief(id);
  const navigate = useNavigate();

  if (entry === undefined) {
    return (
      <>
        <PageTitle>Journal entry</PageTitle>
        <Loading />
      </>
    );
  }
  if (entry === null || entry.deletedAt !== undefined) {
    return (
      <>
        <PageTitle>Journal entry not found</PageTitle>
        <EmptyState
          title="This entry isn't here"
          action={<Link to="/beliefs">Go to your journal</Link>}
        >
          <p>It may have been deleted.</p>
        </EmptyState>
      </>
    );
  }
  const current = entry;
  return (
    <>
      <PageTitle documentTitle="Journal entry">{current.belief}</PageTitle>
      <p className="link-line">
        <Link to="/beliefs">All journal entries</Link>
      </p>
      <p className="muted">Written {formatLongDay(dayOfInstant(current.createdAt))}</p>
      <Facts entry={current} />
      <section className="card" aria-labelledby="rerate-heading">
        <h2 id="rerate-heading">Rate it again</h2>
        <p>
          Looking at the evidence, and what has happened since, how much do you believe it today?
        </p>
        <ReRateForm entry={current} />
        <History entry={current} />
      </section>
      <p>
        <button
          type="button"
          className="button"
          onClick={() => {
            void deleteBelief(current).then((removed) => {
              if (removed) void navigate('/beliefs');
            });
          }}
        >
          Delete entry
        </button>
      </p>
    </>
  );
}
