import { lazy, type ComponentType } from 'react';

export const CHUNK_FAILED_TITLE = 'The app was updated; reload to continue';

type ChunkFailedProps = {
  /** 1 in place of a whole screen (its title), 2 for a part of one. */
  level?: 1 | 2;
};

/** What shows when a part of the app's code can no longer be fetched: an update replaced it. */
export function ChunkFailed({ level = 1 }: ChunkFailedProps) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section className="card notice" role="alert" aria-labelledby="chunk-failed-heading">
      <Heading id="chunk-failed-heading" tabIndex={-1}>
        {CHUNK_FAILED_TITLE}
      </Heading>
      <p>This part of the app changed in an update. Everything you entered is still stored.</p>
      <p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            window.location.reload();
          }}
        >
          Reload
        </button>
      </p>
    </section>
  );
}

/**
 * React.lazy for one named export of a code chunk. When the chunk can't be loaded (a deploy
 * removed the old file, or it was never saved for offline use) the component renders ChunkFailed
 * in its place instead of throwing, so neither a screen, nor a chart, nor something outside every
 * error boundary blanks the app: the frame stays and the person is told to reload.
 */
export function lazyChunk<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
  level: 1 | 2 = 1,
) {
  return lazy(async (): Promise<{ default: ComponentType<P> }> => {
    try {
      return { default: (await load())[name] };
    } catch {
      return { default: () => <ChunkFailed level={level} /> };
    }
  });
}
