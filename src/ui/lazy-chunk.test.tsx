import { render, screen } from '@testing-library/react';
import { Suspense, type ComponentType } from 'react';
import { describe, expect, it } from 'vitest';
import { CHUNK_FAILED_TITLE, lazyChunk } from './lazy-chunk';

const gone = () =>
  Promise.reject<Record<'Screen', ComponentType>>(
    new TypeError('Failed to fetch dynamically imported module: /assets/screen-Ab12.js'),
  );

describe('lazyChunk', () => {
  it('shows "reload to continue" in place of a screen whose chunk is gone, not a blank page', async () => {
    const Screen = lazyChunk(gone, 'Screen');
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
    const Effects = lazyChunk(gone, 'Screen', 2);
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
    const Screen = lazyChunk(
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
});
