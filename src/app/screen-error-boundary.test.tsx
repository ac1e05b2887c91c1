import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { screenErrorText } from './screen-error';
import { Shell } from './shell';

/** A screen whose read fails while `failing.now` is true, as a failed IndexedDB read throws. */
const failing = { now: true };
function FlakyScreen() {
  if (failing.now) {
    throw Object.assign(new Error('Database has been closed'), { name: 'DatabaseClosedError' });
  }
  return <h1>Log</h1>;
}

function renderShellAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route element={<Shell />}>
          <Route path="log" element={<FlakyScreen />} />
          <Route path="more" element={<h1>More</h1>} />
        </Route>
      </Routes>
    </MemoryRouter>,
  );
}

describe('a screen that cannot render', () => {
  it('says what happened in its place, keeps the frame working, and can try again', async () => {
    // React reports the caught error on the console; the assertion is on what the person sees.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failing.now = true;
    renderShellAt('/log');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Your stored entries could not be read just now',
    );
    expect(screen.getByRole('link', { name: 'Log spasm' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();

    failing.now = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('heading', { name: 'Log' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('starts afresh on another screen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    failing.now = true;
    renderShellAt('/log');
    expect(screen.getByRole('alert')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'More' }));
    expect(screen.getByRole('heading', { name: 'More' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the words for what went wrong', () => {
  const named = (name: string, extra: object = {}) =>
    Object.assign(new Error(name), { name }, extra);

  it('recognise storage, space, version and offline-code failures, also wrapped', () => {
    expect(screenErrorText(named('VersionError')).title).toMatch(/older than your data/);
    expect(
      screenErrorText(named('AbortError', { inner: named('QuotaExceededError') })).title,
    ).toMatch(/out of storage space/);
    expect(
      screenErrorText(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))
        .title,
    ).toMatch(/could not be loaded/);
    expect(screenErrorText(named('OpenFailedError')).title).toMatch(/could not be read/);
    expect(screenErrorText(new Error('boom')).title).toBe('This screen could not be shown');
    expect(screenErrorText('not even an error').advice).toMatch(/Nothing stored was changed/);
  });
});
