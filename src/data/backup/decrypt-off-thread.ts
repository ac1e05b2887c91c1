import type { Validation } from '../../domain/common';
import { decryptBackup } from './backup-crypto';

export type Decryption = {
  /** The file's text or a refusal; rejects with a cancellation once cancel() was called. */
  result: Promise<Validation<string>>;
  /** Stops at once: the worker is ended, so a slow key derivation doesn't run on. */
  cancel: () => void;
};

/** What a decryption rejects with when the person pressed Cancel: nothing was changed. */
export class RestoreCancelled extends Error {
  constructor() {
    super('Restore cancelled, nothing changed.');
    this.name = 'RestoreCancelled';
  }
}

export const isCancellation = (reason: unknown): reason is RestoreCancelled =>
  reason instanceof RestoreCancelled;

/** The part of a Worker this uses, so the message protocol can be tested with a fake one. */
export type DecryptWorker = {
  postMessage: (request: { text: string; passphrase: string }) => void;
  terminate: () => void;
  onmessage: ((event: MessageEvent<Validation<string>>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

const moduleWorker = (): DecryptWorker | null =>
  typeof Worker === 'undefined'
    ? null
    : new Worker(new URL('./backup-decrypt-worker.ts', import.meta.url), { type: 'module' });

/**
 * Decrypts an encrypted backup in a Web Worker, so deriving the key (600,000 rounds of PBKDF2) and
 * decrypting tens of megabytes never freeze the page, and Cancel works at any moment. Where the
 * browser has no module workers (or in unit tests) it runs here instead, with the same Cancel.
 * The protocol: one message { text, passphrase } in, one Validation<string> out.
 */
export function startDecryption(
  text: string,
  passphrase: string,
  makeWorker: () => DecryptWorker | null = moduleWorker,
): Decryption {
  let settled = false;
  let settle: (value: Validation<string>) => void = () => undefined;
  let refuse: (reason: RestoreCancelled) => void = () => undefined;
  const result = new Promise<Validation<string>>((resolve, reject) => {
    settle = (value) => {
      if (!settled) resolve(value);
      settled = true;
    };
    refuse = (reason) => {
      if (!settled) reject(reason);
      settled = true;
    };
  });
  const here = () => void decryptBackup(text, passphrase).then(settle);
  const worker = makeWorker();
  if (!worker) {
    here();
  } else {
    worker.onmessage = (event) => {
      worker.terminate();
      settle(event.data);
    };
    worker.onerror = () => {
      // The worker's code could not run (an update replaced it): decrypt here instead.
      worker.terminate();
      here();
    };
    worker.postMessage({ text, passphrase });
  }
  return {
    result,
    cancel: () => {
      worker?.terminate();
      refuse(new RestoreCancelled());
    },
  };
}
