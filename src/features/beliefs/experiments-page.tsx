import { Suspense, useState } from 'react';
import { preloadable } from '../../ui/preloadable';
import { Link } from 'react-router';
import { doneExperiments, experimentSentence, tallyExperiments } from '../../domain/guide';
import type { Experiment } from '../../domain/guide';
import { systemClock } from '../../data/clock';
import { useExperiments } from '../../data/guide-queries';
import { formatLongDay, plural } from '../../ui/format';
import { FormPanel } from '../../ui/form-kit/form-panel';
import { useInPlacePanel } from '../../ui/in-place-focus';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { ExperimentForm } from './experiment-form';
import { ExperimentTable } from './experiment-table';
import { ResultForm } from './result-form';
import { deleteExperiment } from './save-experiment';
import '../../ui/uplot-chart.css';
import './beliefs.css';

// uPlot loads only when there is something to draw, keeping it out of this screen's first chunk.
const ExperimentChart = preloadable(() => import('./experiment-chart'), 'ExperimentChart', 2);

type PlannedItemProps = {
  experiment: Experiment;
  today: string;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
};

/**
 * One planned experiment, with its result form in place of "Record how it went". Focus goes to
 * the form on open and back on Cancel; a saved result takes the experiment out of this list, and
 * focus to the nearest heading left.
 */
function PlannedItem({ experiment: e, today, open, onOpen, onClose }: PlannedItemProps) {
  const { panelRef, openerRef } = useInPlacePanel<HTMLDivElement>(open);
  return (
    <li className="planned">
      <p>
        <strong>{e.activity}</strong>, planned for {formatLongDay(e.plannedFor)}: you expect pain of{' '}
        {e.predictedPain} out of 10.
      </p>
      {open ? (
        <div ref={panelRef}>
          <ResultForm experiment={e} today={today} onDone={onClose} />
        </div>
      ) : (
        <p className="button-row">
          <button ref={openerRef} type="button" className="button" onClick={onOpen}>
            Record how it went<span className="visually-hidden">: {e.activity}</span>
          </button>
          <button type="button" className="button" onClick={() => void deleteExperiment(e)}>
            Delete<span className="visually-hidden"> {e.activity}</span>
          </button>
        </p>
      )}
    </li>
  );
}

function Planned({ experiments, today }: { experiments: Experiment[]; today: string }) {
  // One result form open at a time.
  const [open, setOpen] = useState<string | null>(null);
  if (experiments.length === 0) return null;
  return (
    <section className="card" aria-labelledby="planned-heading">
      <h2 id="planned-heading">Waiting for the result</h2>
      <ul className="guide-list">
        {experiments.map((e) => (
          <PlannedItem
            key={e.id}
            experiment={e}
            today={today}
            open={open === e.id}
            onOpen={() => {
              setOpen(e.id);
            }}
            onClose={() => {
              setOpen(null);
            }}
          />
        ))}
      </ul>
    </section>
  );
}

/** Route /beliefs/experiments: predict pain before a feared activity, record it after, compare. */
export function ExperimentsPage() {
  const experiments = useExperiments();
  const [planning, setPlanning] = useState(false);
  const { today } = systemClock();
  if (!experiments) {
    return (
      <>
        <PageTitle>Experiments</PageTitle>
        <Loading label="Loading your experiments…" />
      </>
    );
  }
  const done = doneExperiments(experiments.records);
  const planned = experiments.records.filter((e) => e.actualPain === undefined);

  return (
    <>
      <PageTitle>Experiments</PageTitle>
      <p>
        Pick something you have been avoiding because you fear the pain. Before you do it, predict
        the pain; afterwards, record what it really was. Over time you can see how your predictions
        compare.
      </p>
      <p className="link-line">
        <Link to="/beliefs">Back to the beliefs journal</Link>
      </p>
      <FormPanel
        open={planning}
        onOpen={() => {
          setPlanning(true);
        }}
        headingId="plan-heading"
        heading="Plan an experiment"
        openLabel="Plan an experiment"
      >
        <ExperimentForm
          today={today}
          onDone={() => {
            setPlanning(false);
          }}
        />
      </FormPanel>
      <Planned experiments={planned} today={today} />
      <section className="card" aria-labelledby="results-heading">
        <h2 id="results-heading">Predicted and actual pain</h2>
        <p>{experimentSentence(tallyExperiments(experiments.records))}</p>
        {done.length > 0 ? (
          <figure className="line-chart">
            <figcaption>
              Pain you predicted (dashed) and pain you had (solid), by experiment
            </figcaption>
            <Suspense fallback={<Loading label="Drawing the chart…" />}>
              <ExperimentChart done={done} />
            </Suspense>
            <ExperimentTable done={done} />
          </figure>
        ) : null}
      </section>
      {experiments.unreadable > 0 ? (
        <p className="notice">
          {plural(experiments.unreadable, 'saved experiment')} could not be read. Nothing was
          deleted.
        </p>
      ) : null}
    </>
  );
}
