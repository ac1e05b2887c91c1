import type { TriggerFinding } from '../../domain/triggers';

type ActivityBarsProps = {
  findings: readonly TriggerFinding[];
  nameOf: (finding: TriggerFinding) => string;
};

/**
 * "Spasms by activity" as a table whose last column is drawn as a bar. Category names are too long
 * for a canvas axis on a phone, and a table is already the text alternative screen readers need.
 */
export function ActivityBars({ findings, nameOf }: ActivityBarsProps) {
  const rows = findings
    .filter((f) => f.kind === 'activity' && f.share.count > 0)
    .sort((a, b) => b.share.count - a.share.count);
  const most = Math.max(1, ...rows.map((f) => f.share.count));
  if (rows.length === 0) return <p>No spasm has an activity noted yet.</p>;
  return (
    <table className="activity-bars">
      <caption>Spasms by the activity they began with</caption>
      <thead>
        <tr>
          <th scope="col">Activity</th>
          <th scope="col">Spasms</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => (
          <tr key={f.id}>
            <th scope="row">{nameOf(f)}</th>
            <td>
              <span className="bar-value">{f.share.count}</span>
              <span
                className="bar"
                aria-hidden="true"
                style={{ width: `${Math.round((f.share.count / most) * 100)}%` }}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
