import { useMemo } from 'react';
import { recurrenceSpans, yearTrend, type Episode } from '../../domain/episodes';
import type { DayOf, Recurrence, SeverityTrend, SpanFigures } from '../../domain/episodes';
import { plural } from '../../ui/format';

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();

const trendWords: Record<SeverityTrend, string> = {
  lower: 'Lower than the 90 days before (by 2 points or more)',
  similar: 'About the same as the 90 days before',
  higher: 'Higher than the 90 days before (by 2 points or more)',
  'not-enough': 'Not enough spasms to compare yet (3 in each 90 days)',
};

const spanNames = { last90: 'Last 90 days', lastYear: 'Last 12 months', allTime: 'All time' };

type RecurrenceFiguresProps = {
  recurrence: Recurrence;
  episodes: readonly Episode[];
  today: string;
  /** The local day of an instant (the analysis's own, which converts each instant once). */
  dayOf: DayOf;
};

/**
 * How often spasms come back, as figures with their counts: the last 90 days and the last year
 * beside all time (over years, a figure for the whole diary hides what is happening now), and a
 * sentence on the trend no stronger than its counts (docs/domain.md §2, the trend sentence).
 */
export function RecurrenceFigures({
  recurrence: r,
  episodes,
  today,
  dayOf,
}: RecurrenceFiguresProps) {
  const spans = useMemo(() => recurrenceSpans(episodes, today, dayOf), [episodes, today, dayOf]);
  const trend = useMemo(() => yearTrend(episodes, today, dayOf), [episodes, today, dayOf]);
  const columns = (Object.keys(spanNames) as (keyof typeof spanNames)[]).map(
    (key) => [key, spans[key]] as const,
  );
  const row = (label: string, value: (s: SpanFigures) => string) => (
    <tr>
      <th scope="row">{label}</th>
      {columns.map(([key, s]) => (
        <td key={key}>{value(s)}</td>
      ))}
    </tr>
  );
  return (
    <>
      <dl className="counts recurrence">
        <div>
          <dt>Days since your last spasm</dt>
          <dd>{r.daysSinceLast ?? '–'}</dd>
        </div>
        <div className="wide">
          <dt>Severity, last 90 days</dt>
          <dd className="count-words">
            {r.last90.meanSeverity === null
              ? 'No spasms'
              : `Average ${oneDecimal(r.last90.meanSeverity)} of 10`}
            . {trendWords[r.severityTrend]}.
          </dd>
        </div>
      </dl>
      <p className="trend-sentence">{trend.sentence}</p>
      <div>
        <table className="recurrence-spans">
          <caption>How often, now and over your whole diary</caption>
          <thead>
            <tr>
              <td />
              {columns.map(([key]) => (
                <th key={key} scope="col">
                  {spanNames[key]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row('Spasms', (s) => String(s.spasms))}
            {row('Spasms per month', (s) => oneDecimal(s.perMonth))}
            {row('Median days between spasms', (s) =>
              s.medianDaysBetween === null ? '–' : oneDecimal(s.medianDaysBetween),
            )}
          </tbody>
        </table>
      </div>
      <p className="muted">
        Spasms per 30 days: {oneDecimal(r.last90.per30Days)} in the last 90 days (
        {plural(r.last90.count, 'spasm')}), {oneDecimal(r.previous90.per30Days)} in the 90 days
        before ({plural(r.previous90.count, 'spasm')}).
      </p>
    </>
  );
}
