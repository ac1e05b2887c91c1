type RecentCountsProps = { daysSinceLast: number | null; inLast30Days: number };

/** Days since the last spasm and spasms in the last 30 days, as two large figures. */
export function RecentCounts({ daysSinceLast, inLast30Days }: RecentCountsProps) {
  return (
    <dl className="counts">
      <div>
        <dt>Days since your last spasm</dt>
        <dd>{daysSinceLast ?? '–'}</dd>
      </div>
      <div>
        <dt>Spasms in the last 30 days</dt>
        <dd>{inLast30Days}</dd>
      </div>
    </dl>
  );
}
