import { useUpdateState } from './update-state';

/** "A new version is ready" with a reload the person chooses; never an automatic reload. */
export function UpdatePrompt() {
  const { updateReady, dismissed, applyUpdate, dismiss } = useUpdateState();
  if (!updateReady || dismissed) return null;
  return (
    <div className="toast" role="status">
      <span>A new version is ready.</span>
      <span>
        <button type="button" className="button" onClick={() => void applyUpdate()}>
          Reload
        </button>{' '}
        <button type="button" className="button" onClick={dismiss}>
          Later
        </button>
      </span>
    </div>
  );
}
