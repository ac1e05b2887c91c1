// The spasm log's rows can't forget a field (docs/testing.md, exhaustiveness): every field of
// the spasm schema is shown in the row, as the text given here, or says why the row leaves it out.
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { buildEpisode } from '../../../tests/support/domain/test-builders';
import {
  bookkeeping,
  coverageGaps,
  shownFields,
  type FieldCoverage,
} from '../../../tests/support/domain/field-coverage';
import {
  activityName,
  durationMinutes,
  episodeSchema,
  formatDuration,
} from '../../domain/episodes';
import { movementLabels, type Episode } from '../../domain/episodes';
import { formatDayAndTime } from '../../ui/format';
import { EpisodeRow } from './episode-row';

const onTheEditForm = { leftOut: 'kept to the one-line summary; Edit shows it' };

const rowText = {
  ...bookkeeping,
  deletedAt: { leftOut: 'deleted spasms are not listed' },
  startedAt: (e) => formatDayAndTime(e.startedAt),
  endedAt: (e) => `Lasted ${formatDuration(durationMinutes(e) ?? 0)}`,
  severity: (e) => `severity ${String(e.severity)}`,
  activityId: (e) => activityName(e.activityId ?? '', []),
  movement: (e) => movementLabels[e.movement],
  region: onTheEditForm,
  side: onTheEditForm,
  loadKg: onTheEditForm,
  easedBy: onTheEditForm,
  couldMove: onTheEditForm,
  notes: onTheEditForm,
} satisfies FieldCoverage<Episode, (episode: Episode) => string>;

describe('a spasm row in the log covers every field', () => {
  it('places every spasm field or says why not', () => {
    expect(coverageGaps(episodeSchema, rowText, 'The spasm log row')).toBe('');
  });

  it('shows each field it places', () => {
    const episode = buildEpisode();
    render(
      <MemoryRouter>
        <ul>
          <EpisodeRow episode={episode} customActivities={[]} onDelete={() => undefined} />
        </ul>
      </MemoryRouter>,
    );
    const row = screen.getByRole('listitem');
    for (const [field, text] of shownFields<(episode: Episode) => string>(rowText)) {
      expect(row.textContent, `${field} is shown`).toContain(text(episode));
    }
  });
});
