import { Suspense } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/empty-state';
import { plural } from '../../ui/format';
import { Loading } from '../../ui/loading';
import { PageTitle } from '../../ui/page-title';
import { preloadable } from '../../ui/preloadable';
import { ActivityBars } from './activity-bars';
import { OnsetNotice } from './onset-notice';
import { ReadinessNotice } from './readiness-notice';
import { systemClock } from '../../data/clock';
import { RecurrenceFigures } from './recurrence-figures';
import { TimingTables } from './timing-tables';
import { TriggerList } from './trigger-list';
import { usePatterns } from './use-patterns';
import './patterns.css';

// uPlot and the canvas charts load with this screen's code, never with the first screen.
const PatternCharts = preloadable(() => import('./pattern-charts'), 'PatternCharts', 2);

// Canvas charts need matchMedia (colour scheme, pixel ratio); where it is missing the tables,
// which carry the same figures, are all that shows.
const canDrawCharts = () => typeof window.matchMedia === 'function';

// The chart code starts downloading as soon as this module runs (when the screen is preloaded or
// opened), in parallel with the reads of the diary, not after them: with years of data the
// charts then draw in the same frame as the figures (docs/architecture.md, performance).
if (canDrawCharts()) void PatternCharts.preload().catch(() => undefined);

/** Route /patterns: what comes before spasms, how often they come back, and when they start. */
export function PatternsPage() {
  const patterns = usePatterns();
  if (!patterns) {
    return (
      <>
        <PageTitle>Patterns</PageTitle>
        <Loading label="Looking for patterns…" />
      </>
    );
  }
  const { readiness, onset, triggers, recurrence, timing, weeks, nameOf, unreadable } = patterns;
  const early = readiness.moreSpasms > 0 || readiness.moreCheckins > 0;
  return (
    <>
      <PageTitle>Patterns</PageTitle>
      {unreadable > 0 ? (
        <p className="notice">
          {plural(unreadable, 'saved record')} could not be read and{' '}
          {unreadable === 1 ? 'is' : 'are'} left out. Nothing was deleted.
        </p>
      ) : null}
      {early ? <ReadinessNotice readiness={readiness} /> : null}
      {readiness.spasms === 0 && readiness.checkinDays === 0 ? (
        <EmptyState title="Nothing to compare yet">
          <p>
            Patterns shows which activities and movements tend to come before your spasms, and how
            often spasms come back. It always shows the counts behind each sentence.
          </p>
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="triggers-heading">
            <h2 id="triggers-heading">What comes before your spasms</h2>
            <p className="muted">
              The words follow the app&apos;s own rules, not medical fact. “Likely trigger” only
              when spasms began with it far more often on days you did it than spasms came on other
              days: more than chance would explain, even across everything you log. “Possible” when
              it came more often, but it could still be chance. Spasms are counted by day.
            </p>
            {onset.matters ? <OnsetNotice onset={onset} /> : null}
            {triggers.length === 0 ? (
              <p>No activities or movements noted yet.</p>
            ) : (
              <TriggerList findings={triggers} nameOf={nameOf} />
            )}
          </section>
          <section aria-labelledby="recurrence-heading">
            <h2 id="recurrence-heading">How often spasms come back</h2>
            <RecurrenceFigures
              recurrence={recurrence}
              episodes={patterns.episodes}
              today={systemClock().today}
              dayOf={patterns.dayOf}
            />
          </section>
          <section aria-labelledby="charts-heading">
            <h2 id="charts-heading">Over time</h2>
            {canDrawCharts() ? (
              <Suspense fallback={<Loading label="Drawing the charts…" />}>
                <PatternCharts weeks={weeks} byHour={timing.byHour} months={patterns.months} />
              </Suspense>
            ) : null}
            <ActivityBars findings={triggers} nameOf={nameOf} />
          </section>
          <section aria-labelledby="timing-heading">
            <h2 id="timing-heading">When spasms start</h2>
            <TimingTables timing={timing} weekStartsOn={patterns.weekStartsOn} />
          </section>
          <p className="link-line">
            <Link to="/checkin">Check in for today</Link>
          </p>
        </>
      )}
    </>
  );
}
