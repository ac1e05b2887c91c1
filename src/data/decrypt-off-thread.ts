import type { Validation } from '../domain/common';
import { decryptBackup } from './backup-crypto';

export type Decryption = {
  /** The file's text, a refusal, or 'cancelled' once cancel() was called. */
  result: Promise<Validation<string> | 'cancelled'>;
  /** Stops at once: the worker is ended, so a slow key derivation doesn't run on. */
  cancel: () => void;
};

/**
 * Decrypts an encrypted backup in a Web Worker, so deriving the key (600,000 rounds of PBKDF2) and
 * decrypting tens of megabytes never freeze the page, and Cancel works at any moment. Where the
 * browser has no module workers (or in unit tests) it runs here instead, with the same Cancel.
 */
export function startDecryption(text: string, passphrase: string): Decryption {
  let settle: (value: Validation<string> | 'cancelled') => void = () => undefined;
  const result = new Promise<Validation<string> | 'cancelled'>((resolve) => {
    settle = resolve;
  });
  if (typeof Worker === 'undefined') {
    void decryptBackup(text, passphrase).then(settle);
    return {
      result,
      cancel: () => {
        settle('cancelled');
      },
    };
  }
  const worker = new Worker(new URL('./backup-decrypt-worker.ts', import.meta.url), {
    type: 'module',
  });
  const end = (value: Validation<string> | 'cancelled') => {
    worker.terminate();
    settle(value);
  };
  worker.onmessage = (event: MessageEvent<Validation<string>>) => {
    end(event.data);
  };
  worker.onerror = () => {
    // The worker's code could not run (an update replaced it): decrypt here instead.
    worker.terminate();
    void decryptBackup(text, passphrase).then(settle);
  };
  worker.postMessage({ text, passphrase });
  return {
    result,
    cancel: () => {
      end('cancelled');
    },
  };
}
