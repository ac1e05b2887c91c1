import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ToastRegion } from './toast';

/**
 * Renders `screens` (address pattern -> screen) at `path`, with the toast region the shell
 * mounts, so a component test can move between screens and read toasts as the app shows them.
 */
export function renderScreens(path: string, screens: Record<string, ReactElement>) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        {Object.entries(screens).map(([pattern, element]) => (
          <Route key={pattern} path={pattern} element={element} />
        ))}
      </Routes>
      <ToastRegion />
    </MemoryRouter>,
  );
}
