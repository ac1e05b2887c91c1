import { describe, expect, it } from 'vitest';
import type { Validation } from '../../domain/common';
import { isCancellation, startDecryption, type DecryptWorker } from './decrypt-off-thread';

/** A stand-in for the module worker: records what the page sends, answers when told to. */
function fakeWorker() {
  const sent: unknown[] = [];
  let terminated = false;
  const worker: DecryptWorker = {
    postMessage: (request) => {
      sent.push(request);
    },
    terminate: () => {
      terminated = true;
    },
    onmessage: null,
    onerror: null,
  };
  const answer = (data: Validation<string>) => {
    worker.onmessage?.({ data } as MessageEvent<Validation<string>>);
  };
  return { worker, sent, answer, terminated: () => terminated };
}

describe('decryption off the main thread', () => {
  it('sends the file and passphrase in one message and resolves with the answer', async () => {
    const fake = fakeWorker();
    const running = startDecryption('{"cipher":"…"}', 'sunny back', () => fake.worker);
    expect(fake.sent).toEqual([{ text: '{"cipher":"…"}', passphrase: 'sunny back' }]);
    fake.answer({ ok: true, value: '{"format":"steadyback-backup"}' });
    await expect(running.result).resolves.toEqual({
      ok: true,
      value: '{"format":"steadyback-backup"}',
    });
    expect(fake.terminated()).toBe(true);
  });

  it('passes a refusal on as it came', async () => {
    const fake = fakeWorker();
    const running = startDecryption('x', 'wrong', () => fake.worker);
    fake.answer({ ok: false, errors: { form: 'Nothing was restored: wrong passphrase.' } });
    await expect(running.result).resolves.toMatchObject({ ok: false });
  });

  it('Cancel ends the worker at once and rejects with a cancellation; a late answer is ignored', async () => {
    const fake = fakeWorker();
    const running = startDecryption('x', 'sunny back', () => fake.worker);
    running.cancel();
    fake.answer({ ok: true, value: 'too late' });
    const reason: unknown = await running.result.catch((error: unknown) => error);
    expect(isCancellation(reason)).toBe(true);
    expect((reason as Error).message).toBe('Restore cancelled, nothing changed.');
    expect(fake.terminated()).toBe(true);
  });
});
