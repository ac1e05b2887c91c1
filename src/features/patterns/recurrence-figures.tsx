import type { Recurrence, SeverityTrend } from '../../domain/episodes';
import { plural } from '../../ui/format';

const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();

const trendWords: Record<SeverityTrend, string> = {
  lower: 'Lower than the 90 days before (by 2 points or more)',
  similar: 'About the same as the 90 days before',
  higher: 'Higher than the 90 days before (by 2 points or more)',
  'not-enough': 'Not enough spasms to compare yet (3 in each 90 days)',
};

/** How often spasms come back, as figures with their counts. */
export function RecurrenceFigures({ recurrence: r }: { recurrence: Recurrence }) {
  return (
    <dl className="counts recurrence">
      <div>
        <dt>Days since your last spasm</dt>
        <dd>{r.daysSinceLast ?? '–'}</dd>
      </div>
      <div>
        <dt>Median days between spasms</dt>
        <dd>{r.medianDaysBetween === null ? '–' : oneDecimal(r.medianDaysBetween)}</dd>
      </div>
      <div>
        <dt>Spasms per 30 days, last 90 days</dt>
        <dd>
          {oneDecimal(r.last90.per30Days)}{' '}
          <span className="count-note">({plural(r.last90.count, 'spasm')})</span>
        </dd>
      </div>
      <div>
        <dt>Spasms per 30 days, the 90 days before</dt>
        <dd>
          {oneDecimal(r.previous90.per30Days)}{' '}
          <span className="count-note">({plural(r.previous90.count, 'spasm')})</span>
        </dd>
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
  );
}
