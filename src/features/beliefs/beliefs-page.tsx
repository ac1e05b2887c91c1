import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { currentStrength } from '../../domain/guide';
import { dayOfInstant } from '../../data/clock';
import { useBeliefs } from '../../data/guide-queries';
import { EmptyState } from '../../ui/empty-state';
import { formatLongDay, plural } from '../../ui/format';
import { FormPanel } from '../../ui/form-kit/form-panel';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { showToast } from '../../ui/toast';
import { BeliefForm } from './belief-form';
import { beliefDraft } from './drafts';
import { addBelief, emptyBeliefDraft, type BeliefDraft } from './save-belief';
import './beliefs.css';

/** Route /beliefs: the beliefs journal, adding an entry, and the way to the experiments. */
export function BeliefsPage() {
  const beliefs = useBeliefs();
  // Open at once when this tab has an entry half written (a reload, an update).
  const [adding, setAdding] = useState(() => beliefDraft.read() !== null);
  const navigate = useNavigate();

  async function add(draft: BeliefDraft) {
    const saved = await addBelief(draft);
    if (!saved.ok) return saved.errors;
    showToast({ text: 'Journal entry saved' });
    void navigate(`/beliefs/${saved.value.id}`);
    return null;
  }

  return (
    <>
      <PageTitle>Beliefs journal</PageTitle>
      <p>
        Some thoughts about back pain make moving harder than it needs to be. Write one down, weigh
        the evidence for and against it, and rate again later how strongly you hold it.
      </p>
      <p className="link-line">
        <Link to="/beliefs/experiments">Test a belief with an experiment</Link>
      </p>
      <FormPanel
        open={adding}
        onOpen={() => {
          setAdding(true);
        }}
        headingId="new-entry-heading"
        heading="New journal entry"
        openLabel="Write a journal entry"
      >
        <BeliefForm
          initial={emptyBeliefDraft()}
          onSave={add}
          onCancel={() => {
            setAdding(false);
          }}
        />
      </FormPanel>
      {!beliefs ? (
        <Loading label="Loading your journal…" />
      ) : beliefs.records.length === 0 ? (
        <EmptyState title="No journal entries yet">
          <p>Start with a thought that comes up when your back hurts.</p>
        </EmptyState>
      ) : (
        <ul className="guide-list" aria-label="Your journal entries">
          {beliefs.records.map((entry) => (
            <li key={entry.id} className="card">
              <h2 className="history-title">
                <Link to={`/beliefs/${entry.id}`}>{entry.belief}</Link>
              </h2>
              <p className="muted">
                Written {formatLongDay(dayOfInstant(entry.createdAt))} · held at {entry.strength}
                {entry.reRatings.length > 0 ? `, now ${currentStrength(entry)}` : ''} out of 100
              </p>
            </li>
          ))}
        </ul>
      )}
      {beliefs && beliefs.unreadable > 0 ? (
        <p className="notice">
          {plural(beliefs.unreadable, 'saved entry', 'saved entries')} could not be read. Nothing
          was deleted.
        </p>
      ) : null}
    </>
  );
}
