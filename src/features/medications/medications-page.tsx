import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { crampDrugClass, matchDrug } from '../../domain/medications';
import { emptyMedicationDraft, type MedicationDraft } from '../../domain/medications';
import { useMedications } from '../../data/medication-queries';
import { EmptyState } from '../../ui/empty-state';
import { formatLongDay, plural } from '../../ui/format';
import { FormPanel } from '../../ui/form-kit/form-panel';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { showToast } from '../../ui/toast';
import { MedicationForm, medicationDraftOf } from './medication-form';
import { saveMedication } from './save-medication';

/** Route /medications: the person's medicines, and adding one. */
export function MedicationsPage() {
  const medications = useMedications();
  // Open at once when this tab has a medicine half added (a reload, an update).
  const [adding, setAdding] = useState(() => medicationDraftOf('new').read() !== null);
  const navigate = useNavigate();

  async function add(draft: MedicationDraft) {
    const saved = await saveMedication(draft);
    if (!saved.ok) return saved.errors;
    showToast({ text: `${saved.value.name} saved` });
    void navigate(`/medications/${saved.value.id}`);
    return null;
  }

  return (
    <>
      <PageTitle>Medicines</PageTitle>
      <p>
        Some medicines can cause cramps or muscle pain. List yours: when one on Steadyback&apos;s
        list starts or changes dose, its page compares your spasms before and after.
      </p>
      <FormPanel
        open={adding}
        onOpen={() => {
          setAdding(true);
        }}
        headingId="add-heading"
        heading="Add a medicine"
        openLabel="Add a medicine"
      >
        <MedicationForm
          initial={emptyMedicationDraft()}
          draftId="new"
          onSave={add}
          onCancel={() => {
            setAdding(false);
          }}
          submitLabel="Save medicine"
        />
      </FormPanel>
      {!medications ? (
        <Loading label="Loading your medicines…" />
      ) : medications.records.length === 0 ? (
        <EmptyState title="No medicines listed">
          <p>Add the medicines you take, with the date you started each one.</p>
        </EmptyState>
      ) : (
        <ul className="medication-list" aria-label="Your medicines">
          {medications.records.map((medication) => {
            const drugClass =
              crampDrugClass(medication.drugClass) ?? matchDrug(medication.name)?.drugClass;
            return (
              <li key={medication.id} className="card">
                <h2 className="history-title">
                  <Link to={`/medications/${medication.id}`}>{medication.name}</Link>
                </h2>
                <p>
                  Started {formatLongDay(medication.startedOn)}
                  {medication.stoppedOn ? `, stopped ${formatLongDay(medication.stoppedOn)}` : ''}
                  {drugClass ? ` · Linked to cramps: ${drugClass.label}` : ''}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      {medications && medications.unreadable > 0 ? (
        <p className="notice">
          {plural(medications.unreadable, 'saved medicine')} could not be read. Nothing was deleted.
        </p>
      ) : null}
    </>
  );
}
