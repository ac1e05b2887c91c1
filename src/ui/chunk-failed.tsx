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
