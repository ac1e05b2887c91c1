import type { ReactNode } from 'react';
import type { Choice } from './choice-tiles';
import './choice-tiles.css';

type CheckTilesProps = {
  /** Unique on the page: prefixes the ids of the checkboxes. */
  id: string;
  choices: readonly Choice<string>[];
  selected: readonly string[];
  onToggle: (value: string, on: boolean) => void;
  /** Rendered after the tiles (e.g. a disclosure with the rest of a long list). */
  children?: ReactNode;
};

/** Several answers from a list, as tiles: native checkboxes (visually hidden, focusable) with tile labels. */
export function CheckTiles({ id, choices, selected, onToggle, children }: CheckTilesProps) {
  return (
    <div className="choice-tiles-list">
      {choices.map((choice) => (
        <span className="choice-tile" key={choice.value}>
          <input
            type="checkbox"
            id={`${id}-${choice.value}`}
            value={choice.value}
            checked={selected.includes(choice.value)}
            onChange={(event) => {
              onToggle(choice.value, event.target.checked);
            }}
          />
          <label htmlFor={`${id}-${choice.value}`}>{choice.label}</label>
        </span>
      ))}
      {children}
    </div>
  );
}
