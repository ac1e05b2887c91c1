import { Suspense } from 'react';
import { preloadable } from '../../ui/preloadable';
import { Link } from 'react-router';
import { weekStart } from '../../domain/episodes';
import { MIN_HARD_ACTIVITIES, outcomeWeeks } from '../../domain/guide';
import { systemClock } from '../../data/clock';
import { useOutcomeOf, useOutcomes } from '../../data/guide-queries';
import { saveHardActivities } from '../../data/episodes/hard-activities';
import { useSettings } from '../../data/settings/settings-queries';
import { formatLongDay, plural } from '../../ui/format';
import { HardActivitiesForm } from '../../ui/hard-activities-form';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { OutcomeForm } from './outcome-form';
import { OutcomeSummary } from './outcome-summary';
import { OutcomeTable } from './outcome-table';
import '../../ui/uplot-chart.css';
import './outcomes.css';

// uPlot loads only when there are weeks to draw, keeping it out of this screen's first chunk.
const OutcomeChart = preloadable(() => import('./outcome-chart'), 'OutcomeChart', 2);

function History() {
  const outcomes = useOutcomes();
  if (!outcomes) return <Loading label="Loading your ratings…" />;
  const weeks = outcomeWeeks(outcomes.records);
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Week by week</h2>
      <OutcomeSummary outcomes={outcomes.records} />
      {weeks.length > 0 ? (
        <figure className="line-chart">
          <figcaption>
            Back pain (solid) and activities average (dashed); a ring on the latest week marks a
            change of 2 points or more since your first week (latest 4 weeks&apos; average)
          </figcaption>
          <Suspense fallback={<Loading label="Drawing the chart…" />}>
            <OutcomeChart weeks={weeks} />
          </Suspense>
          <OutcomeTable weeks={weeks} />
        </figure>
      ) : null}
      {outcomes.unreadable > 0 ? (
        <p className="notice">
          {plural(outcomes.unreadable, 'saved rating')} could not be read. Nothing was deleted.
        </p>
      ) : null}
    </section>
  );
}

/** Route /outcomes: rate this week (back pain and the hard activities) and see the change. */
export function OutcomesPage() {
  const settings = useSettings();
  const { today } = systemClock();
  const weekOf = weekStart(today, settings?.weekStartsOn ?? 1);
  const existing = useOutcomeOf(weekOf);
  if (!settings || existing === undefined) {
    return (
      <>
        <PageTitle>Weekly check</PageTitle>
        <Loading />
      </>
    );
  }
  const activities = settings.hardActivities;
  const ready = activities.length >= MIN_HARD_ACTIVITIES;

  return (
    <>
      <PageTitle>Weekly check</PageTitle>
      <p>
        Once a week, rate your back pain and how well you can do the everyday things your back has
        made hard. Over the weeks this shows whether things are changing.
      </p>
      {ready ? (
        <section className="card" aria-labelledby="week-heading">
          <h2 id="week-heading">Week of {formatLongDay(weekOf)}</h2>
          {existing ? (
            <p className="muted">You rated this week already; you can change it.</p>
          ) : null}
          <OutcomeForm
            key={`${weekOf}-${activities.join('|')}-${existing ? 'saved' : 'new'}`}
            weekOf={weekOf}
            activities={activities}
            existing={existing}
          />
        </section>
      ) : null}
      <section className="card" aria-labelledby="activities-heading">
        <h2 id="activities-heading">
          {ready ? 'Change your activities' : 'First, your hard activities'}
        </h2>
        {ready ? (
          <details>
            <summary>Edit the list</summary>
            <HardActivitiesForm
              initial={activities}
              onSave={saveHardActivities}
              submitLabel="Save activities"
            />
          </details>
        ) : (
          <HardActivitiesForm
            initial={activities}
            onSave={saveHardActivities}
            submitLabel="Save activities"
          />
        )}
      </section>
      <History />
      <p className="link-line">
        <Link to="/settings">Settings and reminders</Link>
      </p>
    </>
  );
}
