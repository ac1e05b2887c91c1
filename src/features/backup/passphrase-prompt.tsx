import { useState, type SyntheticEvent } from 'react';

type PassphrasePromptProps = {
  onOpen: (passphrase: string) => Promise<void>;
  /** Stops opening (even part-way through) and goes back to choosing a file. */
  onCancel: () => void;
};

/** Asks for the passphrase of an encrypted backup; opening runs off the page and can be cancelled. */
export function PassphrasePrompt({ onOpen, onCancel }: PassphrasePromptProps) {
  const [passphrase, setPassphrase] = useState('');
  const [opening, setOpening] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (opening) return;
    setOpening(true);
    await onOpen(passphrase);
    setOpening(false);
  }

  return (
    <form onSubmit={(event) => void submit(event)}>
      <p>This backup is encrypted.</p>
      <label htmlFor="restore-passphrase">Passphrase</label>
      <input
        id="restore-passphrase"
        type="password"
        autoComplete="current-password"
        value={passphrase}
        onChange={(event) => {
          setPassphrase(event.target.value);
        }}
      />
      <p role="status">{opening ? 'Opening the backup… this can take a few seconds.' : ''}</p>
      <p className="button-row">
        <button type="submit" className="button button-primary" disabled={opening}>
          {opening ? 'Opening…' : 'Open backup'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </p>
    </form>
  );
}
