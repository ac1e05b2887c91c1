import type { ReactNode } from 'react';
import type { SpasmMonth, SpasmWeek } from '../../domain/episodes';
import { formatDate, formatLongDay } from '../../ui/format';

type Row = { key: string; label: string; cells: readonly ReactNode[] };

/**
 * A chart's figures as a table behind a disclosure (years of rows are long): the text
 * alternative every chart carries (docs/testing.md, "Accessibility": every chart a named figure
 * with its table).
 */
function ChartTable(props: {
  summary: string;
  caption: string;
  columns: readonly string[];
  rows: readonly Row[];
  empty?: string;
}) {
  const { summary, caption, columns, rows, empty } = props;
  return (
    <details>
      <summary>{summary}</summary>
      {rows.length === 0 && empty ? (
        <p>{empty}</p>
      ) : (
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {row.cells.map((cell, index) => (
                  <td key={index}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

/** The monthly chart's figures: every month, oldest first. */
export function MonthlyTable({ months }: { months: readonly SpasmMonth[] }) {
  return (
    <ChartTable
      summary="Spasms per month as a table"
      caption="Spasms per month (every month, 0 when there were none)"
      columns={['Month', 'Spasms']}
      rows={months.map((m) => ({
        key: m.month,
        label: formatDate(`${m.month}-01`, 'month'),
        cells: [m.count],
      }))}
    />
  );
}

/** The weekly chart's figures: the weeks with spasms. */
export function WeeklyTable({ weeks }: { weeks: readonly SpasmWeek[] }) {
  return (
    <ChartTable
      summary="Spasms per week as a table"
      caption="Weeks with spasms (weeks not listed had none)"
      columns={['Week of', 'Spasms', 'Worst severity']}
      rows={weeks
        .filter((w) => w.count > 0)
        .map((w) => ({
          key: w.weekOf,
          label: formatLongDay(w.weekOf),
          cells: [w.count, w.maxSeverity],
        }))}
      empty="No spasms in the last year."
    />
  );
}

/** The hourly chart's figures: the hours in which a spasm began. */
export function HourTable({ byHour }: { byHour: readonly number[] }) {
  return (
    <ChartTable
      summary="Spasms by hour as a table"
      caption="Spasms by the hour they began (hours not listed had none)"
      columns={['Hour', 'Spasms']}
      rows={byHour.flatMap((n, h) =>
        n > 0 ? [{ key: String(h), label: `${String(h)}:00 to ${String(h)}:59`, cells: [n] }] : [],
      )}
    />
  );
}
