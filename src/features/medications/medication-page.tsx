import { Fragment, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { crampDrugClass, matchDrug } from '../../domain/medications';
import type { Medication } from '../../domain/medications';
import { medicationToDraft, type MedicationDraft } from '../../domain/medications';
import { useMedication } from '../../data/medication-queries';
import { EmptyState } from '../../ui/empty-state';
import { formatLongDay } from '../../ui/format';
import { useInPlacePanel } from '../../ui/in-place-focus';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { showToast } from '../../ui/toast';
import { EffectNoteCard } from './effect-note';
import { MedicationForm, medicationDraftOf } from './medication-form';
import { deleteMedication, saveMedication } from './save-medication';

function Facts({ medication }: { medication: Medication }) {
  return (
    <dl className="medication-facts card">
      <dt>Started on</dt>
      <dd>{formatLongDay(medication.startedOn)}</dd>
      <dt>Dose</dt>
      <dd>{medication.dose ?? 'Not noted'}</dd>
      {medication.doseChanges.map((change, index) => (
        <Fragment key={index}>
          <dt>Dose change</dt>
          <dd>
            {formatLongDay(change.on)}: {change.dose}
          </dd>
        </Fragment>
      ))}
      <dt>Stopped on</dt>
      <dd>{medication.stoppedOn ? formatLongDay(medication.stoppedOn) : 'Still taking it'}</dd>
      {medication.notes ? (
        <>
          <dt>Notes</dt>
          <dd>{medication.notes}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** Route /medications/:id: a medicine's details, its cramp class with source, and the spasm note. */
export function MedicationPage() {
  const { id } = useParams();
  const medication = useMedication(id);
  // Open at once when this tab has changes to it not yet saved (a reload, an update).
  const [editing, setEditing] = useState(() => medicationDraftOf(id ?? '').read() !== null);
  // Focus to the form's heading on open, back to Edit on Cancel or Save.
  const { panelRef, openerRef } = useInPlacePanel(editing);
  const navigate = useNavigate();

  if (medication === undefined) {
    return (
      <>
        <PageTitle>Medicine</PageTitle>
        <Loading />
      </>
    );
  }
  if (medication === null || medication.deletedAt !== undefined) {
    return (
      <>
        <PageTitle>Medicine not found</PageTitle>
        <EmptyState
          title="This medicine isn't here"
          action={<Link to="/medications">Go to your medicines</Link>}
        >
          <p>It may have been deleted.</p>
        </EmptyState>
      </>
    );
  }
  const current = medication;
  const drugClass = crampDrugClass(current.drugClass) ?? matchDrug(current.name)?.drugClass;

  async function save(draft: MedicationDraft) {
    const saved = await saveMedication(draft, current.id);
    if (!saved.ok) return saved.errors;
    showToast({ text: 'Changes saved' });
    setEditing(false);
    return null;
  }

  return (
    <>
      <PageTitle>{current.name}</PageTitle>
      <p className="link-line">
        <Link to="/medications">All medicines</Link>
      </p>
      {editing ? (
        <section ref={panelRef} className="card" aria-labelledby="edit-heading">
          <h2 id="edit-heading">Edit medicine</h2>
          <MedicationForm
            initial={medicationToDraft(current)}
            draftId={current.id}
            onSave={save}
            onCancel={() => {
              setEditing(false);
            }}
            submitLabel="Save changes"
          />
        </section>
      ) : (
        <Facts medication={current} />
      )}
      {drugClass ? (
        <section className="card" aria-labelledby="class-heading">
          <h2 id="class-heading">Linked to cramps or muscle pain</h2>
          <p>
            <strong>{drugClass.label}.</strong> {drugClass.evidence}
          </p>
          <p className="muted">Source: {drugClass.source}.</p>
        </section>
      ) : (
        <p className="card">
          This medicine isn&apos;t on Steadyback&apos;s list of medicines linked to cramps. The list
          isn&apos;t complete: a pharmacist can tell you more.
        </p>
      )}
      {drugClass ? <EffectNoteCard medication={current} drugClass={drugClass} /> : null}
      {editing ? null : (
        <p className="button-row">
          <button
            ref={openerRef}
            type="button"
            className="button"
            onClick={() => {
              setEditing(true);
            }}
          >
            Edit
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              void deleteMedication(current).then((removed) => {
                if (removed) void navigate('/medications');
              });
            }}
          >
            Delete
          </button>
        </p>
      )}
    </>
  );
}
