import { render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { CHUNK_FAILED_TITLE } from './chunk-failed';
import { preloadable } from './preloadable';

const gone = () =>
  Promise.reject<Record<'Screen', ComponentType>>(
    new TypeError('Failed to fetch dynamically imported module: /assets/screen-Ab12.js'),
  );

describe('preloadable', () => {
  it('shows "reload to continue" in place of a screen whose chunk is gone, not a blank page', async () => {
    const Screen = preloadable(gone, 'Screen');
    render(
      <main>
        <p>The frame</p>
        <Suspense fallback={<p>Loading</p>}>
          <Screen />
        </Suspense>
      </main>,
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: CHUNK_FAILED_TITLE }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('still stored');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByText('The frame')).toBeInTheDocument();
  });

  it('needs no error boundary around it (the settings effects sit outside every one)', async () => {
    const Effects = preloadable(gone, 'Screen', 2);
    render(
      <Suspense fallback={null}>
        <Effects />
      </Suspense>,
    );
    expect(
      await screen.findByRole('heading', { level: 2, name: CHUNK_FAILED_TITLE }),
    ).toBeInTheDocument();
  });

  it('renders the chunk’s component when it loads', async () => {
    const Screen = preloadable(
      () => Promise.resolve({ Screen: () => <h1>Loaded screen</h1> }),
      'Screen',
    );
    render(
      <Suspense fallback={null}>
        <Screen />
      </Suspense>,
    );
    expect(await screen.findByRole('heading', { name: 'Loaded screen' })).toBeInTheDocument();
  });

  it('renders at once, without its fallback, once preloaded', async () => {
    const Screen = preloadable(
      () => Promise.resolve({ Screen: () => <h1>Preloaded screen</h1> }),
      'Screen',
    );
    await Screen.preload();
    render(
      <Suspense fallback={<p>Loading</p>}>
        <Screen />
      </Suspense>,
    );
    expect(screen.getByRole('heading', { name: 'Preloaded screen' })).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
  });
});
