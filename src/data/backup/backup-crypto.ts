// Optional passphrase encryption for backup files, with the browser's Web Crypto API:
// AES-GCM with a key derived by PBKDF2-SHA-256 (600,000 iterations, OWASP 2023's figure) from the
// passphrase and a random salt. Nothing about the passphrase is stored.
import { formatCount, FORM_ERROR_KEY, type Validation } from '../../domain/common';

export const ENCRYPTED_FORMAT = 'steadyback-backup-encrypted';
export const PBKDF2_ITERATIONS = 600_000;
/** The range of iteration counts a file may name (see decryptBackup). */
export const MIN_PBKDF2_ITERATIONS = 100_000;
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

export type EncryptedBackup = {
  format: typeof ENCRYPTED_FORMAT;
  formatVersion: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; iv: string };
  data: string;
};

function toBase64(bytes: Uint8Array): string {
  // In slices: spreading megabytes into one call would overflow the stack.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number) {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts a backup's JSON text with `passphrase`. */
export async function encryptBackup(json: string, passphrase: string): Promise<EncryptedBackup> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(json),
  );
  return {
    format: ENCRYPTED_FORMAT,
    formatVersion: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(data)),
  };
}

/** True when `text` looks like an encrypted backup (so the app asks for the passphrase). */
export function isEncryptedBackup(text: string): boolean {
  return text.trimStart().startsWith('{') && text.includes(`"format":"${ENCRYPTED_FORMAT}"`);
}

/** Decrypts an encrypted backup file's text; a wrong passphrase gets a clear message. */
export async function decryptBackup(text: string, passphrase: string): Promise<Validation<string>> {
  const refuse = (message: string): Validation<string> => ({
    ok: false,
    errors: { [FORM_ERROR_KEY]: message },
  });
  let file: EncryptedBackup;
  try {
    file = JSON.parse(text) as EncryptedBackup;
    // The file came from outside: check the parts decryption reads before trusting the cast.
    const shaped = [file.kdf.salt, file.cipher.iv, file.data].every((v) => typeof v === 'string');
    if (!shaped || typeof file.kdf.iterations !== 'number') throw new Error('damaged');
  } catch {
    return refuse('Nothing was restored: this encrypted backup is damaged and cannot be opened.');
  }
  const { iterations } = file.kdf;
  // A file names its own iteration count: a huge one would hang the tab for minutes, a tiny one
  // would mean a weak key, so only a sensible range is accepted (the app writes 600,000).
  if (
    !Number.isInteger(iterations) ||
    iterations < MIN_PBKDF2_ITERATIONS ||
    iterations > MAX_PBKDF2_ITERATIONS
  ) {
    return refuse(
      `Nothing was restored: this encrypted backup asks for ${formatCount(iterations)} rounds of key stretching, outside the ${formatCount(MIN_PBKDF2_ITERATIONS)} to ${formatCount(MAX_PBKDF2_ITERATIONS)} Steadyback accepts (it writes ${formatCount(PBKDF2_ITERATIONS)}). The file may have been edited or damaged.`,
    );
  }
  try {
    const key = await deriveKey(passphrase, fromBase64(file.kdf.salt), iterations);
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(file.cipher.iv) as BufferSource },
      key,
      fromBase64(file.data),
    );
    return { ok: true, value: new TextDecoder().decode(plain) };
  } catch {
    return refuse(
      "That passphrase doesn't open this backup. Check it and try again: nothing has changed.",
    );
  }
}
