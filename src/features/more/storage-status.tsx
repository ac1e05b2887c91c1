import { usePersistentStorage } from '../../data/persistent-storage';

const explanations = {
  checking: 'Checking…',
  persisted: 'Granted: the browser will keep your data even when the device runs low on space.',
  'not-persisted':
    'Not granted: the browser may clear your data if the device runs low on space. Installing Steadyback to your home screen usually helps.',
  unsupported:
    'This browser cannot promise to keep data. Keep Steadyback installed and use it regularly.',
} as const;

export function StorageStatus() {
  const { state, askAgain } = usePersistentStorage();
  return (
    <section className="card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      <p>
        <strong>Persistent storage: </strong>
        <span className={state === 'persisted' ? 'status-ok' : undefined}>
          {explanations[state]}
        </span>
      </p>
      {state === 'not-persisted' ? (
        <button type="button" className="button" onClick={() => void askAgain()}>
          Ask the browser again
        </button>
      ) : null}
    </section>
  );
}
