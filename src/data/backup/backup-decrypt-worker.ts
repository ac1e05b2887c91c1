// Runs in a Web Worker (see decrypt-off-thread.ts): key derivation and decryption off the page.
import { decryptBackup } from './backup-crypto';

type Request = { text: string; passphrase: string };

globalThis.onmessage = (event: MessageEvent<Request>) => {
  void decryptBackup(event.data.text, event.data.passphrase).then((result) => {
    globalThis.postMessage(result);
  });
};
