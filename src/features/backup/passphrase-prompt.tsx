import { useState, type SyntheticEvent } from 'react';

/** Asks for the passphrase of an encrypted backup. */
export function PassphrasePrompt({ onOpen }: { onOpen: (passphrase: string) => Promise<void> }) {
  const [passphrase, setPassphrase] = useState('');
  const [opening, setOpening] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
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
      <p>
        <button type="submit" className="button button-primary" disabled={opening}>
          {opening ? 'Opening…' : 'Open backup'}
        </button>
      </p>
    </form>
  );
}
